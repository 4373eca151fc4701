package dev.winnow.clean;

import dev.winnow.extract.Removal;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prunes what is clearly not article content, in one pass over the tree: elements that never hold text
 * (scripts, forms' controls, navigation), hidden elements (but the full text of a "more" toggle,
 * {@link TruncatedPreviews}), elements whose ARIA role is page furniture, and
 * elements whose class or id names them as boilerplate. Page headers, footers, side columns and elements named
 * as boilerplate are kept when they hold most of the page's text: some templates put the whole article inside
 * one of them, and pruning it would leave nothing to extract. For the same reason all furniture stays when
 * pruning it would leave next to nothing and no paragraph of prose (a page that is only a side column).
 */
public final class BoilerplateCleaner {

    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
    private static final Evaluator H1 = QueryParser.parse("h1");

    private static final Set<String> FURNITURE_TAGS = Set.of("header", "footer", "aside");

    /**
     * Page furniture is kept when pruning it would leave less than this share of the page's text and no paragraph
     * of prose: a page made of nothing else (a blog's side column saved alone, a site map) is better judged whole
     * than emptied, while a short post among long side columns still loses them.
     */
    private static final double MIN_LEFT_SHARE = 0.05;

    /**
     * How far above a caption its lead picture's container may sit: the figure, a wrapper, the container. A
     * caption deeper below a header or a "featured" box belongs to a picture of its own further down.
     */
    private static final int LEAD_PICTURE_LEVELS = 3;
    private static final Set<String> CAPTION_WORDS = Set.of("caption");
    private static final Set<String> HIDDEN_CLASSES = Set.copyOf(RuleList.load("hidden-classes.txt"));

    private final ClassIdWords words;
    private final Set<String> tags = Set.copyOf(RuleList.load("boilerplate-tags.txt"));
    private final Set<String> roles = Set.copyOf(RuleList.load("boilerplate-roles.txt"));
    private final ServerErrorLines serverErrors = new ServerErrorLines();
    private final Set<String> leadPictureWords = Set.copyOf(RuleList.load("boilerplate-lead-pictures.txt"));
    private final double protectedShare;
    private final int proseChars;
    private final boolean keepComments;

    /**
     * @param protectedShare the share of the page's text above which a boilerplate-looking element is kept
     * @param proseChars     weighted length of a run of text that makes a weakly named element worth keeping
     * @param keepComments   leave sections of reader comments in the tree, for the extractor to set apart
     */
    public BoilerplateCleaner(ClassIdWords words, double protectedShare, int proseChars, boolean keepComments) {
        this.words = words;
        this.protectedShare = protectedShare;
        this.proseChars = proseChars;
        this.keepComments = keepComments;
    }

    public Page clean(Page page) {
        Element body = page.document().body();
        if (body != null) {
            long pageText = rawTextLength(body);
            Pruner pruner = new Pruner(pageText, isScriptedPage(body), body.selectFirst(H1));
            body.filter(pruner);
            Removal.removeAll(pruner.serverErrors);
            boolean enoughLeft = pruner.furnitureText <= pageText * (1 - MIN_LEFT_SHARE);
            if (enoughLeft || holdsProseOutside(body, pruner.furniture)) {
                Removal.removeAll(pruner.furniture);
            }
        }
        return page;
    }

    /**
     * Removes what never holds text and what is hidden at once; collects the elements that are furniture by
     * name, tag or role, for {@link #clean} to remove when enough is left without them.
     */
    private final class Pruner implements NodeFilter {
        private final long pageText;
        private final List<Element> furniture = new ArrayList<>();
        private final List<Node> serverErrors = new ArrayList<>();
        private final boolean keepNoscripts;
        /** The page's first headline: the article's, which teasers of other stories further down never hold. */
        private final Element headline;
        private long furnitureText;

