package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells whether the words a page prints before a date say what kind of date it is: a modification date
 * ("Updated", "Aktualisiert", "更新时间"; {@code rules/update-labels.txt}) or the publication date
 * ("Published", "Erscheinungsdatum", "发布时间"; {@code rules/publication-labels.txt}).
 */
final class DateLeadLabels {

    /** Only the last words before the date speak of it; a label further back belongs to an earlier date. */
    private static final int MAX_LEAD_CHARS = 40;

    private final Pattern label;

    private DateLeadLabels(String ruleFile) {
        List<String> words = RuleList.load(ruleFile).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList();
        label = Pattern.compile("(?<![\\p{IsLatin}\\p{IsCyrillic}])(?:" + String.join("|", words)
                + ")(?![\\p{IsLatin}\\p{IsCyrillic}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Labels that call a date the article's last change. */
    static DateLeadLabels updates() {
        return new DateLeadLabels("update-labels.txt");
    }

    /** Labels that call a date the article's publication. */
    static DateLeadLabels publications() {
        return new DateLeadLabels("publication-labels.txt");
    }

    /** The text with every label taken out ("Publié il y a 3 heures" is "il y a 3 heures" to a date reader). */
    String withoutLabels(String text) {
        return label.matcher(text).replaceAll(" ");
    }

    /** Whether the text printed just before a date (on its line, after any earlier date) is one of the labels. */
    boolean labels(String lead) {
        String near = lead.length() > MAX_LEAD_CHARS ? lead.substring(lead.length() - MAX_LEAD_CHARS) : lead;
        return label.matcher(near).find();
    }
}
