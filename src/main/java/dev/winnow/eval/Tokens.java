package dev.winnow.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The token and shingle rules of the corpus scorer ({@code shared/tools/score.py}): NFKC and lower case; each
 * Han, Hiragana or Katakana character one token; each other run of letters, digits and marks one token;
 * shingles are runs of three tokens, counted as a multiset.
 */
final class Tokens {

    private Tokens() {
    }

    static List<String> of(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isCjk(c)) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                out.add(new String(Character.toChars(c)));
            } else if (isLetterNumberOrMark(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < 3) {
            counts.put(String.join("\u0001", tokens), 1);
            return counts;
        }
        for (int i = 0; i + 3 <= tokens.size(); i++) {
            counts.merge(tokens.get(i) + '\u0001' + tokens.get(i + 1) + '\u0001' + tokens.get(i + 2), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * score.py's CJK class, kept here to the letter rather than shared with {@code pipeline/Scripts}: the scorer's
     * ranges reach beyond the Basic Multilingual Plane (U+20000 to U+2FA1F), which the extraction's ranges do not,
     * and the scores must agree with score.py whatever the extraction's reading becomes.
     */
    static boolean isCjk(int c) {
        return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0x3400 && c <= 0x4dbf)
                || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2fa1f);
    }

    static boolean isLetterNumberOrMark(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Case folding as the scorer's titles and names use it: NFKC, folded case, only letters, digits, marks. */
    static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(Tokens::isLetterNumberOrMark).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Every run of white space made one space, ends trimmed (Python's {@code \s}: Unicode white space). */
    static String collapse(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
