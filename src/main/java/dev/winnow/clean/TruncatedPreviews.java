package dev.winnow.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The "more" toggles of older pages: a visible box shows the opening of a text cut off with an ellipsis, and the
 * hidden element right after it holds the whole text, shown by a script when the reader asks for it. That hidden
 * element is the article, not a popup or a hidden form, so it is kept. Only the box just before the hidden element
 * counts (a hidden copy of a post elsewhere on the page is a widget's), and the preview must be long enough to be
 * the start of a sentence, not a label such as "Loading...".
 */
final class TruncatedPreviews {

    /** Characters of a preview, its ellipsis left out, from which it can only be the start of a text. */
    private static final int MIN_PREVIEW_CHARS = 40;
    /**
     * A preview box is small (a few lines and a "more" link); past this many nodes the element before is a wrapper
     * of the page, and a hidden element after one is a modal or a menu, not worth reading the whole page for.
     */
    private static final int MAX_PREVIEW_NODES = 100;

    private TruncatedPreviews() {
    }

    /** Whether a hidden element holds the whole of a text that the element before it shows cut off. */
    static boolean completesPreview(Element hidden) {
        Element before = hidden.previousElementSibling();
        if (before == null) {
            return false;
        }
        boolean[] found = {false};
        int[] seen = {0};
        before.filter(new NodeFilter() {
            private String text;

            @Override
            public FilterResult head(Node node, int depth) {
                if (++seen[0] > MAX_PREVIEW_NODES) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    String preview = preview(t.getWholeText());
                    if (preview != null) {
                        text = text == null ? hidden.text() : text;
                        if (text.contains(preview)) {
                            found[0] = true;
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    /** The text before its ellipsis, white space collapsed, when it ends in one and is long enough; else null. */
    private static String preview(String whole) {
        int end = whole.length();
        while (end > 0 && Character.isWhitespace(whole.charAt(end - 1))) {
            end--;
        }
        int cut;
        if (end >= 3 && whole.startsWith("...", end - 3)) {
            cut = end - 3;
        } else if (end >= 1 && whole.charAt(end - 1) == '\u2026') {
            cut = end - 1;
        } else {
            return null;
        }
        String preview = String.join(" ", whole.substring(0, cut).strip().split("\\s+"));
        return preview.length() >= MIN_PREVIEW_CHARS ? preview : null;
    }
}
