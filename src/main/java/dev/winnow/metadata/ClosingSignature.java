package dev.winnow.metadata;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The author signed at the end of the article, on a short block of its own after the text: "von Cosima
 * Künzel", a name set in bold or italics ("<b><i>Stefan Wasmer</i></b>") or aligned to the right, or a name
 * and the date ("Benni / 10. September 2017"). Blogs, clubs and small papers sign this way instead of a byline
 * under the headline.
 */
final class ClosingSignature {

    /** A signature is a name, perhaps with a date or a byline word, never a sentence. */
    private static final int MAX_SIGNATURE_CHARS = 80;
    /** The article's text before it: one paragraph of prose at least. */
    private static final int MIN_PROSE_CHARS = 200;
    private static final Set<String> EMPHASIS = Set.of("b", "strong", "i", "em");
    private static final Set<String> SIGNATURE_BLOCKS = Set.of("p", "div");
    private static final Pattern RIGHT_ALIGNED = Pattern.compile("(?i)text-align\\s*:\\s*right");
    private static final Pattern FIRST_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+");

    private final AuthorNames names;
    private final AsideZones asides;
    private final DateParser dates;

    ClosingSignature(AuthorNames names, AsideZones asides, DateParser dates) {
        this.names = names;
        this.asides = asides;
        this.dates = dates;
    }

    /** The names of the first signature after the headline's line, or none. */
    List<String> names(VisibleLines lines, int titleLine, Element headline) {
        Set<Element> seen = new HashSet<>();
        for (VisibleLines.Line line : lines.lines()) {
            Element block = line.block();
            if (line.index() <= titleLine || !SIGNATURE_BLOCKS.contains(block.normalName()) || !seen.add(block)) {
                continue;
            }
            // Most blocks are paragraphs of prose: counted past the limit, their text is never built.
            if (lettersExceed(block, MAX_SIGNATURE_CHARS)) {
                continue;
            }
            String text = block.text().strip();
            if (text.isEmpty() || text.length() > MAX_SIGNATURE_CHARS || !closesProse(block)
                    || asides.isAside(block, headline)) {
                continue;
            }
            List<String> found = signed(block, text, line.text());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Whether the block's text holds more than {@code max} letters and digits, counted only as far as that: the
     * text Jsoup builds keeps every one of them, so its length is then over {@code max} too.
     */
    private static boolean lettersExceed(Element block, int max) {
        int[] letters = {0};
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    if (Character.isLetterOrDigit(text.charAt(i)) && ++letters[0] > max) {
                        return NodeFilter.FilterResult.STOP;
                    }
                }
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, block);
        return letters[0] > max;
    }

    private List<String> signed(Element block, String text, String firstLine) {
        if (AuthorFinder.BYLINE_START.matcher(text).find()) {
            return names.names(text);
        }
        List<String> n = names.names(text);
        if (n.size() != 1) {
            return List.of();
        }
        String name = n.get(0);
        boolean fullName = AuthorFinder.FULL_NAME.matcher(name).matches();
        if (fullName && name.equals(text) && (emphasised(block, text) || rightAligned(block))) {
            return n;
        }
        // "Benni<br>10. September 2017": a signature with its date on a line of its own, closing the text; a
        // place before the date on one line ("Berlin, 10. September 2017") is a dateline.
        boolean lastBlock = block.nextElementSiblings().stream().allMatch(e -> e.text().isBlank());
        if (lastBlock && (fullName || FIRST_NAME.matcher(name).matches()) && dates.containsDate(text)
                && firstLine.equals(name)) {
            return n;
        }
        return List.of();
    }

    /** The block follows a paragraph of the article's text and is the last text there or set apart to the right. */
    private static boolean closesProse(Element block) {
        boolean proseBefore = block.previousElementSiblings().stream().anyMatch(e -> e.text().length() >= MIN_PROSE_CHARS);
        boolean last = block.nextElementSiblings().stream().allMatch(e -> e.text().isBlank());
        return proseBefore && (last || rightAligned(block));
    }

    private static boolean emphasised(Element block, String text) {
        for (Element e : block.getAllElements()) {
            if (EMPHASIS.contains(e.normalName()) && e.text().strip().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rightAligned(Element block) {
        return block.attr("align").equalsIgnoreCase("right") || RIGHT_ALIGNED.matcher(block.attr("style")).find();
    }
}
