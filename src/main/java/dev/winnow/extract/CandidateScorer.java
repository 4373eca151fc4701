package dev.winnow.extract;

import dev.winnow.clean.ClassIdWords;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores the elements of a page as candidates for the article, after the idea Readability published: every
 * block of text long enough gives points for its commas and its length to the elements that contain it (all
 * to its parent, half to its grandparent, less further up), elements start from a score for their tag and
 * their class/id, and a candidate's score is scaled down by its link density. CJK text is measured in
 * characters weighted as three Latin letters each, and full-width commas count as commas.
 */
final class CandidateScorer {

    private static final int ANCESTOR_LEVELS = 5;
    /**
     * The best text outside the side columns takes the place of a winner inside one when it scores at least
     * this share of the winner's score; below that, the page's text is the column's (a page of widgets).
     */
    private static final double ASIDE_YIELD_SHARE = 0.3;
    /**
     * A list item gives half a paragraph's points: long runs of items (galleries of captions, link lists with
     * blurbs, comment threads) would otherwise outscore an article of fewer, longer paragraphs. A paragraph
     * inside a list item is that item's text and weighs the same (slideshows often wrap each caption in one).
     */
    private static final double LIST_ITEM_WEIGHT = 0.5;
    /**
     * Characters of prose, a few paragraphs, that a list's container must hold beside the list to be the story
     * the list sits in (a slideshow's captions inside the article body) rather than a wrapper with an intro.
     */
    private static final int STORY_AROUND_LIST_PROSE = 500;

    private final ClassIdWords words;
    private final ExtractionSettings settings;
    private final SideColumns sides;

    CandidateScorer(ClassIdWords words, ExtractionSettings settings, SideColumns sides) {
        this.words = words;
        this.settings = settings;
        this.sides = sides;
    }

    /** Scores the tree and returns the best candidate below {@code body}, or {@code body} when nothing scored. */
    Element choose(Element body, TextStatistics stats) {
        List<Element> scored = new ArrayList<>();
        for (Map.Entry<Element, BlockStats> entry : stats.entries()) {
            Element block = entry.getKey();
            BlockStats s = entry.getValue();
            if (s.ownChars == 0 || BlockStats.weighted(s.ownChars, s.ownCjk) < settings.minParagraphChars()) {
                continue;
            }
            double points = 1 + s.ownCommas + Math.min(BlockStats.weighted(s.ownChars, s.ownCjk) / 100.0, 3);
            if (block.normalName().equals("li") || isInListItem(block)) {
                points *= LIST_ITEM_WEIGHT;
            }
            // A paragraph, or a container holding only inline content (a div of bare text), gives its points to
            // the elements around it; a container that mixes bare text with blocks is that text's paragraph's
            // parent and scores itself.
            Element target = isParagraph(block) || s.blocks <= 1 ? block.parent() : block;
            for (int level = 0; level < ANCESTOR_LEVELS && target != null; level++) {
                BlockStats t = stats.of(target);
                if (!t.scored) {
                    t.scored = true;
                    t.score = initialScore(target);
                    scored.add(target);
                }
                t.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (target == body) {
                    break;
                }
                target = target.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element candidate : scored) {
            BlockStats s = stats.of(candidate);
            s.score *= 1 - s.linkDensity();
            if (s.score > bestScore && !candidate.normalName().equals("html")) {
                bestScore = s.score;
                best = candidate;
            }
        }
        if (best == null) {
            return body;
        }
        Element chosen = outsideAsides(best, scored, body, stats);
        // Lifting the text outside the side column must not take the side column back in.
        Element lifted = lift(chosen, chosen == best ? null : best, body, stats);
        return storyAroundList(lifted, body, stats);
    }

    /**
     * A list that wins (a slideshow's or gallery's captions, each item a paragraph) inside the container of a
     * story's own paragraphs gives way to that container: the captions are many and long, and even at half a
     * paragraph's points they outscore a story of a dozen paragraphs, while the story is what the page is about
     * and holds the list. A list beside the story, or under a container with no more than an intro, still wins.
     */
    private Element storyAroundList(Element top, Element body, TextStatistics stats) {
        Element inner = top;
        // The candidate may be the list's wrappers, each holding only the next: the list is what they hold.
        while (inner.childrenSize() == 1 && !isList(inner)) {
            inner = inner.child(0);
        }
        if (!isList(inner)) {
            return top;
        }
        int listProse = stats.of(top).prose;
        Element container = top.parent();
        for (int level = 0; level < ANCESTOR_LEVELS && container != null && container != body; level++) {
            if (stats.of(container).prose - listProse >= STORY_AROUND_LIST_PROSE) {
                return sides.contains(container, body) ? top : container;
            }
            container = container.parent();
        }
        return top;
    }

    /**
     * A winner inside a side column (a blog's sidebar of long text widgets beside a
     * short post) gives way to the best candidate outside every such box when that one scores at least a share
     * of it: the main column holds the post even when a widget's text is longer.
     */
    private Element outsideAsides(Element best, List<Element> scored, Element body, TextStatistics stats) {
        if (!sides.contains(best, body)) {
            return best;
        }
        double floor = stats.of(best).score * ASIDE_YIELD_SHARE;
        Element other = null;
        double otherScore = floor;
        for (Element candidate : scored) {
            BlockStats s = stats.of(candidate);
            if (s.score >= otherScore && s.prose > 0 && candidate != body && !candidate.normalName().equals("html")
                    && !isAncestor(candidate, best) && !sides.contains(candidate, body)) {
                other = candidate;
                otherScore = s.score;
            }
        }
        return other != null ? other : best;
    }

    /** Whether {@code ancestor} is {@code e} or contains it. */
    static boolean isAncestor(Element ancestor, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves up from the best candidate when its container scores higher still (the text was split across
     * several blocks of one container) or when the candidate is its parent's only child.
     */
    private static Element lift(Element best, Element avoid, Element body, TextStatistics stats) {
        Element top = best;
        double lastScore = stats.of(top).score;
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (avoid != null && isAncestor(parent, avoid)) {
                break;
            }
            BlockStats p = stats.of(parent);
            if (!p.scored) {
                continue;
            }
            if (p.score < threshold) {
                break;
            }
            if (p.score > lastScore) {
                top = parent;
                break;
            }
            lastScore = p.score;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** A list of items, ordered or not, or of terms. */
    static boolean isList(Element e) {
        String tag = e.normalName();
        return tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
    }

    private static boolean isInListItem(Element block) {
        Element parent = block.parent();
        return parent != null && parent.normalName().equals("li");
    }

    static boolean isParagraph(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "li", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption",
                 "caption", "th", "address", "summary" -> true;
            default -> false;
        };
    }

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + 25 * words.verdict(e);
    }

    /** The score a container's class and id give it: +25 content, -25 boilerplate. */
    int classWeight(Element e) {
        return 25 * words.verdict(e);
    }
}
