package dev.winnow.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an article element as plain text: one paragraph per block, paragraphs separated by one blank line,
 * a {@code <br>} a line break inside its paragraph, table cells of a row joined by " | ", white space inside a
 * paragraph collapsed except in {@code <pre>}.
 */
public final class TextRenderer {

    public String render(Element root) {
        return String.join("\n\n", paragraphs(root));
    }

    /** The article's paragraphs, in order, each trimmed and non-empty. */
    public List<String> paragraphs(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preDepth;
        private final LayoutTables layoutTables = new LayoutTables();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(preDepth > 0 ? text.getWholeText() : text.text());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    trimTrailingSpace();
                    current.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    if (layoutTables.isLayoutCell(element)) {
                        flush();
                    } else if (element.elementSiblingIndex() > 0) {
                        trimTrailingSpace();
                        current.append(" | ");
                    }
                } else if (tag.equals("img") && current.length() == 0) {
                    return;
                } else if (BlockTags.isBlock(tag)) {
                    flush();
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (BlockTags.isBlock(tag) && !tag.equals("td") && !tag.equals("th")) {
                    flush();
                }
            }
        }

        private void append(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (preDepth == 0) {
                boolean needsSpace = current.length() > 0 && !endsWithSpace() && startsWithSpaceIn(text);
                String trimmed = text.strip();
                if (trimmed.isEmpty()) {
                    if (current.length() > 0 && !endsWithSpace()) {
                        current.append(' ');
                    }
                    return;
                }
                if (needsSpace) {
                    current.append(' ');
                }
                current.append(trimmed);
                if (Character.isWhitespace(text.charAt(text.length() - 1))) {
                    current.append(' ');
                }
            } else {
                current.append(text);
            }
        }

        private static boolean startsWithSpaceIn(String text) {
            return Character.isWhitespace(text.charAt(0));
        }

        private boolean endsWithSpace() {
            char last = current.charAt(current.length() - 1);
            return last == ' ' || last == '\n';
        }

        private void trimTrailingSpace() {
            while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
                current.setLength(current.length() - 1);
            }
        }

        void flush() {
            String paragraph = current.toString().strip();
            current.setLength(0);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
    }
}
