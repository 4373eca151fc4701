package dev.winnow.extract;

import dev.winnow.clean.ClassIdWords;
import dev.winnow.pipeline.Article;
import dev.winnow.pipeline.Outcome;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.RejectReason;
import dev.winnow.render.BlockTags;
import dev.winnow.render.TextRenderer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the article in a cleaned page. The steps, each a class of its own: count the text below every element
 * once ({@link TextStatistics}); score candidates ({@link CandidateScorer}); take the best with the sibling
 * blocks that score nearly as well; widen the cut to an ancestor when it leaves out much of the page's prose
 * (pages without one article container, such as old table layouts); drop junk boxes inside it
 * ({@link ConditionalCleaner}) unless that would leave too little; drop boilerplate lines and the repeated
 * headline; and last, judge whether what is left is an article.
 */
public final class ArticleExtractor {

    /** Only the first few blocks of a body can be the headline shown again. */
    private static final int HEADLINE_BLOCKS = 3;
    /** The cleaning of junk boxes is skipped when it would remove more than this share of the article. */
    private static final double MAX_JUNK_SHARE = 0.7;
    /** Fewer teasers in a row are a short box of links; their blurbs count as the page's prose. */
    private static final int MIN_TEASERS = 3;

    private final ClassIdWords words;
    private final BoilerplateLines lines;
    private final ExtractionSettings settings;
    private final SideColumns sides;
    private final CandidateScorer scorer;
    private final ConditionalCleaner junk;
    private final TextRenderer commentRenderer = new TextRenderer();
    private final HeadlineCompanions companions = new HeadlineCompanions();
    private final HeaderLead headerLead = new HeaderLead();

    public ArticleExtractor(ClassIdWords words, BoilerplateLines lines, ExtractionSettings settings) {
        this.words = words;
        this.lines = lines;
        this.settings = settings;
        this.sides = new SideColumns(words);
        this.scorer = new CandidateScorer(words, settings, sides);
        this.junk = new ConditionalCleaner(scorer, settings.linkDensityBonus());
    }

    public Page extract(Page page) {
        Element body = page.document().body();
        if (body == null) {
            return page.withArticle(Article.chosen(new Element("div")), Outcome.rejected(RejectReason.EMPTY));
        }
        String comments = settings.keepComments() ? takeComments(body) : null;
        TextStatistics stats = TextStatistics.of(body, settings.proseMinChars());
        Element top = scorer.choose(body, stats);
        List<Element> selection = withHeaderLead(widenIfProseLeftOut(top, withSiblings(top, stats), body, stats),
                body, stats);
        boolean[] bodyStarted = {false};
        HeadlineCompanions.Lead lead = HeadlineCompanions.lead(page.document(), page.metadata().description());
        for (Element selected : selection) {
            removeJunk(selected, stats);
            removeBoilerplateLines(selected, stats, page.metadata().title(), lead, bodyStarted);
        }
        Element root = new Element("div");
        for (Element selected : selection) {
            if (selected == body) {
                root.appendChildren(new ArrayList<>(body.childNodes()));
            } else if (selected.parent() != null) {
                root.appendChild(selected);
            }
        }
        return page.withArticle(Article.chosen(root).withComments(comments), verdict(root));
    }

