package dev.winnow.extract;

import dev.winnow.pipeline.Scripts;
import dev.winnow.render.BlockTags;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts, in one iterative pass, the {@link BlockStats} of every element below a root: each text node's
 * characters are scanned once and added up the tree as elements close, so the cost is linear in the page and
 * independent of its depth.
 */
final class TextStatistics {

    /**
     * Korean syllable blocks weigh as Han characters do: a block spells two or three letters, and Korean text
     * also spends spaces, which the count skips. Counted as plain letters, a short Korean news item of three
     * paragraphs fell under the article length.
     */
    private static final char FIRST_HANGUL_SYLLABLE = '\uAC00';
    private static final char LAST_HANGUL_SYLLABLE = '\uD7A3';

    private final Map<Element, BlockStats> stats;

    private TextStatistics(Map<Element, BlockStats> stats) {
        this.stats = stats;
    }

    /**
     * @param root          the tree to count
     * @param proseMinChars the weighted length from which a block with few links counts as prose
     */
    static TextStatistics of(Element root, int proseMinChars) {
        Counter counter = new Counter(proseMinChars);
        NodeTraversor.traverse(counter, root);
        return new TextStatistics(counter.stats);
    }

    /** The stats of an element, or empty ones for an element the pass did not see (added later). */
    BlockStats of(Element element) {
        BlockStats s = stats.get(element);
        return s != null ? s : new BlockStats();
    }

    Iterable<Map.Entry<Element, BlockStats>> entries() {
        return stats.entrySet();
    }

    static boolean isComma(char c) {
        return c == ',' || c == '，' || c == '、' || c == ';' || c == '；' || c == '،';
    }

    static boolean isStop(char c) {
        return c == '.' || c == '。' || c == '!' || c == '?' || c == '！' || c == '？' || c == '．';
    }

    private static final class Counter implements NodeVisitor {
        // In document order: the scorer adds points up in the order it iterates, and an IdentityHashMap's order
        // follows identity hash codes, which differ from run to run; floating-point sums in another order (and
        // ties between candidates) then chose another article now and then. Elements compare by identity.
        private final Map<Element, BlockStats> stats = new LinkedHashMap<>();
        private final ArrayDeque<BlockStats> open = new ArrayDeque<>();
        private final ArrayDeque<BlockStats> blockOf = new ArrayDeque<>();
        private int linkDepth;
        private int headingDepth;
        private final int proseMinChars;

        Counter(int proseMinChars) {
            this.proseMinChars = proseMinChars;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                BlockStats s = new BlockStats();
                stats.put(element, s);
                String tag = element.normalName();
                boolean block = BlockTags.isBlock(tag) || open.isEmpty();
                switch (tag) {
                    // A named anchor without an href is a jump target, not a link; unclosed, it can wrap a page.
                    case "a" -> linkDepth += element.hasAttr("href") ? 1 : 0;
                    case "p" -> s.paragraphs++;
                    case "img", "picture" -> s.images++;
                    case "li" -> s.listItems++;
                    case "figure" -> s.figures++;
                    case "embed", "object", "video", "audio", "iframe" -> s.embeds++;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
                    default -> { }
                }
                if (block) {
                    s.blocks++;
                }
                blockOf.push(block ? s : blockOf.isEmpty() ? s : blockOf.peek());
                open.push(s);
            } else if (node instanceof TextNode text && !open.isEmpty()) {
                count(text.getWholeText(), open.peek(), blockOf.peek());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            switch (element.normalName()) {
                case "a" -> linkDepth -= element.hasAttr("href") ? 1 : 0;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
                default -> { }
            }
            BlockStats closed = open.pop();
            blockOf.pop();
            if (closed.ownChars > 0 && BlockStats.weighted(closed.ownChars, closed.ownCjk) >= proseMinChars
                    && closed.ownLinkChars * 3 < closed.ownChars) {
                closed.prose += closed.ownChars;
                closed.proseLinkChars += closed.ownLinkChars;
            }
            if (!open.isEmpty()) {
                open.peek().add(closed);
            }
        }

        private void count(String text, BlockStats owner, BlockStats block) {
            int chars = 0;
            int cjk = 0;
            int commas = 0;
            int stops = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c <= ' ' || Character.isWhitespace(c) || c == '\u00a0') {
                    continue;
                }
                chars++;
                if (Scripts.inCjkBlocks(c) || c >= FIRST_HANGUL_SYLLABLE && c <= LAST_HANGUL_SYLLABLE) {
                    cjk++;
                } else if (isComma(c)) {
                    commas++;
                } else if (isStop(c)) {
                    stops++;
                }
            }
            owner.chars += chars;
            owner.cjk += cjk;
            owner.commas += commas;
            owner.stops += stops;
            if (linkDepth > 0) {
                owner.linkChars += chars;
                block.ownLinkChars += chars;
            }
            if (headingDepth > 0) {
                owner.headingChars += chars;
            }
            block.ownChars += chars;
            block.ownCjk += cjk;
            block.ownCommas += commas;
        }
    }
}
