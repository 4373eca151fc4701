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
 * The lead is looked for in the blocks just before the chosen ones (and before their parent and grandparent), in
 * a block that also holds a headline, named by a word of {@code lead-tokens.txt}, and it must read as prose.
 */
final class HeaderLead {

    private static final Evaluator HEADLINE = QueryParser.parse("h1, h2");
    /** How many levels above the chosen block the header may sit. */
    private static final int LEVELS = 3;
    /** A lead is a sentence or more; shorter blocks named so are labels or kickers. */
    private static final int MIN_CHARS = 50;
    private static final double MAX_LINK_DENSITY = 0.2;
    /**
     * Some templates print the lead as a subheading (h2.subheadline); one this long is a standfirst, not a
     * section's title, and it need not end with a full stop.
     */
    private static final int MIN_HEADING_CHARS = 80;

    private final Set<String> leadWords = Set.copyOf(RuleList.load("lead-tokens.txt"));

    /** The lead paragraph outside {@code selection}, or null. */
    Element find(List<Element> selection, Element body, TextStatistics stats) {
        Element first = selection.get(0);
        Element level = first;
        for (int i = 0; i < LEVELS && level != null && level != body; i++, level = level.parent()) {
            for (Element sibling = level.previousElementSibling(); sibling != null;
                 sibling = sibling.previousElementSibling()) {
                if (sibling.selectFirst(HEADLINE) == null) {
                    continue;
                }
                Element lead = leadIn(sibling, stats);
                if (lead != null) {
                    return lead;
                }
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
            if (e == header || !ClassIdWords.hasWord(e, leadWords)) {
                continue;
            }
            BlockStats s = stats.of(e);
            double length = BlockStats.weighted(s.chars, s.cjk);
            if (s.linkDensity() >= MAX_LINK_DENSITY) {
                continue;
            }
            if (s.headingChars == 0 ? length >= MIN_CHARS && s.stops > 0
                    : isSubheading(e) && length >= MIN_HEADING_CHARS) {
                return e;
            }
        }
        return null;
    }
}