    private List<Element> withSiblings(Element top, TextStatistics stats) {
        Element parent = top.parent();
        if (parent == null || top == top.ownerDocument().body()) {
            return List.of(top);
        }
        BlockStats best = stats.of(top);
        double threshold = Math.max(10, best.score * settings.siblingShare());
        List<Element> selection = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                selection.add(sibling);
                continue;
            }
            BlockStats s = stats.of(sibling);
            if (s.scored && sides.isColumn(sibling)) {
                // The side column beside the article's column is not part of it, however long its widgets.
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? best.score * settings.siblingShare() : 0;
            if (s.scored && s.score + bonus >= threshold) {
                selection.add(sibling);
            } else if (sibling.normalName().equals("p") ? isProseParagraph(s) : isProseBlock(s)) {
                selection.add(sibling);
            }
        }
        return selection;
    }

    /** The selection with the lead paragraph of the article's header before it, when it was left out. */
    private List<Element> withHeaderLead(List<Element> selection, Element body, TextStatistics stats) {
        if (selection.get(0) == body) {
            return selection;
        }
        Element lead = headerLead.find(selection, body, stats);
        if (lead == null) {
            return selection;
        }
        List<Element> withLead = new ArrayList<>(selection.size() + 1);
        withLead.add(lead);
        withLead.addAll(selection);
        return withLead;
    }

    /** A sibling that is all prose, such as a lead paragraph in its own wrapper before the body. */
    private static boolean isProseBlock(BlockStats s) {
        return s.chars > 0 && s.prose >= 0.8 * s.chars && s.linkDensity() < 0.25 && s.stops > 0;
    }

    private static boolean isProseParagraph(BlockStats s) {
        double length = BlockStats.weighted(s.chars, s.cjk);
        double linkDensity = s.linkDensity();
        return length > 80 && linkDensity < 0.25 || length > 0 && length <= 80 && linkDensity == 0 && s.stops > 0;
    }

    /**
     * The safety valve for pages whose text is not in one container: when the selection holds less than the
     * configured share of the page's prose, the nearest ancestor that holds enough is taken instead. The blurbs
     * of teaser lists (other stories, each under its linked headline) are left out of the count: they read as
     * prose, but widening to take them in would bring a whole index page along with the article.
     */
    private List<Element> widenIfProseLeftOut(Element top, List<Element> selection, Element body,
                                              TextStatistics stats) {
        int pageProse = stats.of(body).prose;
        int selected = selection.stream().mapToInt(e -> stats.of(e).prose).sum();
        double needed = pageProse * settings.proseCoverage();
        if (pageProse == 0 || selected >= needed) {
            return selection;
        }
        List<Element> teasers = outsideSideColumns(TeaserList.teasers(body, stats, MIN_TEASERS), top, body);
        pageProse -= teaserProse(body, teasers, stats);
        needed = pageProse * settings.proseCoverage();
        if (selected >= needed) {
            return selection;
        }
        Element wider = top.parent();
        while (wider != null && wider != body
                && stats.of(wider).prose - teaserProse(wider, teasers, stats) < needed) {
            wider = wider.parent();
        }
        return List.of(wider == null ? body : wider);
    }

    /**
     * The teasers with the page's side columns in their place, when the article is not in one: a sidebar's text
     * widgets read as prose too, and widening to take them in brings the sidebar and the footer along.
     */
    private List<Element> outsideSideColumns(List<Element> teasers, Element top, Element body) {
        if (sides.contains(top, body)) {
            return teasers;
        }
        List<Element> columns = sides.below(body);
        if (columns.isEmpty()) {
            return teasers;
        }
        List<Element> discounted = new ArrayList<>(columns);
        for (Element teaser : teasers) {
            if (!sides.contains(teaser, body)) {
                discounted.add(teaser);
            }
        }
        return discounted;
    }

    /** The prose of the teasers that sit below {@code root}. */
    private static int teaserProse(Element root, List<Element> teasers, TextStatistics stats) {
        int prose = 0;
        for (Element teaser : teasers) {
            for (Element e = teaser; e != null; e = e.parent()) {
                if (e == root) {
                    prose += stats.of(teaser).prose;
                    break;
                }
            }
        }
        return prose;
    }

    private void removeJunk(Element selected, TextStatistics stats) {
        List<Element> boxes = junk.junk(selected, stats);
        int removed = boxes.stream().mapToInt(e -> stats.of(e).chars).sum();
        int total = stats.of(selected).chars;
        if (total > 0 && removed > total * MAX_JUNK_SHARE) {
            return;
        }
        Removal.removeAll(boxes);
    }

    /** @param bodyStarted set once a paragraph of prose is seen, shared by the blocks of one selection */
    private void removeBoilerplateLines(Element selected, TextStatistics stats, String title,
                                        HeadlineCompanions.Lead lead, boolean[] bodyStarted) {
        int[] leafBlocksSeen = {0};
        selected.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                FilterResult result = verdict(node);
                if (result == FilterResult.REMOVE && depth == 0) {
                    // Jsoup does not remove the root of a filter; a selected sibling block may be a line too.
                    node.remove();
                    return FilterResult.STOP;
                }
                return result;
            }

            private FilterResult verdict(Node node) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (!BlockTags.isBlock(e.normalName())) {
                    return isLooseLine(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                BlockStats s = stats.of(e);
                boolean leaf = s.blocks <= 1;
                if (leaf && s.chars > settings.lineFilterMaxChars() && s.chars <= BoilerplateLines.MAX_NOTICE_CHARS
                        && lines.isNotice(e.text())) {
                    return FilterResult.REMOVE;
                }
                if (s.chars == 0 || s.chars > settings.lineFilterMaxChars()) {
                    bodyStarted[0] |= leaf && s.prose > 0;
                    return FilterResult.CONTINUE;
                }
                String text = e.text();
                if (leaf && leafBlocksSeen[0] < HEADLINE_BLOCKS && !text.isBlank()) {
                    leafBlocksSeen[0]++;
                    if (HeadlineRepeat.repeats(text, title)) {
                        return FilterResult.REMOVE;
                    }
                }
                if (mayBeFurniture(s) && lines.isBoilerplate(e, text, s.linkChars, !bodyStarted[0])
                        || companions.isCompanion(e, text, lead, !bodyStarted[0])) {
                    return FilterResult.REMOVE;
                }
                bodyStarted[0] |= leaf && s.prose > 0;
                return leaf ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
            }
        });
    }

    /**
     * An inline element that makes a line of its own between blocks or line breaks, such as a link back to a
     * list after the last paragraph, or a rating widget's bold question: it is never tested as a block, and the
     * block around it is too long to be one line, so it is read with the rules for text alone.
     */
    private boolean isLooseLine(Element e) {
        if (!isLineEdge(e.previousSibling(), true) || !isLineEdge(e.nextSibling(), false)) {
            return false;
        }
        String text = e.text();
        return !text.isBlank() && text.length() <= settings.lineFilterMaxChars() && lines.isBoilerplate(text);
    }

    /** Whether the node next to an inline element ends its line there: a block, a line break, or nothing. */
    private static boolean isLineEdge(Node node, boolean before) {
        while (node instanceof TextNode t && t.isBlank()) {
            node = before ? node.previousSibling() : node.nextSibling();
        }
        if (node == null) {
            return true;
        }
        return node instanceof Element n && (n.normalName().equals("br") || n.normalName().equals("hr")
                || BlockTags.isBlock(n.normalName()));
    }

    /**
     * Furniture lines are short or carry no sentence structure; a block of over a hundred characters with
     * several commas is prose, and skipping it saves the line rules on most of an article's paragraphs.
     */
    private static boolean mayBeFurniture(BlockStats s) {
        return s.chars <= 100 || s.commas < 2;
    }

    private Outcome verdict(Element root) {
        TextStatistics stats = TextStatistics.of(root, settings.proseMinChars());
        BlockStats s = stats.of(root);
        if (s.chars == 0) {
            return Outcome.rejected(RejectReason.EMPTY);
        }
        if (s.linkDensity() > settings.listingLinkDensity() || TeaserList.isListing(root, stats)) {
            return Outcome.rejected(RejectReason.LISTING);
        }
        if (BlockStats.weighted(s.chars, s.cjk) < settings.minArticleChars()) {
            return Outcome.rejected(RejectReason.TOO_SHORT);
        }
        return Outcome.article();
    }

    /** Reader comments, set apart before scoring so that they neither win nor join the article. */
    private String takeComments(Element body) {
        List<Element> sections = new ArrayList<>();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && depth > 0 && words.isComments(e)) {
                    sections.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        });
        List<String> texts = new ArrayList<>();
        for (Element section : sections) {
            section.remove();
            String text = commentRenderer.render(section);
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }
}
