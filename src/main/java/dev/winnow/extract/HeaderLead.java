package dev.winnow.extract;

import dev.winnow.clean.ClassIdWords;
import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.Set;

/**
 * Finds the lead paragraph that a template prints in the article's header, next to the headline, while the body
 * sits in a container of its own: the scoring chooses the body, and the lead, its first paragraph, would be lost.
 * The lead is looked for in the blocks just before the chosen ones (and before their ancestors, a few levels up):
 * a block named by a word of {@code lead-tokens.txt} that reads as prose, inside a block that also holds a
 * headline, or standing alone (or in an unnamed row) between the page's headline and the body, or a long h2
 * right under the h1; failing those, the first paragraph of
 * prose (or the long subtitle of an hgroup) after the headline in the article's HTML header element.
 */
final class HeaderLead {

    private static final Evaluator HEADLINE = QueryParser.parse("h1, h2");
    private static final Evaluator PAGE_HEADLINE = QueryParser.parse("h1");
    private static final Evaluator FIGURE = QueryParser.parse("figure, figcaption");
    private static final Evaluator ARTICLE_HEADER = QueryParser.parse("header:has(h1)");
    /**
     * How many levels above the chosen block the header may sit: templates wrap the body in a grid of rows and
     * columns, so the header is often a sibling of the body's great-grandparent.
     */
    private static final int LEVELS = 5;
    /** A lead is a sentence or more; shorter blocks named so are labels or kickers. */
    private static final int MIN_CHARS = 50;
    private static final double MAX_LINK_DENSITY = 0.2;
    /**
     * A row that wraps a lead holds little else; a longer one is a part of the page (a menu, a teaser list) whose
     * walk would cost time on every page and whose named blocks are not the standfirst.
     */
    private static final int MAX_WRAPPER_CHARS = 1200;
    /**
     * Some templates print the lead as a subheading (h2.subheadline) or as one sentence without its full stop; one
     * this long (ten words or so) is a standfirst, not a section's title or a label.
     */
    private static final int MIN_HEADING_CHARS = 60;

    private final Set<String> leadWords = Set.copyOf(RuleList.load("lead-tokens.txt"));

    /** A lead paragraph and the index of the selected block it goes before. */
    record Found(Element lead, int before) {
    }

    /**
     * The lead paragraph outside {@code selection}, or null. It is looked for before the first selected block,
     * and then between the selected blocks: a short line that joined the body as its sibling (a print-only
     * header, a date line) can come before the header that holds the lead.
     */
    Found find(List<Element> selection, Element body, TextStatistics stats) {
        Element lead = findBefore(selection.get(0), body, stats);
        if (lead != null) {
            return new Found(lead, 0);
        }
        for (int i = 1; i < selection.size(); i++) {
            Element previous = selection.get(i - 1);
            for (Element sibling = selection.get(i).previousElementSibling(); sibling != null && sibling != previous;
                 sibling = sibling.previousElementSibling()) {
                lead = leadAmong(sibling, body, stats);
                if (lead != null) {
                    return new Found(lead, i);
                }
            }
        }
        return null;
    }

    private Element findBefore(Element first, Element body, TextStatistics stats) {
        Element level = first;
        for (int i = 0; i < LEVELS && level != null && level != body; i++, level = level.parent()) {
            for (Element sibling = level.previousElementSibling(); sibling != null;
                 sibling = sibling.previousElementSibling()) {
                Element lead = leadAmong(sibling, body, stats);
                if (lead != null) {
                    return lead;
                }
            }
        }
        return null;
    }

    /** The lead in or at one block before the body, or null. */
    private Element leadAmong(Element sibling, Element body, TextStatistics stats) {
        if (isLead(sibling, stats) && headlineBefore(sibling, body, pageHeadline(body))
                || isSubtitleUnderHeadline(sibling, stats)) {
            return sibling;
        }
        return sibling.selectFirst(HEADLINE) == null ? nestedLead(sibling, body, stats) : leadIn(sibling, stats);
    }

    /**
     * A lead block wrapped in rows and columns of its own between the headline and the body: the wrapper carries
     * no name, the block inside it does. A named block beside a picture is the picture's caption ("lead-image
     * caption"), not the standfirst.
     */
    private Element nestedLead(Element wrapper, Element body, TextStatistics stats) {
        BlockStats w = stats.of(wrapper);
        if (w.chars < MIN_CHARS || w.chars > MAX_WRAPPER_CHARS || w.linkDensity() >= MAX_LINK_DENSITY) {
            return null;
        }
        for (Element e : wrapper.getAllElements()) {
            if (e != wrapper && isLead(e, stats) && stats.of(e.parent()).images == 0) {
                return headlineBefore(e, body, pageHeadline(body)) ? e : null;
            }
        }
        return null;
    }

