package dev.winnow.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops the boxes inside a chosen article that do not read as its text: boxes of links (related stories, tag
 * clouds), image galleries without prose, forms, lone embeds and empty wrappers. A box with ten commas or more
 * is prose and always stays; lists and data tables are judged more leniently than layout boxes.
 */
final class ConditionalCleaner {

    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator CODE = QueryParser.parse("pre, code");

    private static final Set<String> BOXES = Set.of("div", "section", "table", "ul", "ol", "dl", "form", "fieldset",
            "aside", "header", "footer", "nav", "td");

    /** Characters of prose, a long paragraph, from which a box whose links sit in its sentences is text. */
    private static final int MIN_LINKED_PROSE = 300;
    /** Characters of prose, two short paragraphs, from which a box of several paragraphs is a post. */
    private static final int MIN_POST_PROSE = 200;
    private static final int MIN_DIV_PARAGRAPHS = 2;
    /** How many siblings each way a short line's paragraphs are looked for. */
    private static final int DIV_PARAGRAPH_REACH = 40;
    /** Bullets typed as characters at the start of a line. */
    private static final String BULLETS = "•◦▪▫‣●○■□►▸";

    private final CandidateScorer scorer;
    private final double linkDensityBonus;

    ConditionalCleaner(CandidateScorer scorer, double linkDensityBonus) {
        this.scorer = scorer;
        this.linkDensityBonus = linkDensityBonus;
    }

