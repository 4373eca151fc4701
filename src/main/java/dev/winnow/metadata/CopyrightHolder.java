package dev.winnow.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a page's copyright line names ("© 2019 Sven Schreivogel", "Copyright (c) 2012- Gregory Szorc",
 * "(c) Johannes Wolf • Weitere Rechte …"). Personal sites and blogs that print no byline sign their work
 * this way; a company's notice ("© 2022 Verlag GmbH") names no person and gives nothing.
 */
final class CopyrightHolder {

    /** A notice is short; a longer line is a sentence that mentions copyright. */
    private static final int MAX_NOTICE_CHARS = 120;
    private static final Pattern NOTICE = Pattern.compile(
            "(?:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)|copyright))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*(?:\\d{4})?)?)?\\s*(?:by\\s+)?([^•|·,.;]+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final AuthorNames names;

    CopyrightHolder(AuthorNames names) {
        this.names = names;
    }

    /** The one person the last copyright notice of the page names, or none. */
    List<String> names(VisibleLines lines) {
        List<VisibleLines.Line> all = lines.lines();
        for (int i = all.size() - 1; i >= 0; i--) {
            String text = all.get(i).text().strip();
            if (text.length() > MAX_NOTICE_CHARS) {
                continue;
            }
            Matcher m = NOTICE.matcher(text);
            if (!m.find()) {
                continue;
            }
            List<String> found = names.names(m.group(1).strip());
            boolean person = found.size() == 1 && AuthorFinder.FULL_NAME.matcher(found.get(0)).matches()
                    && !names.isOrganisation(found.get(0));
            return person ? found : List.of();
        }
        return List.of();
    }
}