        Pruner(long pageText, boolean keepNoscripts, Element headline) {
            this.pageText = pageText;
            this.keepNoscripts = keepNoscripts;
            this.headline = headline;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
                return FilterResult.REMOVE;
            }
            if (!(node instanceof Element element) || depth == 0) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (tag.equals("noscript") && keepNoscripts && holdsProse(element)) {
                return FilterResult.CONTINUE;
            }
            if (tags.contains(tag) || isHidden(element) && !TruncatedPreviews.completesPreview(element)
                    || isLeadPictureCaption(element, tag)) {
                return FilterResult.REMOVE;
            }
            List<Node> message = BoilerplateCleaner.this.serverErrors.messageOpenedBy(element);
            if (!message.isEmpty()) {
                serverErrors.addAll(message);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (keepComments && words.isComments(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            ClassIdWords.Naming naming = words.naming(element);
            if (tag.equals("header") && isArticleHeader(element)
                    || tag.equals("aside") && isArticleAside(element, naming)) {
                return FilterResult.CONTINUE;
            }
            boolean furniture = (FURNITURE_TAGS.contains(tag)
                    || roles.contains(element.attr("role").toLowerCase(Locale.ROOT))
                    || naming == ClassIdWords.Naming.BOILERPLATE && !holdsHeadlineAndProse(element, headline))
                    && !holdsMostText(element);
            if (furniture && words.isComments(element)) {
                // Reader comments can outweigh the article many times; they never make the page whole again.
                return FilterResult.REMOVE;
            }
            if (furniture || naming == ClassIdWords.Naming.WEAK_BOILERPLATE && !holdsProse(element)) {
                this.furniture.add(element);
                furnitureText += rawTextLength(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }

        private boolean holdsMostText(Element element) {
            return pageText > 0 && rawTextLength(element) > pageText * protectedShare;
        }
    }

    /**
     * The caption of the article's lead picture: a figcaption, or an element named as a caption, a few levels
     * below a header or below a container named as the featured picture. It describes the picture above the
     * article, not the article, and hand-labelled corpora leave it out; captions of pictures further down stay,
     * since some corpora count those as the article's text.
     */
    private boolean isLeadPictureCaption(Element element, String tag) {
        if (!tag.equals("figcaption")) {
            String className = element.className();
            // A cheap look at the class first: most elements are not captions, and splitting names costs more.
            if (!className.contains("caption") && !className.contains("Caption")
                    || !ClassIdWords.hasWord(element, CAPTION_WORDS)) {
                return false;
            }
        }
        Element container = element.parent();
        for (int level = 0; level < LEAD_PICTURE_LEVELS && container != null; level++) {
            if (container.normalName().equals("header") || ClassIdWords.hasWord(container, leadPictureWords)) {
                return true;
            }
            container = container.parent();
        }
        return false;
    }

    /**
     * A page whose prose is all inside noscript elements: its template prints the article only for readers
     * without scripts and fills the page from a script otherwise, so the noscript text is the article. Elsewhere
     * a noscript's prose is a notice or a copy of something shown anyway, and goes.
     */
    private boolean isScriptedPage(Element body) {
        List<Element> noscripts = body.getElementsByTag("noscript");
        return !noscripts.isEmpty() && !holdsProseOutside(body, noscripts)
                && noscripts.stream().anyMatch(this::holdsProse);
    }

    /**
     * A wrapper named as boilerplate by one word of a compound class (a layout or script hook) that holds the
     * page's headline (its first h1) and prose below it: the article, which a side column or a menu never holds.
     * A teaser of another story, named as related and holding that story's own h1 further down, is no article.
     */
    private boolean holdsHeadlineAndProse(Element element, Element headline) {
        if (headline == null) {
            return false;
        }
        for (Element e = headline; e != null; e = e.parent()) {
            if (e == element) {
                return holdsProse(element);
            }
        }
        return false;
    }

    /**
     * The header of the article itself, not of the site: inside an article or main element, or holding the
     * page's headline. It carries the title and often the lead paragraph, which belongs to the text.
     */
    private static boolean isArticleHeader(Element header) {
        return header.closest(ARTICLE_OR_MAIN) != null || header.selectFirst(H1) != null;
    }

    /**
     * An aside that is the article, not a side column: it holds the page's headline, or is named as content and
     * holds prose. Some templates wrap the whole story in one, and pruning it empties the page.
     */
    private boolean isArticleAside(Element aside, ClassIdWords.Naming naming) {
        return aside.selectFirst(H1) != null || naming == ClassIdWords.Naming.CONTENT && holdsProse(aside);
    }

    /** A paragraph of prose below {@code root} outside links and outside the {@code excluded} elements. */
    private boolean holdsProseOutside(Element root, List<Element> excluded) {
        Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        skip.addAll(excluded);
        boolean[] found = {false};
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && (skip.contains(e) || e.normalName().equals("a") && e.hasAttr("href"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && weightedLength(text.getWholeText()) >= proseChars) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    /** A paragraph of prose below: one run of text, outside links, of at least {@code proseChars} characters. */
    private boolean holdsProse(Element element) {
        return holdsProseOutside(element, List.of());
    }

    /** Non-space characters, a CJK character weighing three, as the extractor measures text. */
    private static int weightedLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                length += c >= 0x3040 && c <= 0x9fff ? 3 : 1;
            }
        }
        return length;
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || hasHiddenClass(element)) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * A class name that the usual stylesheets hide ({@code hidden-classes.txt}), with no class beside it that
     * shows the element again at some screen width: one with a breakpoint prefix ("md:block") or one that sets a
     * display ("d-lg-block", "visible-md").
     */
    private static boolean hasHiddenClass(Element element) {
        String className = element.className();
        // The frameworks write these names in lower case; most elements hold none, and a look for the letters
        // the list's names share spares them the split.
        if (!className.contains("hid")) {
            return false;
        }
        boolean hidden = false;
        for (String name : element.classNames()) {
            if (HIDDEN_CLASSES.contains(name)) {
                hidden = true;
            } else if (showsAgain(name)) {
                return false;
            }
        }
        return hidden;
    }

    private static boolean showsAgain(String className) {
        return className.indexOf(':') >= 0 || className.startsWith("visible") || className.startsWith("d-");
    }

    /** Characters of text below an element, white space included: cheap, and enough for comparing shares. */
    static long rawTextLength(Element root) {
        long[] total = {0};
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                total[0] += text.getWholeText().length();
            }
        });
        return total[0];
    }
}
