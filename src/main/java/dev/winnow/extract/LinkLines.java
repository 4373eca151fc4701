package dev.winnow.extract;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Short blocks that are made of links rather than text: a line of navigation links only ("« Retour aux
 * actualités | Imprimer", "Back to articles"; link texts in {@code navigation-links.txt}), and a tags line, a
 * label of {@code tags-labels.txt} followed mostly by links ("Tags: flood, river").
 */
final class LinkLines {

    /** Navigation link texts are a few words. */
    private static final int MAX_LINK_CHARS = 60;
    /** Share of a tags line's text after its label that must sit in links. */
    private static final double TAG_LINK_SHARE = 0.6;
    /** Arrows, and the brackets a link's text is set in ("[ Back to top ]"), are not part of its words. */
    private static final Pattern ARROWS_AT_ENDS = Pattern.compile("^[«‹<←\\[(\\s]+|[»›>→\\])\\s]+$");
    /** What may stand between navigation links: separators and arrows, no words. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}]*");

    private final Pattern navigation;
    private final Pattern tagLabel;

    LinkLines() {
        this.navigation = Pattern.compile(RuleList.load("navigation-links.txt").stream()
                .map(r -> "(?:" + r + ")").collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);
        this.tagLabel = Pattern.compile(RuleList.load("tags-labels.txt").stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(LinkLines::labelPattern)
                        .collect(Collectors.joining("|", "(?:", ")\\s*[:：]?\\s*")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String labelPattern(String label) {
        Character.UnicodeScript script = Character.UnicodeScript.of(label.charAt(label.length() - 1));
        boolean alphabetic = script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC;
        return Pattern.quote(label) + (alphabetic ? "(?![\\p{L}\\p{N}])" : "");
    }

    /** A block of one or more navigation links with nothing but separators between them. */
    boolean isNavigation(Element block) {
        var links = block.getElementsByTag("a");
        if (links.isEmpty()) {
            return false;
        }
        boolean named = false;
        for (Element link : links) {
            String text = ARROWS_AT_ENDS.matcher(link.text().strip()).replaceAll("");
            if (text.isEmpty() && link.text().isBlank()) {
                // A jump target (<a name="faq"></a>) or a link around an icon says nothing either way.
                continue;
            }
            if (text.isEmpty() || text.length() > MAX_LINK_CHARS || !navigation.matcher(text).matches()) {
                return false;
            }
            named = true;
        }
        if (!named) {
            return false;
        }
        StringBuilder outside = new StringBuilder();
        collectOutsideLinks(block, outside);
        return SEPARATORS.matcher(outside).matches();
    }

    private static void collectOutsideLinks(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element e && !e.normalName().equals("a")) {
                collectOutsideLinks(e, out);
            }
        }
    }

    /**
     * @param line      the block's text, white space collapsed
     * @param linkChars non-space characters of the block inside links
     */
    boolean isTags(String line, int linkChars) {
        Matcher m = tagLabel.matcher(line.strip());
        if (!m.lookingAt()) {
            return false;
        }
        int rest = nonSpace(line.strip().substring(m.end()));
        return rest > 0 && linkChars >= rest * TAG_LINK_SHARE;
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
                n++;
            }
        }
        return n;
    }
}
