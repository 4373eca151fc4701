package dev.winnow.clean;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Error messages a server script printed into the page: a bold label ({@code rules/server-error-labels.txt}),
 * a colon, the message, "in" a file "on line" a number, up to the line break. Templates print them wherever
 * the failing call sat, often inside a list or a text column, where the line rules, which test short blocks
 * alone, never see them.
 */
final class ServerErrorLines {

    /** Longer than any message with its file path; a longer run is prose that merely mentions a line. */
    private static final int MAX_CHARS = 500;
    private static final Pattern MESSAGE = Pattern.compile(":\\s.*\\sin\\s.*\\son line\\s+\\d+\\s*", Pattern.DOTALL);

    private final Set<String> labels = Set.copyOf(RuleList.load("server-error-labels.txt"));

    /**
     * The nodes of the error message that {@code label} opens, the label first and the closing line break
     * last, or an empty list when it opens none.
     */
    List<Node> messageOpenedBy(Element label) {
        String tag = label.normalName();
        if (!tag.equals("b") && !tag.equals("strong")
                || !(label.nextSibling() instanceof TextNode first) || !first.getWholeText().startsWith(":")
                || !labels.contains(label.text().strip().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<Node> nodes = new ArrayList<>();
        nodes.add(label);
        StringBuilder text = new StringBuilder();
        for (Node n = first; n != null; n = n.nextSibling()) {
            if (n instanceof Element e && e.normalName().equals("br")) {
                nodes.add(e);
                break;
            }
            nodes.add(n);
            text.append(n instanceof TextNode t ? t.getWholeText() : n instanceof Element e ? e.text() : "");
            if (text.length() > MAX_CHARS) {
                return List.of();
            }
        }
        return MESSAGE.matcher(text).matches() ? nodes : List.of();
    }
}
