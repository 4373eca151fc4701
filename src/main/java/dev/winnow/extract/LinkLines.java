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

    /** A teaser's headline is a few words at least; shorter links are labels ("Home", "PDF"). */
    private static final int MIN_TEASER_CHARS = 15;
    /**
     * A teaser's headline is a line; a longer linked paragraph, or one that ends as a sentence does, is a blurb,
     * and runs of those are the entries of a listing page, whose text they are.
     */
    private static final int MAX_TEASER_CHARS = 100;
    /** Share of a teaser paragraph's characters inside its one link. */
    private static final double TEASER_LINK_SHARE = 0.95;
    /** A link whose text is an address shows where it points, as a source or contact does; no teaser. */
    private static final Pattern ADDRESS = Pattern.compile("://|www\\.|@");

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
     * A paragraph that is nothing but one link to another page of the same site, next to another such paragraph
     * or last in its block: a run of teasers of other stories set into the article ("Read more:" and two
     * headlines), or one after its last paragraph. A link to another site is a source or a pointer the text makes,
     * and stays; so does a single linked line between paragraphs, which some pages count as their text.
     *
     * @param siteHost    the page's host without "www.", or empty when it is not known
     * @param inTeaserRun whether the block came right after a teaser link that is gone now
     */
    boolean isTeaserLink(Element block, String siteHost, boolean inTeaserRun) {
        if (!isLinkOnly(block, siteHost)) {
            return false;
        }
        if (inTeaserRun) {
            return true;
        }
        Element before = block.previousElementSibling();
        Element after = block.nextElementSibling();
        return after == null || before != null && isLinkOnly(before, siteHost) || isLinkOnly(after, siteHost);
    }

    private static boolean isLinkOnly(Element block, String siteHost) {
        if (!block.normalName().equals("p")) {
            return false;
        }
        var links = block.getElementsByTag("a");
        if (links.size() != 1) {
            return false;
        }
        String text = block.text().strip();
        String linkText = links.get(0).text();
        int chars = nonSpace(text);
        if (chars < MIN_TEASER_CHARS || chars > MAX_TEASER_CHARS || nonSpace(linkText) < chars * TEASER_LINK_SHARE
                || ADDRESS.matcher(linkText).find()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == '…') {
            return false;
        }
        String href = links.get(0).attr("href").strip();
        // A link to a place within the page is a line of the article's own contents, not a teaser.
        if (href.startsWith("#")) {
            return false;
        }
        String host = host(href);
        return host == null || !siteHost.isEmpty() && (host.equals(siteHost) || host.endsWith("." + siteHost)
                || siteHost.endsWith("." + host));
    }

    /**
     * The host of a link without "www.", null for a link within the page's site (a relative one), or "" for one
     * whose host cannot be read.
     */
    static String host(String href) {
        String h = href.strip();
        int scheme = h.indexOf("://");
        if (scheme < 0) {
            return h.startsWith("//") ? hostPart(h.substring(2)) : h.contains(":") ? "" : null;
        }
        return hostPart(h.substring(scheme + 3));
    }

    private static String hostPart(String rest) {
        int end = 0;
        while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
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
