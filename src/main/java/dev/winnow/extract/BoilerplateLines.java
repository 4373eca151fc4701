package dev.winnow.extract;

import dev.winnow.metadata.DateParser;
import dev.winnow.metadata.MetadataLabels;
import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Short lines that are page furniture wherever they sit, inside the article as much as around it: copyright
 * and ICP licence lines, "edit:" lines, font-size switchers, share/print/close links, previous/next links,
 * headings of related lists (patterns in {@code boilerplate-lines.txt}), the publisher's notices, which also
 * fill whole paragraphs ({@code boilerplate-notices.txt}, see {@link #isNotice}), and the labelled metadata lines a
 * template prints under a headline ({@link MetadataLabels}), with or without a colon ({@link DatedLines}), and
 * lines of navigation links or tags ({@link LinkLines}).
 */
public final class BoilerplateLines {

    /**
     * A notice fills a paragraph of a few sentences; a longer block that holds one of their phrases is prose
     * that quotes it, or several paragraphs run together.
     */
    public static final int MAX_NOTICE_CHARS = 600;

    /** Words from which a labelled line that ends like a sentence is prose. */
    private static final int SENTENCE_WORDS = 20;

    /** The rules anchored at the start of the line, tried only there. */
    private final LiteralGatedRules anchored;
    /** The rules that may match anywhere in the line. */
    private final LiteralGatedRules anywhere;
    /** The publisher's notices ({@code boilerplate-notices.txt}), tried on whole paragraphs beyond the line limit. */
    private final LiteralGatedRules noticesAtStart;
    private final LiteralGatedRules noticesAnywhere;
    private final MetadataLabels metadataLabels;
    private final DatedLines datedLines = new DatedLines(new DateParser());
    private final LinkLines linkLines = new LinkLines();

    public BoilerplateLines(MetadataLabels metadataLabels) {
        // Two sets, so that the rules anchored at the start are not tried at every position of the line. ASCII
        // case folding only: Unicode case folding costs a table lookup per character compared, and the rules in
        // other scripts are written in the case pages use.
        List<String> rules = RuleList.load("boilerplate-lines.txt");
        this.anchored = new LiteralGatedRules(rules.stream().filter(r -> r.startsWith("^")).map(r -> r.substring(1)).toList(), true);
        this.anywhere = new LiteralGatedRules(rules.stream().filter(r -> !r.startsWith("^")).toList(), false);
        List<String> notices = RuleList.load("boilerplate-notices.txt");
        this.noticesAtStart = new LiteralGatedRules(notices.stream().filter(r -> r.startsWith("^")).map(r -> r.substring(1)).toList(), true);
        this.noticesAnywhere = new LiteralGatedRules(notices.stream().filter(r -> !r.startsWith("^")).toList(), false);
        this.metadataLabels = metadataLabels;
    }

    /**
     * @param block      a block of the article
     * @param line       its text, white space collapsed
     * @param linkChars  its non-space characters inside links
     * @param beforeBody whether no paragraph of the article's prose comes before the block: bylines and date
     *                   lines without a colon count as furniture only there, under the headline, since further
     *                   down the same lines head reader comments, which some pages count as their text
     */
    public boolean isBoilerplate(Element block, String line, int linkChars, boolean beforeBody) {
        return isBoilerplate(line) || beforeBody && datedLines.isDatedLine(block, line)
                || linkChars > 0 && (linkLines.isTags(line, linkChars) || linkLines.isNavigation(block));
    }

    /**
     * Whether a paragraph is one of a run of links to other stories of the site (see
     * {@link LinkLines#isTeaserLink}).
     *
     * @param siteHost   the page's host without "www.", or empty
     * @param inTeaserRun whether the block came right after a teaser link that is gone now
     */
    public boolean isTeaserLink(Element block, String siteHost, boolean inTeaserRun) {
        return linkLines.isTeaserLink(block, siteHost, inTeaserRun);
    }

    /** The rules that read the text alone. @param line one block's text, white space collapsed */
    public boolean isBoilerplate(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return false;
        }
        if (isFurnitureLine(text)) {
            return true;
        }
        // Labelled metadata lines carry a colon ("Source: ..."); prose that merely contains label words
        // ("taken out by boat") must not be matched, and a byline without a colon may stay. Nor may a first
        // paragraph that opens with its byline ("By Jane Doe: The council voted ..."): a whole sentence.
        return (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) && !isLongSentence(text)
                && metadataLabels.isMetadataLine(text);
    }

    /**
     * The rules of the word lists alone, without the labelled metadata lines: for a line that ends a block of
     * text set in lines by breaks, where a label line ("Source: …", "Last updated: …", "by Jane - 12:04") belongs
     * to the entry above it (a reference, a comment, a note) as often as to the template.
     *
     * @param line one line's text, white space collapsed
     */
    public boolean isFurnitureLine(String line) {
        String text = line.strip();
        return !text.isEmpty() && (anchored.find(text) || anywhere.find(text) || noticesAtStart.find(text)
                || noticesAnywhere.find(text));
    }

    /** Twenty words or more ending with a full stop, question or exclamation mark: a sentence, not a field. */
    private static boolean isLongSentence(String text) {
        char last = text.charAt(text.length() - 1);
        if (last != '.' && last != '!' && last != '?' && last != '。') {
            return false;
        }
        int words = 1;
        for (int i = 0; i < text.length() && words < SENTENCE_WORDS; i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words >= SENTENCE_WORDS;
    }

    /**
     * Whether a paragraph is one of the publisher's notices (copyright and reprint notices, advertising
     * disclosures, a blog template's filing note), whatever its length up to {@link #MAX_NOTICE_CHARS}: they run to
     * several sentences, past the limit of the line rules, and their wording is the template's, not the article's.
     *
     * @param paragraph one block's text, white space collapsed
     */
    public boolean isNotice(String paragraph) {
        String text = paragraph.strip();
        return !text.isEmpty() && text.length() <= MAX_NOTICE_CHARS
                && (noticesAtStart.find(text) || noticesAnywhere.find(text));
    }
}
