package dev.winnow.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes the headline repeated at the top of an article body: the page's title shown once more as the
 * first heading or paragraph. Titles often carry the site's name after a separator ("Headline_Section_Site",
 * "Headline | Site"), so a line that equals the title's first segment is a repeat too.
 */
final class HeadlineRepeat {

    private static final Pattern SEGMENTS = Pattern.compile("\\s*(?:_|\\||–|—| - |::|»|·)\\s*");

    private HeadlineRepeat() {
    }

    static boolean repeats(String line, String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String folded = fold(line);
        if (folded.isEmpty()) {
            return false;
        }
        if (folded.equals(fold(title))) {
            return true;
        }
        String[] segments = SEGMENTS.split(title.strip());
        return segments.length > 1 && (folded.equals(fold(segments[0]))
                || folded.equals(fold(segments[segments.length - 1])) && folded.length() > 20);
    }

    /** Letters and digits only, lower-cased and NFKC-folded: what two renderings of one line share. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
