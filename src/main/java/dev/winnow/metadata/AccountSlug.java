package dev.winnow.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author given as the account's login ("jane.doe", "jane-doe") where the page prints the person's full
 * name: the printed name that spells the login's words in order, with the middle initials the login left out
 * ("Jane P. Doe"), is the author's.
 */
final class AccountSlug {

    /** Lower-case words joined by dots, hyphens or underscores, as logins and profile addresses are. */
    private static final Pattern SLUG = Pattern.compile("\\p{Ll}+(?:[._-]\\p{Ll}+)+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PARTS = Pattern.compile("[._-]");

    /** Whether an author name is a login rather than a name as printed. */
    static boolean isSlug(String name) {
        return SLUG.matcher(name).matches();
    }

    /** The name the page prints for a login, its words capitalised, or none. */
    static Optional<String> printedName(String slug, VisibleLines lines) {
        String[] words = PARTS.split(slug);
        StringBuilder re = new StringBuilder("(?<![\\p{L}.])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("\\s+(?:\\p{Lu}\\.\\s*)*");
            }
            re.append("(?i:").append(Pattern.quote(words[i])).append(")");
        }
        re.append("(?![\\p{L}])");
        Pattern name = Pattern.compile(re.toString());
        for (VisibleLines.Line line : lines.lines()) {
            Matcher m = name.matcher(line.text());
            while (m.find()) {
                String found = m.group();
                if (capitalised(found)) {
                    return Optional.of(WHITESPACE.matcher(found).replaceAll(" "));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean capitalised(String name) {
        for (String w : WHITESPACE.split(name)) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private AccountSlug() {
    }
}
