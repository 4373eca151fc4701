package dev.winnow.extract;

import dev.winnow.metadata.DateParser;
import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Byline and date lines printed without a colon after their label: a short line that opens with a label of
 * {@code dateline-labels.txt} and either marks its date up with a {@code <time>} element, leaving no more than a
 * name or two beside it ("Posted by Owen Pryce on <time>2 December 2024</time>"), or holds nothing but the date
 * ("Publié le 16 décembre 2024"). A line that ends a sentence is prose ("By 2 December 2024, the birds had
 * gone."). Plain-text bylines with a name ("By Jane Doe, 01 June 2010") stay: hand-labelled corpora count
 * them as text about as often as not. A label followed by a
 * colon ("Posted by: Jon | Mar 20, 2007") is left to the labelled metadata lines: in that form it mostly heads
 * reader comments, which some pages count as their text. A line with no label that holds a date alone, or after
 * one word ("Donnerstag, 31. Mai 2012", "23.10.2018"), or before a short word of a script written without spaces
 * (the source Chinese templates print beside the date), is the publication date too.
 */
final class DatedLines {

    /** Byline and date lines are short; a longer line that opens with "By" is a sentence. */
    private static final int MAX_LINE_CHARS = 120;
    /** A name or two and a connecting word ("Owen Pryce on"), not a clause. */
    private static final int MAX_LEFTOVER_CHARS = 40;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]\\s*$");
    /**
     * A date printed alone under the headline is short: the date, perhaps its weekday, hour and a name
     * ("Donnerstag, 31. Mai 2012", "24. März 2004, 19:49 | Jane"); a longer line holds a clause.
     */
    private static final int MAX_BARE_DATE_CHARS = 60;
    /** An hour ("19:49", "3:55pm", "10.30 Uhr") and the marks between the parts of a date line. */
    private static final Pattern HOUR_AND_MARKS =
            Pattern.compile("\\d{1,2}[:.]\\d{2}(\\s*(am|pm|uhr|h)\\b)?|[\\p{P}\\p{S}]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A source's name, not a clause. */
    private static final int MAX_UNSPACED_NAME_CHARS = 12;

    private final Pattern labels;
    private final DateParser dates;

    DatedLines(DateParser dates) {
        this.dates = dates;
        this.labels = Pattern.compile(RuleList.load("dateline-labels.txt").stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(DatedLines::labelPattern)
                        .collect(Collectors.joining("|", "(?:", ")\\s*")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String labelPattern(String label) {
        char last = label.charAt(label.length() - 1);
        boolean alphabetic = Character.UnicodeScript.of(last) == Character.UnicodeScript.LATIN
                || Character.UnicodeScript.of(last) == Character.UnicodeScript.CYRILLIC;
        return Pattern.quote(label) + (alphabetic ? "(?![\\p{L}\\p{N}])" : "");
    }

    /**
     * @param block a block of the article
     * @param line  its text, white space collapsed
     */
    boolean isDatedLine(Element block, String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LINE_CHARS || SENTENCE_END.matcher(text).find()) {
            return false;
        }
        Matcher m = labels.matcher(text);
        if (!m.lookingAt()) {
            return isBareDate(text);
        }
        String rest = text.substring(m.end());
        if (rest.startsWith(":") || rest.startsWith("：")) {
            return false;
        }
        String timeText = timeText(block);
        if (!timeText.isEmpty() && rest.contains(timeText)) {
            return dates.withoutDates(rest.replace(timeText, " "), " ").strip().length() <= MAX_LEFTOVER_CHARS;
        }
        return dates.containsDate(rest) && dates.withoutDates(rest, "").strip().isEmpty();
    }

    /**
     * A line that holds a date and nothing else once the hour and the marks are gone, or one word before the
     * date, its weekday or a label ("Donnerstag, 31. Mai 2012"): the publication date under a headline, printed
     * without a label of the list. A word after the date ("July 23, 2012, 7:28 p.m. ET") is a time zone or a
     * name that some pages count as their text.
     */
    private boolean isBareDate(String text) {
        if (text.length() > MAX_BARE_DATE_CHARS || !dates.containsDate(text)) {
            return false;
        }
        String rest = HOUR_AND_MARKS.matcher(dates.withoutDates(text, " ")).replaceAll(" ");
        Matcher word = WORD.matcher(rest);
        if (!word.find()) {
            return true;
        }
        String first = word.group();
        if (word.find()) {
            return false;
        }
        Matcher lead = WORD.matcher(text);
        return lead.find() && (lead.group().equals(first) && !dates.containsDate(first)
                || Character.isDigit(text.charAt(lead.start())) && isUnspacedName(first));
    }

    /**
     * A short word of a script written without spaces after a date ("2023年09月28日 07:51 新华社", "2023-09-28
     * 人民日报"): Chinese templates print the source beside the date without a label.
     */
    private static boolean isUnspacedName(String word) {
        if (word.length() > MAX_UNSPACED_NAME_CHARS) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static String timeText(Element block) {
        Element time = block.getElementsByTag("time").first();
        return time == null ? "" : time.text().strip();
    }
}
