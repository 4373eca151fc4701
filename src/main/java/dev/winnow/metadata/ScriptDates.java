package dev.winnow.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a page keeps only in the state its scripts carry (a framework's page-state JSON,
 * {@code "published_at":"2019-03-02T06:22:28+01:00"}), for pages that print it with script alone. A page's
 * state also lists other articles with their own dates, so a key counts only when every occurrence of its
 * kind names the same day; publication keys come before creation keys.
 */
final class ScriptDates {

    /** Keys folded to lower case without '_' and '-'; publication keys first, then creation keys. */
    private static final List<Set<String>> KEY_KINDS = List.of(
            Set.of("datepublished", "publishedat", "publishdate", "publisheddate", "publicationdate",
                    "firstpublishedat", "firstpublishdate", "publishedtime", "pubdate"),
            Set.of("datecreated", "createdat", "createddate", "creationdate"));
    /** A key, quoted or not (escaped quotes inside a JSON string too), then an ISO date as its value. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "[\"']?([A-Za-z_][A-Za-z_-]{4,30})\\\\?[\"']?\\s*:\\s*\\\\?[\"']"
                    + "(\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\\d{2}:?\\d{2})?)?)\\\\?[\"']");

    private final DateParser parser;

    ScriptDates(DateParser parser) {
        this.parser = parser;
    }

    /** The one day the page's scripts give for its publication (or else creation), if they agree on one. */
    Optional<ParsedDate> find(Document doc, DateParser.Context at) {
        List<Map<LocalDate, ParsedDate>> byKind = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (Element script : PageElements.of(doc).scripts()) {
            // JSON-LD has its own, stronger reader.
            if (script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json") || script.hasAttr("src")) {
                continue;
            }
            String data = script.data();
            int start = firstKeyStart(data);
            if (start < 0) {
                continue;
            }
            Matcher m = KEY_VALUE.matcher(data).region(start, data.length());
            while (m.find()) {
                String key = m.group(1).toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
                for (int kind = 0; kind < KEY_KINDS.size(); kind++) {
                    if (KEY_KINDS.get(kind).contains(key)) {
                        Map<LocalDate, ParsedDate> days = byKind.get(kind);
                        parser.parse(m.group(2), at).ifPresent(d -> days.putIfAbsent(d.date(), d));
                    }
                }
            }
        }
        for (Map<LocalDate, ParsedDate> days : byKind) {
            if (days.size() == 1) {
                return Optional.of(days.values().iterator().next());
            }
            if (days.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Where the first key that may carry a date can start, or -1 when the script holds no ISO date: the key, its
     * quotes and its colon lie in the run of letters, quotes, spaces and colons just before the first date, so
     * the pattern need not be tried at every position of a long script before that.
     */
    private static int firstKeyStart(String data) {
        for (int dash = data.indexOf('-', 4); dash >= 0 && dash + 6 <= data.length(); dash = data.indexOf('-', dash + 1)) {
            if (digits(data, dash - 4, 4) && digits(data, dash + 1, 2) && data.charAt(dash + 3) == '-'
                    && digits(data, dash + 4, 2)) {
                int start = dash - 4;
                while (start > 0 && mayPrecedeDate(data.charAt(start - 1))) {
                    start--;
                }
                return start;
            }
        }
        return -1;
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean mayPrecedeDate(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '-' || c == '"' || c == '\''
                || c == '\\' || c == ':' || Character.isWhitespace(c);
    }
}
