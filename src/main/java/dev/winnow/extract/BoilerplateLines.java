package dev.winnow.extract;

import dev.winnow.metadata.MetadataLabels;
import dev.winnow.pipeline.RuleList;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Short lines that are page furniture wherever they sit, inside the article as much as around it: copyright
 * and ICP licence lines, "edit:" lines, font-size switchers, share/print/close links, previous/next links,
 * headings of related lists (patterns in {@code boilerplate-lines.txt}), and the labelled metadata lines a
 * template prints under a headline ({@link MetadataLabels}).
 */
public final class BoilerplateLines {

    private final List<Pattern> patterns;
    private final MetadataLabels metadataLabels;

    public BoilerplateLines(MetadataLabels metadataLabels) {
        this.patterns = RuleList.load("boilerplate-lines.txt").stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        this.metadataLabels = metadataLabels;
    }

    /** @param line one block's text, white space collapsed */
    public boolean isBoilerplate(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return false;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return looksLabelled(text) && metadataLabels.isMetadataLine(text);
    }

    /**
     * Metadata lines carry a colon after a label, or start with one ("By Ann Lee"); prose that merely contains
     * label words ("taken out by boat") has neither, and must not be matched.
     */
    private boolean looksLabelled(String text) {
        if (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) {
            return true;
        }
        List<MetadataLabels.Labelled> found = metadataLabels.find(text);
        return !found.isEmpty() && found.get(0).valueStart() - found.get(0).label().length() <= 1;
    }
}
