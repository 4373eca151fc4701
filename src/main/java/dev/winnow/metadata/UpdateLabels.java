package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells whether the words a page prints before a date call it a modification date ("Updated", "Aktualisiert",
 * "更新时间"; {@code rules/update-labels.txt}).
 */
final class UpdateLabels {

    /** Only the last words before the date speak of it; a label further back belongs to an earlier date. */
    private static final int MAX_LEAD_CHARS = 40;

    private final Pattern label;

    UpdateLabels() {
        List<String> words = RuleList.load("update-labels.txt").stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList();
        label = Pattern.compile("(?<![\\p{IsLatin}\\p{IsCyrillic}])(?:" + String.join("|", words)
                + ")(?![\\p{IsLatin}\\p{IsCyrillic}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether the text printed just before a date (on its line, after any earlier date) labels it an update. */
    boolean labelsUpdate(String lead) {
        String near = lead.length() > MAX_LEAD_CHARS ? lead.substring(lead.length() - MAX_LEAD_CHARS) : lead;
        return label.matcher(near).find();
    }
}
