package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The labels of visible metadata lines, from {@code rules/metadata-labels.txt}: finds labelled values in a line
 * of text ("Release time:2025-05-22 12:41:10 Source: Internet sorting") and tells a metadata line from prose.
 */
public final class MetadataLabels {

    private static final Pattern TRAILING_COLON = Pattern.compile("\\s*[:：]$");
    private static final String UNSPACED = "[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]";
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    /** A label found in a line, the field it introduces, and where its value starts and ends. */
    public record Labelled(String field, String label, int valueStart, int valueEnd) {
    }

    /** Metadata lines are short; a long line that merely contains "Source:" is prose. */
    private static final int MAX_LINE_CHARS = 300;
    /** A date printed before the labels is short ("Thursday, May 22nd 2025, 3:05 pm |"); longer text is prose. */
    private static final int MAX_DATE_CHARS = 40;
    /** Hangul Jamo, the first block of the scripts written without spaces; every character before it is spaced. */
    private static final char FIRST_UNSPACED = '\u1100';

    private final Pattern pattern;
    private final DateParser dates = new DateParser();
    private final java.util.Map<String, String> fieldByLabel = new java.util.HashMap<>();
    private final java.util.Map<Character, List<String>> labelsByFirst = new java.util.HashMap<>();
    /** The same lists for the ASCII first letters, most of every line: looked up without boxing a Character. */
    @SuppressWarnings("unchecked")
    private final List<String>[] labelsByAsciiFirst = (List<String>[]) new List<?>[128];

    public MetadataLabels() {
        List<String> alternatives = new ArrayList<>();
        for (String line : RuleList.load("metadata-labels.txt")) {
            int eq = line.indexOf('=');
            String field = line.substring(0, eq).strip();
            String label = line.substring(eq + 1).strip();
            boolean spaceIsEnough = label.endsWith("~");
            if (spaceIsEnough) {
                label = label.substring(0, label.length() - 1).strip();
            }
            fieldByLabel.put(label.toLowerCase(Locale.ROOT), field);
            String lower = label.toLowerCase(Locale.ROOT);
            labelsByFirst.computeIfAbsent(lower.charAt(0), c -> new ArrayList<>()).add(lower);
            String quoted = Pattern.quote(label);
            alternatives.add(spaceIsEnough ? quoted + "(?=\\s*[:：]|\\s+\\S)" : quoted + "(?=\\s*[:：])");
        }
        labelsByFirst.forEach((c, labels) -> {
            if (c < labelsByAsciiFirst.length) {
                labelsByAsciiFirst[c] = labels;
            }
        });
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        // A label starts a word; one in a script written without spaces may follow the value before it straight
        // on ("2025-05-22 08:15:32来源：", from spans printed without a gap), though not another word of its script.
        pattern = Pattern.compile("(?:(?<![\\p{L}\\p{N}])|(?<!" + UNSPACED + ")(?=" + UNSPACED + "))("
                + String.join("|", alternatives) + ")\\s*[:：]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every labelled value in the line, in order; a value runs to the next label or the end of the line. */
    public List<Labelled> find(String line) {
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int at = firstLabelAt(line, 0);
        if (at < 0) {
            return List.of();
        }
        // The alternation is tried only where a word opens like a label, not at every position between: a word
        // that opens like one but is no label here ("by" in prose) moves on to the next such word.
        Matcher m = pattern.matcher(line).useTransparentBounds(true);
        while (at >= 0) {
            m.region(at, line.length());
            if (m.lookingAt()) {
                spans.add(new int[] {m.start(), m.end()});
                labels.add(m.group(1));
                at = firstLabelAt(line, m.end());
            } else {
                at = firstLabelAt(line, at + 1);
            }
        }
        List<Labelled> found = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : line.length();
            String label = labels.get(i);
            found.add(new Labelled(fieldByLabel.get(label.toLowerCase(Locale.ROOT)), label, spans.get(i)[1], end));
        }
        return found;
    }

    /**
     * Where the first word from {@code from} on that opens like a label starts, or -1. Lines are many and few hold a label: this
     * plain scan spares them the long case-insensitive alternation, which would be tried at every position.
     */
    private int firstLabelAt(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            List<String> candidates = labelsStartingWith(line.charAt(i));
            if (candidates == null) {
                continue;
            }
            if (i > 0 && Character.isLetterOrDigit(line.charAt(i - 1))
                    && (!isUnspaced(line.charAt(i)) || isUnspaced(line.charAt(i - 1)))) {
                continue;
            }
            for (String label : candidates) {
                if (line.regionMatches(true, i, label, 0, label.length())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private List<String> labelsStartingWith(char c) {
        if (c < labelsByAsciiFirst.length) {
            return labelsByAsciiFirst[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
        }
        return labelsByFirst.get(Character.toLowerCase(c));
    }

    /**
     * Whether the line's labels fill it after a date and nothing else ("2025年05月22日 10:30　来源：…"):
     * templates print the date unlabelled before the labelled fields.
     */
    private boolean opensWithDateOnly(String text, Labelled first, int labelled) {
        int start = text.lastIndexOf(first.label(), first.valueStart());
        if (start <= 0 || start > MAX_DATE_CHARS || labelled < text.length() - start - 2 || !hasDigit(text, start)) {
            return false;
        }
        String before = text.substring(0, start);
        return dates.containsDate(before) && !LETTER_OR_DIGIT.matcher(dates.withoutDates(before, "")).find();
    }

    private static boolean hasDigit(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Han, Hangul or Kana: scripts whose labels need no space before them. */
    private static boolean isUnspaced(char c) {
        if (c < FIRST_UNSPACED) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** The field of a line that is a label alone ("Autor", "Auteur :"), or null. */
    public String fieldOfLabel(String line) {
        String label = TRAILING_COLON.matcher(line.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        return fieldByLabel.get(label);
    }

    /** A short line made of labelled values, the kind a template prints under a headline. */
    public boolean isMetadataLine(String line) {
        return !metadataFields(line.strip()).isEmpty();
    }

    /** The labelled values of a metadata line (as {@link #find}); empty when the line is not one. */
    public List<Labelled> metadataFields(String text) {
        if (text.isEmpty() || text.length() > MAX_LINE_CHARS) {
            return List.of();
        }
        List<Labelled> found = find(text);
        if (found.isEmpty()) {
            return found;
        }
        int labelled = found.stream().mapToInt(l -> l.valueEnd() - (l.valueStart() - l.label().length())).sum();
        // Two different labels make a metadata line; the same word twice ("killed by terrorism … by gun
        // violence") is prose.
        long distinct = found.stream().map(l -> l.label().toLowerCase(Locale.ROOT)).distinct().count();
        Labelled first = found.get(0);
        boolean metadata = distinct >= 2
                || first.valueStart() - first.label().length() <= 2 && labelled >= text.length() - 2
                || opensWithDateOnly(text, first, labelled);
        return metadata ? found : List.of();
    }

}
