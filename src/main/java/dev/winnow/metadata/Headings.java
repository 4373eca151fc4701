package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The page's headings as headline candidates: hidden headings (screen-reader only, {@code hidden}) and logo
 * headings (the site's name, a link to the home page) left out, and kickers inside a heading
 * ({@code rules/headline-parts.txt}) left out of its text.
 */
public final class Headings {

    private static final Evaluator LINK = QueryParser.parse("a[href]");

    /** A heading and its text without kicker parts. */
    public record Heading(Element element, String text) {
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:|–—-]+");
    private static final Pattern HOME_LINK = Pattern.compile("(?i)^(?:.*://[^/]+)?/?(?:index\\.\\w+)?$");
    /** A date in digits, year first ("2016-11-08", "2016年11月8日", "2016/11/08"). */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private final List<String> kickers = new ArrayList<>();
    private final List<String> hidden = new ArrayList<>();
    private final List<String> logos = new ArrayList<>();

    public Headings() {
        for (String line : RuleList.load("headline-parts.txt")) {
            int eq = line.indexOf('=');
            String word = line.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            switch (line.substring(0, eq).strip()) {
                case "kicker" -> kickers.add(word);
                case "hidden" -> hidden.add(word);
                default -> logos.add(word);
            }
        }
    }

    /** The visible, non-logo ones of the page's headings of some levels ({@code headings}, in document order). */
    public List<Heading> find(List<Element> headings) {
        List<Heading> out = new ArrayList<>();
        Map<Element, Boolean> excluded = new IdentityHashMap<>();
        for (Element h : headings) {
            if (inExcludedPart(h, excluded) || isHomeLink(h)) {
                continue;
            }
            String text = textWithoutKickers(h);
            if (!Titles.fold(text).isEmpty()) {
                out.add(new Heading(h, text));
            }
        }
        return out;
    }

    /**
     * Whether the heading or a part it sits in is hidden or a logo. The verdict of each ancestor is kept in
     * {@code excluded}, since the headings of a page share most of their ancestors.
     */
    private boolean inExcludedPart(Element h, Map<Element, Boolean> excluded) {
        List<Element> path = new ArrayList<>();
        boolean verdict = false;
        for (Element e = h; e != null && !e.normalName().equals("body"); e = e.parent()) {
            Boolean known = excluded.get(e);
            if (known != null) {
                verdict = known;
                break;
            }
            path.add(e);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            Element e = path.get(i);
            verdict = verdict || e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find()
                    || named(e, hidden) || named(e, logos);
            excluded.put(e, verdict);
        }
        return verdict;
    }

    /** A heading that is one link to the home page is the site's logo. */
    private static boolean isHomeLink(Element h) {
        List<Element> links = h.select(LINK);
        return links.size() == 1 && HOME_LINK.matcher(links.get(0).attr("href").strip()).matches()
                && links.get(0).text().strip().equals(h.text().strip());
    }

    private String textWithoutKickers(Element h) {
        StringBuilder out = new StringBuilder();
        append(h, out, leadingKicker(h), trailingDateLine(h));
        String text = WHITESPACE.matcher(out.toString().replace('\u00A0', ' ')).replaceAll(" ").strip();
        return LEADING_PUNCTUATION.matcher(text).replaceAll("");
    }

    /**
     * A kicker set apart by markup alone, whatever its class: the heading (or the one element wrapping its
     * text) opens with an element that is a block of its own, a {@code <small>}, or is followed by a line
     * break, and more headline text follows it ("<h1><div>100th birthday</div> Survivor turns 100</h1>").
     * An inline element running into the text ("<h1><em>Apple</em> launches…") is part of the headline.
     */
    private static Element leadingKicker(Element h) {
        Element container = h;
        List<Node> parts = significant(container);
        while (parts.size() == 1 && parts.get(0) instanceof Element only && !only.normalName().equals("br")) {
            container = only;
            parts = significant(container);
        }
        if (parts.size() < 2 || !(parts.get(0) instanceof Element first) || first.normalName().equals("br")) {
            return null;
        }
        Node next = parts.get(1);
        boolean apart = first.isBlock() || first.normalName().equals("small")
                || next instanceof Element e && e.normalName().equals("br");
        if (!apart) {
            return null;
        }
        StringBuilder rest = new StringBuilder();
        for (Node n : parts.subList(1, parts.size())) {
            rest.append(n instanceof TextNode t ? t.text() : ((Element) n).text()).append(' ');
        }
        String kicker = Titles.fold(first.text());
        String headline = Titles.fold(rest.toString());
        return !kicker.isEmpty() && headline.length() > kicker.length() ? first : null;
    }

    /**
     * The article's date line that a template prints inside the headline, after a line break ("<h1>Headline<br>
     * <span>2016-11-08 14:05 来源：… 作者：…</span></h1>"): an element closing the heading, after a break and
     * the headline's text, that holds a date.
     */
    private static Element trailingDateLine(Element h) {
        List<Node> parts = significant(h);
        int n = parts.size();
        if (n < 3 || !(parts.get(n - 1) instanceof Element last) || last.normalName().equals("br")
                || !(parts.get(n - 2) instanceof Element br) || !br.normalName().equals("br")) {
            return null;
        }
        return NUMERIC_DATE.matcher(last.text()).find() ? last : null;
    }

    /** The child nodes that show something: text, elements with letters or digits, and line breaks. */
    private static List<Node> significant(Element e) {
        List<Node> out = new ArrayList<>();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t ? !t.isBlank()
                    : child instanceof Element c && (c.normalName().equals("br") || !Titles.fold(c.text()).isEmpty())) {
                out.add(child);
            }
        }
        return out;
    }

    private void append(Element e, StringBuilder out, Element leadingKicker, Element trailingDateLine) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element c && c != leadingKicker && c != trailingDateLine && !named(c, kickers)
                    && !c.normalName().equals("style") && !c.normalName().equals("script")) {
                if (c.normalName().equals("br")) {
                    out.append(' ');
                }
                append(c, out, leadingKicker, trailingDateLine);
                if (c.isBlock()) {
                    out.append(' ');
                }
            }
        }
    }

    private static boolean named(Element e, List<String> words) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        // Tokens split by hand at white space, then at BEM's "__" and "--": this runs for every ancestor of
        // every heading, where a regular expression split per call costs more than the rest of the check.
        int n = names.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(names.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(names.charAt(end))) {
                end++;
            }
            int start = i;
            for (int j = i; j <= end; j++) {
                if (j == end || j + 1 < end && (names.startsWith("__", j) || names.startsWith("--", j))) {
                    if (j > start && matches(names.substring(start, j), words)) {
                        return true;
                    }
                    start = j + 2;
                    j++;
                }
            }
            i = end;
        }
        return false;
    }

    private static boolean matches(String part, List<String> words) {
        for (String word : words) {
            int w = word.length();
            int p = part.length();
            if (part.equals(word)
                    || p > w && part.endsWith(word) && isJoiner(part.charAt(p - w - 1))
                    || p > w && part.startsWith(word) && isJoiner(part.charAt(w))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '_';
    }
}
