package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether an element sits in a part of the page that is not the article (comments, sidebars, related
 * stories, footers; {@code rules/aside-zones.txt}), where a date or a name belongs to something else.
 */
public final class AsideZones {

    private static final Set<String> ASIDE_TAGS = Set.of("aside", "nav");
    private static final Set<String> TEASER_TAGS = Set.of("li", "article");
    /** Items of a list of links: a list's entries, a board's rows. */
    private static final Set<String> LINK_ITEM_TAGS = Set.of("li", "tr");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final int MIN_TEASERS = 3;
    private static final Pattern SIDEBAR = Pattern.compile("(?i)(?:^|[\\s_-])side-?bar(?:$|[\\s_-])");
    private static final Pattern LAYOUT_CLASS = Pattern.compile("(?:^|\\s)(?:has|with)-\\S*");
    /** A sidebar its class calls the article's own ("article-sidebar", "story-sidebar"). */
    private static final Pattern ARTICLE_SIDEBAR = Pattern.compile("(?i)(?:^|[\\s_-])(?:article|story)[_-]side-?bar(?:$|[\\s_-])");
    /**
     * The main column of a layout named, BEM-style, after its sidebar ("sidebar__main" beside "sidebar__aside"):
     * the element names the part, not the block.
     */
    private static final Pattern SIDEBAR_LAYOUT_MAIN = Pattern.compile("(?i)\\S*side-?bar(?:__|--)(?:main|primary)\\S*");
    /** A BEM element that is the sidebar of a block ("node__sidebar"): whose sidebar it is, the block says. */
    private static final Pattern BLOCK_SIDEBAR = Pattern.compile("(?i)(?:^|\\s)([a-z0-9-]+)__side-?bar(?:$|\\s)");
    /** An {@code <aside>} its class calls the article's metadata ("meta", "post-meta", "byline"). */
    private static final Pattern META_ASIDE = Pattern.compile("(?i)(?:^|[\\s_-])(?:meta|byline)(?:$|[\\s_-])");
    /** A teaser's heading links to its story; a layout column's heading links nowhere. */
    private static final Evaluator LINKED_HEADING = QueryParser.parse("h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href], "
            + "a[href] h2, a[href] h3, a[href] h4, a[href] h5, a[href] h6");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    /**
     * Whole words of a class or id, so "comment-list" and "sidebar" count but "single-promotion" and
     * "comments-link" do not; a plural "s" is allowed.
     */
    private final Pattern named;
    /** The zone words, lower case: a class without one of them cannot match {@code named}, so is not searched. */
    private final List<String> zoneWords;

    public AsideZones() {
        zoneWords = RuleList.load("aside-zones.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<String> words = zoneWords.stream().map(Pattern::quote).toList();
        // "comments-link", "comment-count": a link to the zone or its counter, printed in the article's own byline.
        named = Pattern.compile("(?:^|[\\s_-])(?:" + String.join("|", words) + ")s?(?=$|[\\s_-])"
                + "(?![_-]+(?:link|links|count|counter|number|icon|button|btn)(?:$|[\\s_-]))");
    }

    /**
     * Whether the element sits in an aside. A part that also holds the headline is the article's own, whatever
     * its class says ("content right-sidebar" is often the whole page layout); {@code headline} may be null.
     */
    public boolean isAside(Element element, Element headline) {
        for (Element e = element; e != null; e = e.parent()) {
            if (ASIDE_TAGS.contains(e.normalName()) || isNamed(e)) {
                if (headline != null && (isColumnOfTheArticle(e, headline) || isFactsAboveTheText(e, headline)
                        || isArticleMeta(e))) {
                    continue;
                }
                return headline == null || !(e == headline || headline.parents().contains(e));
            }
        }
        return false;
    }

    /**
     * A sidebar inside the {@code <article>} that holds the headline is the article's own column of facts
     * (its date, its author), not the site's sidebar.
     */
    private static boolean isColumnOfTheArticle(Element zone, Element headline) {
        if (!SIDEBAR.matcher(zone.className() + " " + zone.id()).find()) {
            return false;
        }
        // Pages built of sections rather than an <article> name the article's column of facts in its class.
        if (ARTICLE_SIDEBAR.matcher(zone.className() + " " + zone.id()).find()) {
            return true;
        }
        if (holdsLayoutMain(zone)) {
            return true;
        }
        Matcher bem = BLOCK_SIDEBAR.matcher(zone.className());
        if (bem.find()) {
            return isSidebarOfTheArticleBlock(zone, bem.group(1), headline);
        }
        for (Element p = zone.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return isAncestor(p, headline);
            }
        }
        return false;
    }

