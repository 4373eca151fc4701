package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the breadcrumb trail above the article: a {@code nav[aria-label=breadcrumb]}, an element whose class
 * or id names a trail ({@code rules/breadcrumb-markers.txt}), an element opened by a trail label
 * ("当前位置："), or a short line of links joined by "&gt;". The crumbs are the links' texts and the plain
 * text between separators; the last crumb is dropped when it is the headline itself.
 */
public final class BreadcrumbFinder {

    private static final Evaluator LINK = QueryParser.parse("a");
    private static final Evaluator LINK_OR_ITEM = QueryParser.parse("a, li");

    private static final int MAX_TRAIL_CHARS = 300;
    private static final int MAX_CRUMBS = 12;
    private static final int MAX_CRUMB_CHARS = 80;
    private static final int MIN_PLAIN_TRAIL_ARROWS = 2;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:>>|»|›|→|>|＞|/|\\\\|→|::|\\|)\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LABEL_COLON = Pattern.compile("^\\s*[:：]?\\s*");
    /** A crumb that ends with a colon introduces the trail ("Sie befinden sich hier:", "位置："): it is no place. */
    private static final Pattern ENDS_WITH_COLON = Pattern.compile("[:：]\\s*$");
    private static final String ARROWS = ">»›→＞";

    private final List<String> classParts = new ArrayList<>();
    private final List<String> classTokens = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> placeholders = new ArrayList<>();

    public BreadcrumbFinder() {
        for (String line : RuleList.load("breadcrumb-markers.txt")) {
            int eq = line.indexOf('=');
            String kind = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            switch (kind) {
                case "class-part" -> classParts.add(value);
                case "class-token" -> classTokens.add(value);
                case "placeholder" -> placeholders.add(value);
                default -> labels.add(value);
            }
        }
    }

    /** The trail, and the evidence kind it was read from; empty when the page shows none. */
    public Trail find(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return Trail.NONE;
        }
        // One walk over the page collects the marked-up candidates, strongest kind first; only when none of
        // them is a trail does a second walk read every element's own text for a label or arrows.
        List<Element> declared = new ArrayList<>();
        List<Element> named = new ArrayList<>();
        List<Element> all = body.getAllElements();
        for (Element e : all) {
            if (e.hasAttr("aria-label") && (e.normalName().equals("nav") || e.attr("role").strip().equalsIgnoreCase("navigation"))
                    && e.attr("aria-label").toLowerCase(Locale.ROOT).contains("breadcrumb")) {
                declared.add(e);
            }
            if (isTrailContainer(e)) {
                named.add(e);
            }
        }
        for (Element e : declared) {
            List<String> crumbs = crumbs(e, title);
            if (!crumbs.isEmpty()) {
                return new Trail(crumbs, "breadcrumb-element");
            }
        }
        for (Element e : named) {
            List<String> crumbs = crumbs(e, title);
            // A trail printed as plain text ("홈 > 정치 > 정부") counts only with its arrows: a class such as
            // "location" also names a place line.
            if (crumbs.size() >= 1 && e.selectFirst(LINK) != null
                    || crumbs.size() >= 2 && arrows(e.text()) >= MIN_PLAIN_TRAIL_ARROWS) {
                return new Trail(crumbs, "breadcrumb-element");
            }
        }
        List<Element> labelled = new ArrayList<>();
        List<Element> arrowed = new ArrayList<>();
        for (Element e : all) {
            String own = ownText(e);
            if (own.isEmpty()) {
                continue;
            }
            String lower = own.toLowerCase(Locale.ROOT);
            for (String label : labels) {
                if (lower.contains(label)) {
                    labelled.add(e);
                    break;
                }
            }
            if (arrows(own) > 0 && e.childrenSize() >= 2) {
                arrowed.add(e);
            } else if (isLoneArrow(own) && e.parent() != null && e.parent().childrenSize() >= 3
                    && (arrowed.isEmpty() || arrowed.get(arrowed.size() - 1) != e.parent())) {
                // Separators set in elements of their own ("<a>Home</a><em>›</em><a>News</a>"): the trail is their parent.
                arrowed.add(e.parent());
            }
        }
        for (Element e : labelled) {
            if (e.text().length() <= MAX_TRAIL_CHARS) {
                List<String> crumbs = crumbs(e, title);
                if (crumbs.size() >= 2) {
                    return new Trail(crumbs, "breadcrumb-element");
                }
            }
        }
        for (Element e : arrowed) {
            String own = ownText(e);
            long links = e.children().stream().filter(c -> c.normalName().equals("a")).count();
            long arrowElements = e.children().stream().filter(c -> c.childrenSize() == 0 && isLoneArrow(c.ownText())).count();
            if (links >= 2 && arrows(own) + arrowElements >= links - 1
                    && e.text().length() <= MAX_TRAIL_CHARS) {
                List<String> crumbs = crumbs(e, title);
                if (crumbs.size() >= 2) {
                    return new Trail(crumbs, "visible-trail");
                }
            }
        }
        return Trail.NONE;
    }

    /** A text that is one arrow and nothing else, a separator set apart in an element of its own. */
    private static boolean isLoneArrow(String text) {
        String t = text.strip();
        return t.length() == 1 && ARROWS.indexOf(t.charAt(0)) >= 0 || t.equals(">>");
    }

    private static int arrows(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (ARROWS.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The element's own text, built only when it has some and it is short enough for a trail: most elements
     * have none, and a paragraph's own text is long.
     */
    private static String ownText(Element e) {
        int letters = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    if (!Character.isWhitespace(text.charAt(i)) && ++letters > MAX_TRAIL_CHARS) {
                        return "";
                    }
                }
            }
        }
        return letters == 0 ? "" : e.ownText();
    }


    /** A breadcrumb trail and where it came from. */
    public record Trail(List<String> crumbs, String evidence) {
        static final Trail NONE = new Trail(List.of(), null);
    }

    /** Drops the last crumb when it repeats the headline (whole, or cut short by the template). */
    public static List<String> withoutTitle(List<String> crumbs, String title) {
        if (crumbs.isEmpty() || title == null) {
            return crumbs;
        }
        String last = Titles.fold(crumbs.get(crumbs.size() - 1));
        String t = Titles.fold(title);
        if (!last.isEmpty() && (last.equals(t) || last.length() >= 8 && t.startsWith(last) || t.length() >= 8 && last.startsWith(t))) {
            return crumbs.subList(0, crumbs.size() - 1);
        }
        return crumbs;
    }

    private boolean isTrailContainer(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank() || e.normalName().equals("body")) {
            return false;
        }
        return (hasPart(names) || hasToken(names)) && e.text().length() <= MAX_TRAIL_CHARS;
    }

    private boolean hasPart(String names) {
        for (String part : classParts) {
            if (names.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the class or id, between white space and underscores, is a trail token. */
    private boolean hasToken(String names) {
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || names.charAt(i) == '_' || Character.isWhitespace(names.charAt(i))) {
                for (String token : classTokens) {
                    if (token.length() == i - start && names.startsWith(token, start)) {
                        return true;
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }

    private List<String> crumbs(Element container, String title) {
        List<String> crumbs = new ArrayList<>();
        collect(container, crumbs);
        List<String> cleaned = new ArrayList<>();
        for (String crumb : crumbs) {
            String c = WHITESPACE.matcher(crumb.replace('\u00A0', ' ')).replaceAll(" ").strip();
            String lower = c.toLowerCase(Locale.ROOT);
            for (String label : labels) {
                if (lower.startsWith(label)) {
                    c = LABEL_COLON.matcher(c.substring(label.length())).replaceFirst("");
                    break;
                }
            }
            if (!c.isEmpty() && Titles.fold(c).length() > 0 && c.length() <= MAX_CRUMB_CHARS
                    && !ENDS_WITH_COLON.matcher(c).find()) {
                cleaned.add(c);
            }
        }
        if (cleaned.size() > MAX_CRUMBS) {
            return List.of();
        }
        // Templates end a trail with a stand-in for the current page ("首页 > 新闻 > 正文") rather than its title.
        if (!cleaned.isEmpty() && placeholders.contains(cleaned.get(cleaned.size() - 1).toLowerCase(Locale.ROOT))) {
            return cleaned.subList(0, cleaned.size() - 1);
        }
        return withoutTitle(cleaned, title);
    }

    /** Link texts are crumbs whole; other text is split at the separators between crumbs. */
    private static void collect(Element e, List<String> out) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                for (String part : SEPARATOR.split(t.text())) {
                    if (!part.isBlank()) {
                        out.add(part);
                    }
                }
            } else if (child instanceof Element c) {
                if (c.normalName().equals("script") || c.normalName().equals("style")) {
                    continue;
                }
                if (c.normalName().equals("a") || c.select(LINK_OR_ITEM).isEmpty() && c.children().isEmpty()) {
                    if (!c.text().isBlank()) {
                        out.add(c.text());
                    }
                } else {
                    collect(c, out);
                }
            }
        }
    }
}
