package dev.winnow.metadata;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The page's text as a reader sees it, one line per block (and per {@code <br>}), each line with the block
 * element it sits in. Metadata lines ("Release time: … Source: …") and bylines are found among these, and
 * "near the title" means near the title's line.
 */
public final class VisibleLines {

    /** One line of text and the block element that holds it. */
    public record Line(int index, String text, Element block) {
    }

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "dd",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
            "thead", "tr", "ul", "br", "center", "time");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "select",
            "textarea", "iframe", "head", "title", "button");

    private final List<Line> lines;
    /** The lines sorted by their distance from one headline line, kept: several finders ask for the same order. */
    private List<Line> byDistance;
    private int byDistanceFrom;

    private VisibleLines(List<Line> lines) {
        this.lines = lines;
    }

    public static VisibleLines of(Element root) {
        List<Line> lines = new ArrayList<>();
        if (root == null) {
            return new VisibleLines(lines);
        }
        StringBuilder current = new StringBuilder();
        Element[] block = {root};
        // Whether an inline element opened or closed since the last text: see spaced().
        boolean[] edge = {false};
        // An invisible element's subtree is skipped whole rather than walked for nothing.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (INVISIBLE.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        flush(lines, current, block[0]);
                        block[0] = e.normalName().equals("br") ? block[0] : e;
                    }
                    edge[0] = true;
                } else if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    if (edge[0] && spaced(current, text)) {
                        current.append(' ');
                    }
                    current.append(text);
                    edge[0] = false;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    flush(lines, current, block[0]);
                    block[0] = e.parent() != null ? e.parent() : e;
                }
                edge[0] = true;
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(lines, current, block[0]);
        return new VisibleLines(lines);
    }

    /**
     * Whether a number set in an element of its own reads as a word of its own: templates print a date's parts
     * in spans styled apart ({@code <span>Feb</span> <span>18</span><span>2009</span>}) or a date after a label
     * with no space between ({@code <span>Original Research</span><span>7 April 2020</span>}), which a reader
     * sees as "18 2009" and "Research 7". Letters meeting letters stay glued: that is how a word with a styled
     * initial is written.
     */
    private static boolean spaced(CharSequence before, String text) {
        if (before.isEmpty() || text.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        char next = text.charAt(0);
        return Character.isDigit(last) && Character.isLetterOrDigit(next) || Character.isLetter(last) && Character.isDigit(next);
    }

    /** Whether the element starts lines of its own rather than running on inside its parent's line. */
    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    private static void flush(List<Line> lines, StringBuilder current, Element block) {
        // Most blocks open or close right after another: nothing to collapse.
        if (current.length() == 0) {
            return;
        }
        String text = collapsed(current);
        current.setLength(0);
        if (!text.isEmpty()) {
            lines.add(new Line(lines.size(), text, block));
        }
    }

    /** Runs of white space (NBSP and the ideographic space among them) as one space, none at the ends. */
    private static String collapsed(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\u3000') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    public List<Line> lines() {
        return lines;
    }

    /** The lines nearest the headline's line first, by {@link LabelledLineReader#distance}. */
    public List<Line> byDistanceFrom(int titleLine) {
        if (byDistance == null || byDistanceFrom != titleLine) {
            List<Line> ordered = new ArrayList<>(lines);
            ordered.sort(Comparator.comparingInt(l -> LabelledLineReader.distance(l.index(), titleLine)));
            byDistance = List.copyOf(ordered);
            byDistanceFrom = titleLine;
        }
        return byDistance;
    }
}