    /** A layout named after its sidebar ("lay-sidebar") that holds its main column ("sidebar__main") whole. */
    private static boolean holdsLayoutMain(Element zone) {
        for (Element child : zone.children()) {
            if (SIDEBAR_LAYOUT_MAIN.matcher(child.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sidebar element of a BEM block ("podcast-description__sidebar") is the article's own when the block is
     * the {@code <article>} or holds the headline; a footer's or a gallery's sidebar is not.
     */
    private static boolean isSidebarOfTheArticleBlock(Element zone, String block, Element headline) {
        for (Element p = zone.parent(); p != null; p = p.parent()) {
            if (p.hasClass(block)) {
                return p.normalName().equals("article") || isAncestor(p, headline);
            }
        }
        return false;
    }

    /** An {@code <aside>} of the article's date and source, set beside its text by a template without {@code <article>}. */
    private static boolean isArticleMeta(Element zone) {
        return zone.normalName().equals("aside") && META_ASIDE.matcher(zone.className()).find();
    }

    /**
     * An {@code <aside>} inside the headline's {@code <article>} that comes before any paragraph of it holds
     * the article's own facts (its byline, its date), set beside the text; asides further down are pull quotes
     * and related links.
     */
    private static boolean isFactsAboveTheText(Element zone, Element headline) {
        if (!zone.normalName().equals("aside")) {
            return false;
        }
        Element article = null;
        for (Element p = zone.parent(); p != null && article == null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                article = p;
            }
        }
        if (article == null || !isAncestor(article, headline)) {
            return false;
        }
        for (Element e = zone; e != article; e = e.parent()) {
            for (Element before = e.previousElementSibling(); before != null; before = before.previousElementSibling()) {
                if (before.normalName().equals("p") || before.selectFirst(PARAGRAPH) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the element sits in one teaser of a list of many (a section front's stories, a "more news"
     * strip): an item repeated with its siblings (same tag and class, at least {@code MIN_TEASERS}) that holds
     * a linked heading of its own and not the page's headline. Its date and picture belong to the story it links to.
     */
    public boolean isTeaser(Element element, Element headline) {
        for (Element e = element; e != null && e.parent() != null; e = e.parent()) {
            if (headline != null && (e == headline || isAncestor(e, headline))) {
                return false;
            }
            if (isRepeatedItem(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ancestor} holds {@code e} (not counting {@code e} itself). */
    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRepeatedItem(Element e) {
        String tag = e.normalName();
        String cls = e.className();
        boolean linkItem = LINK_ITEM_TAGS.contains(tag);
        if (!(linkItem || TEASER_TAGS.contains(tag) || !cls.isEmpty() && (tag.equals("div") || tag.equals("section")))) {
            return false;
        }
        int alike = 0;
        for (Element sibling : e.parent().children()) {
            if (sibling.normalName().equals(tag) && sibling.className().equals(cls) && ++alike >= MIN_TEASERS) {
                break;
            }
        }
        return alike >= MIN_TEASERS && (e.selectFirst(LINKED_HEADING) != null || linkItem && isLinkEntry(e));
    }

    /**
     * An entry of a list of links to other pages ("区领导调研防汛工作 2024-05-22", a board's row): a link that
     * holds most of the entry's text, or of its cell in a row. A byline item that links only its author's name
     * ("By <a>Jane Doe</a> on May 2, 2012") holds more than its link.
     */
    private static boolean isLinkEntry(Element item) {
        Element link = item.selectFirst(LINK);
        if (link == null) {
            return false;
        }
        Element holder = item;
        for (Element p = link.parent(); p != null && p != item; p = p.parent()) {
            if (p.normalName().equals("td")) {
                holder = p;
                break;
            }
        }
        int linked = link.text().strip().length();
        return linked > 0 && 2 * linked >= holder.text().strip().length();
    }

    private boolean isNamed(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        // "has-sidebar", "with-double-sidebar" name a layout that holds a sidebar, the text's column among others.
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (!holdsZoneWord(names)) {
            return false;
        }
        if (names.contains("has-") || names.contains("with-")) {
            names = LAYOUT_CLASS.matcher(names).replaceAll(" ");
        }
        if (names.contains("bar__") || names.contains("bar--")) {
            names = SIDEBAR_LAYOUT_MAIN.matcher(names).replaceAll(" ");
        }
        return !names.isBlank() && named.matcher(names).find();
    }

    private boolean holdsZoneWord(String names) {
        for (String word : zoneWords) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
