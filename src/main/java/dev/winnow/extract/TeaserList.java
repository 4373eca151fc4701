package dev.winnow.extract;

import dev.winnow.pipeline.Scripts;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a section index from an article: most of its text sits in a run of sibling items, each led by a link
 * whose text reads as a headline and followed by no more than a short blurb and a date. Such a page's link
 * density can stay low (each blurb weighs as much as its headline), so the link density alone misses it.
 */
final class TeaserList {

    /** Fewer items are a short "read next" box inside an article. */
    private static final int MIN_TEASERS = 5;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Share of a parent's children that must be teasers. */
    private static final double TEASER_SHARE = 0.6;
    /** Share of the whole text that must sit in the teasers: little prose outside them. */
    private static final double TEXT_SHARE = 0.7;
    /** Characters outside links an item may hold and still be a blurb, not an article of its own. */
    private static final int MAX_BLURB_CHARS = 300;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MIN_HEADLINE_CJK = 6;

    private TeaserList() {
    }

    static boolean isListing(Element root, TextStatistics stats) {
        int total = stats.of(root).chars;
        if (total == 0) {
            return false;
        }
        for (Element parent : root.getAllElements()) {
            if (parent.childrenSize() < MIN_TEASERS) {
                continue;
            }
            int teasers = 0;
            int teaserChars = 0;
            for (Element item : parent.children()) {
                BlockStats s = stats.of(item);
                if (isTeaser(item, s)) {
                    teasers++;
                    teaserChars += s.chars;
                }
            }
            if (teasers >= MIN_TEASERS && teasers >= parent.childrenSize() * TEASER_SHARE
                    && teaserChars >= total * TEXT_SHARE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The teaser items of every run of them below {@code root}: runs of at least {@code minTeasers} sibling
     * teasers that make up most of their parent's children. Their blurbs read as prose, but they are other
     * pages' summaries.
     */
    static List<Element> teasers(Element root, TextStatistics stats, int minTeasers) {
        List<Element> found = new ArrayList<>();
        for (Element parent : root.getAllElements()) {
            if (parent.childrenSize() < minTeasers) {
                continue;
            }
            List<Element> run = new ArrayList<>();
            for (Element item : parent.children()) {
                if (isTeaser(item, stats.of(item))) {
                    run.add(item);
                }
            }
            if (run.size() >= minTeasers && run.size() >= parent.childrenSize() * TEASER_SHARE) {
                found.addAll(run);
            }
        }
        return found;
    }

    private static boolean isTeaser(Element item, BlockStats s) {
        if (s.chars == 0 || s.chars - s.linkChars > MAX_BLURB_CHARS) {
            return false;
        }
        for (Element link : item.getElementsByTag("a")) {
            String text = link.text().strip();
            if (!text.isEmpty()) {
                return item.text().startsWith(text) && isHeadline(text);
            }
        }
        return false;
    }

    private static boolean isHeadline(String text) {
        long cjk = text.codePoints().filter(Scripts::inCjkBlocks).count();
        return cjk >= MIN_HEADLINE_CJK || WHITESPACE.split(text).length >= MIN_HEADLINE_WORDS;
    }
}