    private static boolean isSubheading(Element e) {
        return switch (e.normalName()) {
            case "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    private Element leadIn(Element header, TextStatistics stats) {
        for (Element e : header.getAllElements()) {
            if (e != header && (isLead(e, stats) || isSubtitleUnderHeadline(e, stats))) {
                return e;
            }
        }
        Element articleHeader = header.is(ARTICLE_HEADER) ? header : header.selectFirst(ARTICLE_HEADER);
        return articleHeader == null ? null : paragraphAfterHeadline(articleHeader, stats);
    }

    /**
     * The first paragraph of prose after the headline in an HTML header element: a header that holds the page's
     * headline is the article's own, and the only prose it holds is the standfirst; bylines and dates are short.
     */
    private static Element paragraphAfterHeadline(Element header, TextStatistics stats) {
        boolean afterHeadline = false;
        for (Element e : header.getAllElements()) {
            if (e.normalName().equals("h1")) {
                afterHeadline = true;
            } else if (afterHeadline && (e.normalName().equals("p") && isProse(stats.of(e))
                    || isHgroupSubtitle(e, stats.of(e))) && e.closest(FIGURE) == null) {
                return e;
            }
        }
        return null;
    }

    /**
     * A long h2 that follows the h1 with nothing between them but short lines (a kicker, a date): the headline's
     * subtitle, printed as a heading without a name of its own, beside the body or inside the block that holds
     * the headline.
     */
    private static boolean isSubtitleUnderHeadline(Element e, TextStatistics stats) {
        if (!e.normalName().equals("h2")) {
            return false;
        }
        BlockStats s = stats.of(e);
        if (BlockStats.weighted(s.chars, s.cjk) < MIN_HEADING_CHARS || s.linkDensity() >= MAX_LINK_DENSITY) {
            return false;
        }
        for (Element before = e.previousElementSibling(); before != null; before = before.previousElementSibling()) {
            if (before.normalName().equals("h1")) {
                // An h1 that is only the site's logo or name linked to its home page heads the site, and the h2
                // under it is the site's motto.
                BlockStats h1 = stats.of(before);
                return h1.chars > 0 && h1.linkDensity() < 0.5;
            }
            if (stats.of(before).chars >= MIN_CHARS || before.selectFirst(HEADLINE) != null) {
                return false;
            }
        }
        return false;
    }

    /** The subtitle under the headline in an hgroup, which HTML defines as the heading's subheading. */
    private static boolean isHgroupSubtitle(Element e, BlockStats s) {
        return isSubheading(e) && e.parent() != null && e.parent().normalName().equals("hgroup")
                && BlockStats.weighted(s.chars, s.cjk) >= MIN_HEADING_CHARS && s.linkDensity() < MAX_LINK_DENSITY;
    }

    private static boolean isProse(BlockStats s) {
        return BlockStats.weighted(s.chars, s.cjk) >= MIN_CHARS && s.stops > 0 && s.linkDensity() < MAX_LINK_DENSITY
                && s.images == 0;
    }

    private boolean isLead(Element e, TextStatistics stats) {
        if (!ClassIdWords.hasWord(e, leadWords)) {
            return false;
        }
        BlockStats s = stats.of(e);
        double length = BlockStats.weighted(s.chars, s.cjk);
        // A lead picture ("lead-image", "lead-asset") is named so too; its caption is not the standfirst.
        if (s.linkDensity() >= MAX_LINK_DENSITY || s.images > 0 || s.figures > 0 || e.closest(FIGURE) != null) {
            return false;
        }
        return s.headingChars == 0 ? length >= MIN_CHARS && s.stops > 0 || length >= MIN_HEADING_CHARS
                : isSubheading(e) && length >= MIN_HEADING_CHARS;
    }

    /**
     * What the page's headline is: its h1, or, on a page with none, an h2, the level some templates print the
     * headline at when the h1 is not used at all.
     */
    private static Evaluator pageHeadline(Element body) {
        return body.selectFirst(PAGE_HEADLINE) == null ? HEADLINE : PAGE_HEADLINE;
    }

    /**
     * Whether the page's headline comes before {@code block}: a lead block with no headline of its own is only
     * taken between the headline and the body, where a standfirst sits; a block so named before the headline
     * is more often a teaser of another story.
     */
    private static boolean headlineBefore(Element block, Element body, Evaluator headline) {
        for (Element e = block; e != null && e != body; e = e.parent()) {
            for (Element before = e.previousElementSibling(); before != null;
                 before = before.previousElementSibling()) {
                if (before.is(headline) || before.selectFirst(headline) != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
