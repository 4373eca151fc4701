package dev.winnow.metadata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How titles are compared and split: the separators templates put between headline, section and site name. */
final class Titles {

    static final Pattern SEPARATORS = Pattern.compile(
            "\\s+[|｜\\-–—:»«›‹·•/~]\\s+|\\s*_\\s*|\\s*｜\\s*|\\s+::\\s+|\\s*--\\s*");

    private Titles() {
    }

    /** Case, accents' composition, width, punctuation and spacing folded away, for comparing. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    static List<String> segments(String title) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATORS.split(title.strip())) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
