package dev.winnow.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

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

    private TruncatedPreviews() {
    }

    /** Whether a hidden element holds the whole of a text that the element before it shows cut off. */
    static boolean completesPreview(Element hidden) {
        Element before = hidden.previousElementSibling();
        if (before == null) {
            return false;
        }
        String text = null;
        for (Element e : before.getAllElements()) {
            for (TextNode node : e.textNodes()) {
                String preview = preview(node.getWholeText());
                if (preview != null) {
                    text = text == null ? hidden.text() : text;
                    if (text.contains(preview)) {
                        return true;
                    }
                }
            }
        }
        return false;
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
