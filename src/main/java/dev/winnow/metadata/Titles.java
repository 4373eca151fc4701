package dev.winnow.metadata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How titles are compared and split: the separators templates put between headline, section and site name. */
final class Titles {

    /**
     * A spaced dash between two numbers is a range inside the headline ("Week 14. - 20. January"), not a
     * separator: a dash splits when a number is missing on either side. Korean news CMSs print the section
     * path with angle brackets ("Headline &lt; Section &lt; Article - Site").
     */
    static final Pattern SEPARATORS = Pattern.compile(
            "(?<![\\d\\s])(?<!\\d\\.)\\s+[\\-–—]\\s+|\\s+[\\-–—]\\s+(?![\\d\\s])"
                    + "|\\s+[:»«›‹·•/~<>]\\s+|\\s*[|｜_]\\s*|\\s+::\\s+|\\s*--\\s*"
                    + "|(?<=[\\p{IsHan}！？。」）])\\s*[-–—]\\s*(?=\\p{IsHan})");

    private Titles() {
    }

    /** Case, accents' composition, width, punctuation and spacing folded away, for comparing. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // A plain loop, not a stream of code points: every line of a page may be folded, and the stream's
        // set-up cost more than the folding of a short line.
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** The share of the first text's words (CJK: characters) that the second text also has. */
    static double overlap(String a, String b) {
        java.util.Set<String> wa = words(a);
        java.util.Set<String> wb = words(b);
        if (wa.isEmpty()) {
            return 0;
        }
        return wa.stream().filter(wb::contains).count() / (double) wa.size();
    }

    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String w : n.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                w.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            } else {
                out.add(w);
            }
        }
        return out;
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