    /** The outermost boxes below {@code root} that are junk, in document order; the tree is not changed. */
    List<Element> junk(Element root, TextStatistics stats) {
        List<Element> found = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || depth == 0) {
                    return FilterResult.CONTINUE;
                }
                if (e.normalName().equals("pre") || e.normalName().equals("code")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!BOXES.contains(e.normalName()) || isPostBody(e, root, stats)) {
                    return FilterResult.CONTINUE;
                }
                if (isJunk(e, stats.of(e), stats)) {
                    found.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        });
        return found;
    }

    /**
     * The box the template names as the post's content, holding all the prose of the chosen article: the post's
     * own body, which a short post's list of related links leaves as dense with links as a junk box. It stays,
     * and the boxes inside it (that list) are judged one by one.
     */
    private boolean isPostBody(Element e, Element root, TextStatistics stats) {
        BlockStats s = stats.of(e);
        return s.prose > 0 && s.prose >= stats.of(root).prose && scorer.classWeight(e) > 0;
    }

    /** A layout cell of links, such as a navigation column; the cells of a data table are data, links or not. */
    private static boolean isLinkCell(Element cell, BlockStats s) {
        if (s.chars == 0 || s.linkDensity() <= 0.5 || s.commas >= 3) {
            return false;
        }
        Element table = cell.closest(TABLE);
        return table == null || !DataTables.isData(table);
    }

    /**
     * A box whose text is two fifths prose or more (the rest its headline, date, tag and permalink lines) is text
     * that links rather than a box of links when its links sit inside its sentences and it holds a long paragraph
     * (a post citing its sources, a caption naming the film it shows), or when it has two paragraphs or more under
     * one headline at most: a post on a blog's front page, whose linked title, permalink line and tag line lift its
     * link density. A teaser's blurb is one paragraph, a column of teasers is dense with headlines, and a credit
     * line or a reprint notice stays short of the long paragraph.
     */
    private static boolean isLinkedProse(BlockStats s) {
        if (5 * s.prose < 2 * s.chars || s.linkDensity() > 0.5) {
            return false;
        }
        return s.prose >= MIN_LINKED_PROSE && 2 * s.proseLinkChars >= s.linkChars
                || s.prose >= MIN_POST_PROSE && s.paragraphs >= 2 && s.headingChars * 6 < s.chars;
    }

    /**
     * A short line of its own with no link, right above two blocks of prose: a subheading or a dateline written
     * as a div, which heads the text below it as an h3 would. A label over a notice or a box has one block of
     * prose under it at most before the next widget.
     */
    private static boolean isHeadingOfProse(Element e, BlockStats s, TextStatistics stats) {
        if (!isTextDiv(e, s)) {
            return false;
        }
        Element next = e.nextElementSibling();
        Element after = next == null ? null : next.nextElementSibling();
        return after != null && stats.of(next).prose > 0 && stats.of(after).prose > 0;
    }

    /**
     * A div of inline text alone, with no link, whose parent also holds paragraphs of prose written the same way:
     * old editors and blog tools write every paragraph and line as a div, and a short line there is text. A label
     * beside a widget or a consent notice has one such paragraph next to it at most.
     */
    private static boolean isLineAmongDivParagraphs(Element e, BlockStats s, TextStatistics stats) {
        if (!isTextDiv(e, s)) {
            return false;
        }
        int paragraphs = divParagraphs(e.previousElementSibling(), true, stats);
        return paragraphs >= MIN_DIV_PARAGRAPHS
                || paragraphs + divParagraphs(e.nextElementSibling(), false, stats) >= MIN_DIV_PARAGRAPHS;
    }

    /**
     * The paragraphs written as divs among the next few siblings one way: a run of short lines is read near its
     * paragraphs, and a box of thousands of short divs is not walked once for each of them.
     */
    private static int divParagraphs(Element from, boolean backwards, TextStatistics stats) {
        int paragraphs = 0;
        Element sibling = from;
        for (int i = 0; i < DIV_PARAGRAPH_REACH && sibling != null && paragraphs < MIN_DIV_PARAGRAPHS; i++) {
            BlockStats t = stats.of(sibling);
            if (t.prose > 0 && isTextDiv(sibling, t)) {
                paragraphs++;
            }
            sibling = backwards ? sibling.previousElementSibling() : sibling.nextElementSibling();
        }
        return paragraphs;
    }

    /**
     * A div of text alone that opens with a bullet typed as a character ("• Apple iPad"): an item of a list that an
     * editor wrote as lines of divs, not a label or an emptied widget.
     */
    private static boolean isBulletLine(Element e, BlockStats s) {
        if (!isTextDiv(e, s)) {
            return false;
        }
        String text = e.text();
        return !text.isEmpty() && BULLETS.indexOf(text.charAt(0)) >= 0;
    }

    private static boolean isTextDiv(Element e, BlockStats s) {
        return s.blocks <= 1 && s.linkChars == 0 && s.chars > 0 && e.normalName().equals("div");
    }

    boolean isJunk(Element e, BlockStats s, TextStatistics stats) {
        if (e.normalName().equals("td")) {
            return isLinkCell(e, s);
        }
        int weight = scorer.classWeight(e);
        String tag = e.normalName();
        boolean list = CandidateScorer.isList(e);
        // A list's score starts below zero for its tag and gains little from short items, so a short list of
        // names or steps would always read as junk by its score; lists are judged by their links instead.
        if (weight + (s.scored && !list ? s.score : 0) < 0) {
            return true;
        }
        if (s.commas >= 10) {
            return false;
        }
        // A month's calendar has the size and header cells of a table of data, but it is a widget.
        if (tag.equals("table") && DataTables.isData(e)) {
            return DataTables.isMonthCalendar(e);
        }
        boolean figure = s.figures > 0 && s.images <= 1 + s.paragraphs;
        double linkDensity = s.linkDensity();
        double headingDensity = s.chars == 0 ? 0 : (double) s.headingChars / s.chars;
        int paragraphs = s.paragraphs;
        if (s.images > 1 && (double) paragraphs / s.images < 0.5 && !figure && s.chars < 25 * s.images) {
            return true;
        }
        // The cleaner has taken out a form's controls by now, leaving their labels and options ("Search this
        // site:", "First name", "From $ To $"); a form without a paragraph of prose was a search box, a sign-up
        // or a filter. A page that wraps its whole body in one form keeps its prose, and the form stays.
        if (tag.equals("form") && s.prose == 0) {
            return true;
        }
        // A short box is a label or an emptied widget, unless it wraps a line of code ("pip install foo") or is a
        // short line among paragraphs written as divs (an ingredient, a line of a poem).
        if (!list && headingDensity < 0.9 && s.chars < 25 && (s.images == 0 || s.images > 2) && !figure
                && !isLineAmongDivParagraphs(e, s, stats) && !isHeadingOfProse(e, s, stats)
                && !isBulletLine(e, s) && e.selectFirst(CODE) == null) {
            return true;
        }
        if (!list && weight < 25 && linkDensity > 0.2 + linkDensityBonus && !isLinkedProse(s)) {
            return true;
        }
        if (list && linkDensity > 0.8 + linkDensityBonus && s.commas < 3) {
            return true;
        }
        if (weight >= 25 && linkDensity > 0.5 + linkDensityBonus) {
            return true;
        }
        return s.embeds > 1 || s.embeds == 1 && s.chars < 75;
    }
}
