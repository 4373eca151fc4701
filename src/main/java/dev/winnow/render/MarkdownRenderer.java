package dev.winnow.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders an article element as CommonMark with GitHub tables: headings, paragraphs, ordered and unordered
 * lists (nested by indentation), tables, block quotes, fenced code, links and images. Recursion depth is
 * bounded by the parser's element-depth cap.
 */
public final class MarkdownRenderer {

    private static final Evaluator ROW = QueryParser.parse("tr");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_NEWLINES = Pattern.compile("\n+$");
    private static final Evaluator TABLE = QueryParser.parse("table");

    public String render(Element root) {
        List<String> blocks = new ArrayList<>();
        renderBlocks(root, blocks);
        return String.join("\n\n", blocks).strip();
    }

    private void renderBlocks(Element parent, List<String> blocks) {
        StringBuilder inline = new StringBuilder();
        for (Node child : parent.childNodes()) {
            if (child instanceof Element element && isBlockLevel(element)) {
                flushInline(inline, blocks);
                renderBlock(element, blocks);
            } else {
                renderInline(child, inline);
            }
        }
        flushInline(inline, blocks);
    }

    private static boolean isBlockLevel(Element element) {
        return BlockTags.isBlock(element.normalName());
    }

    private void renderBlock(Element e, List<String> blocks) {
        String tag = e.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = inlineOf(e);
                if (!text.isBlank()) {
                    blocks.add("#".repeat(tag.charAt(1) - '0') + " " + text.replace('\n', ' '));
                }
            }
            case "p" -> addIfPresent(blocks, inlineOf(e));
            case "ul", "ol" -> addIfPresent(blocks, list(e, 0));
            case "pre" -> blocks.add("```\n" + TRAILING_NEWLINES.matcher(e.wholeText()).replaceAll("") + "\n```");
            case "blockquote" -> {
                List<String> inner = new ArrayList<>();
                renderBlocks(e, inner);
                if (!inner.isEmpty()) {
                    blocks.add(("> " + String.join("\n\n", inner)).replace("\n", "\n> "));
                }
            }
            // A table that lays out paragraphs is a page layout, not data: its blocks are rendered as blocks.
            case "table" -> {
                if (LayoutTables.isLayout(e)) {
                    renderBlocks(e, blocks);
                } else {
                    addIfPresent(blocks, table(e));
                }
            }
            case "hr" -> blocks.add("---");
            default -> renderBlocks(e, blocks);
        }
    }

    private static void addIfPresent(List<String> blocks, String text) {
        if (!text.isBlank()) {
            blocks.add(text);
        }
    }

    private void flushInline(StringBuilder inline, List<String> blocks) {
        String text = inline.toString().strip();
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        inline.setLength(0);
    }

    private String inlineOf(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) {
            renderInline(child, sb);
        }
        return collapseSpaces(sb).strip();
    }

    private void renderInline(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(escape(text.text()));
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        switch (e.normalName()) {
            case "br" -> out.append("  \n");
            case "a" -> {
                String label = inlineOf(e);
                String href = url(e, "href");
                if (href.isEmpty() || label.isEmpty()) {
                    out.append(label);
                } else {
                    out.append('[').append(label).append("](").append(href.replace(" ", "%20")).append(')');
                }
            }
            case "img" -> {
                String src = url(e, "src");
                if (!src.isEmpty()) {
                    out.append("![").append(escape(e.attr("alt"))).append("](").append(src.replace(" ", "%20")).append(')');
                }
            }
            case "strong", "b" -> wrap(e, "**", out);
            case "em", "i" -> wrap(e, "*", out);
            case "code" -> out.append('`').append(e.text()).append('`');
            default -> {
                for (Node child : e.childNodes()) {
                    if (child instanceof Element ce && isBlockLevel(ce)) {
                        out.append(' ').append(inlineOf(ce)).append(' ');
                    } else {
                        renderInline(child, out);
                    }
                }
            }
        }
    }

    /** Runs of spaces and tabs made one space, and spaces around a line break dropped, in one pass. */
    private static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                pendingSpace = true;
            } else if (c == '\n') {
                pendingSpace = false;
                out.append(c);
            } else {
                if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        if (pendingSpace) {
            out.append(' ');
        }
        return out.toString();
    }

    /** The address as {@link ArticleLinks} left it: absolute, or relative when the page has no URL. */
    private static String url(Element e, String attribute) {
        String url = e.attr(attribute).strip();
        return url.regionMatches(true, 0, "javascript:", 0, 11) ? "" : url;
    }

    private void wrap(Element e, String mark, StringBuilder out) {
        String inner = inlineOf(e);
        if (!inner.isEmpty()) {
            out.append(mark).append(inner).append(mark);
        }
    }

    private String list(Element listElement, int depth) {
        List<String> lines = new ArrayList<>();
        int number = 1;
        boolean ordered = listElement.normalName().equals("ol");
        for (Element item : listElement.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            StringBuilder own = new StringBuilder();
            List<String> nested = new ArrayList<>();
            for (Node child : item.childNodes()) {
                if (child instanceof Element ce && (ce.normalName().equals("ul") || ce.normalName().equals("ol"))) {
                    nested.add(list(ce, depth + 1));
                } else if (child instanceof Element ce && isBlockLevel(ce)) {
                    own.append(' ').append(inlineOf(ce)).append(' ');
                } else {
                    renderInline(child, own);
                }
            }
            String marker = ordered ? (number++) + ". " : "- ";
            String text = WHITESPACE.matcher(own).replaceAll(" ").strip();
            lines.add("  ".repeat(depth) + marker + text);
            for (String n : nested) {
                if (!n.isBlank()) {
                    lines.add(n);
                }
            }
        }
        return String.join("\n", lines);
    }

    private String table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        int width = 0;
        for (Element row : table.select(ROW)) {
            if (row.closest(TABLE) != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(inlineOf(cell).replace("\n", " ").replace("|", "\\|"));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
                width = Math.max(width, cells.size());
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            sb.append('|');
            for (int c = 0; c < width; c++) {
                sb.append(' ').append(c < cells.size() ? cells.get(c) : "").append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|').append(" --- |".repeat(width)).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    /** Escapes only what would otherwise turn prose into markup. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("]", "\\]");
    }
}
