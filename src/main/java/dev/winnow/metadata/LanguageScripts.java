package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which scripts a language is written in ({@code rules/language-scripts.txt}), so that a detected language can
 * be checked against the letters of the text it was read from. Statistical detectors score character n-grams,
 * and on a short text in Han characters alone the Korean profile, whose texts hold Hanja, can outscore Chinese;
 * a Korean text always holds Hangul, so a reading without it is thrown out.
 */
final class LanguageScripts {

    private final Map<String, Set<UnicodeScript>> scripts = new HashMap<>();

    LanguageScripts() {
        for (String rule : RuleList.load("language-scripts.txt")) {
            int eq = rule.indexOf('=');
            String language = rule.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            Set<UnicodeScript> set = EnumSet.noneOf(UnicodeScript.class);
            for (String name : rule.substring(eq + 1).strip().split(" +")) {
                set.add(UnicodeScript.valueOf(name));
            }
            scripts.put(language, set);
        }
    }

    /** Whether the text holds a letter of the language's script; true for a language whose scripts are not listed. */
    boolean writtenIn(String primaryLanguage, String text) {
        Set<UnicodeScript> wanted = scripts.get(primaryLanguage);
        if (wanted == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && wanted.contains(UnicodeScript.of(cp))) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
