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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    /**
     * The cleaning of junk boxes is skipped when it would remove more than this share of the article: what is
     * mostly short linked items is then the page itself (a directory of links, a list of products).
     */
    private static final double MAX_JUNK_SHARE = 0.7;
    /**
     * Past that share, the junk boxes without a line of prose still go while they are no more than this share of
     * the article: a bar of topic links or an emptied player inside a page of linked items is not one of its items.
     */
    private static final double MAX_BARE_JUNK_SHARE = 0.25;
    /** Fewer teasers in a row are a short box of links; their blurbs count as the page's prose. */
    private static final int MIN_TEASERS = 3;
    /** The headings below the page's headline, which head a section or a post. */
    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Pattern WHITESPACE = Pattern.compile("[ \t\n\f\r]+");
    /**
     * Characters of prose, about two sentences, that must be left out before the cut widens from a candidate the
     * template names as content: a short post's page often has one paragraph of prose elsewhere (a credit line,
     * a blog's self-description), and taking in the whole page for it costs more than it brings.
     */
    private static final int MIN_LEFT_OUT_PROSE = 200;
    /**
     * Characters of prose, a few paragraphs, from which a candidate the template names as content is the
     * article's body when the prose elsewhere comes only in blocks up to {@link #MAX_BLURB_PROSE}: teasers' blurbs
     * and promotions in the side columns. A long paragraph elsewhere is more of the article, and the cut widens.
     */
    private static final int ARTICLE_BODY_PROSE = 500;
    private static final int MAX_BLURB_PROSE = 300;

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
        List<Element> siblings = withSiblings(top, stats);
        List<Element> cut = widenIfProseLeftOut(top, siblings, body, stats);
        if (cut == siblings) {
            // The best block is a layout cell, or sits in one as a letter's blockquote or a story's inner table.
            Element cell = isLayoutCell(top) ? top : isLayoutCell(top.parent()) ? top.parent() : null;
            if (cell != null) {
                cut = withLayoutRows(cell, siblings, stats);
            }
        }
        List<Element> selection = withHeaderLead(cut, body, stats);
        boolean[] bodyStarted = {false};
        HeadlineCompanions.Lead lead = HeadlineCompanions.lead(page.document(), page.metadata().description());
        String siteHost = siteHost(page.baseUrl());
        for (Element selected : selection) {
            removeJunk(selected, stats);
            removeBoilerplateLines(selected, stats, page.metadata().title(), lead, bodyStarted, siteHost);
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
            if (sibling == top || joins(sibling, top, threshold, stats) || isHeadingOf(sibling, top)) {
                selection.add(sibling);
            }
        }
        return selection;
    }

    /**
     * A subheading written as h2 to h6 right before the best block heads it, as the title of its section or the
     * post's headline does; it has no prose to score, so the sibling test alone would leave it out. (An h1 is the
     * page's headline, which the record carries apart.)
     */
    private static boolean isHeadingOf(Element sibling, Element top) {
        return sibling.nextElementSibling() == top && SUBHEADINGS.contains(sibling.normalName());
    }

    /** Whether a block next to the best candidate joins it: it scores nearly as well, or it is all prose. */
    private boolean joins(Element sibling, Element top, double threshold, TextStatistics stats) {
        BlockStats s = stats.of(sibling);
        if (s.scored && sides.isColumn(sibling)) {
            // The side column beside the article's column is not part of it, however long its widgets.
            return false;
        }
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? stats.of(top).score * settings.siblingShare() : 0;
        return s.scored && s.score + bonus >= threshold || isProse(sibling, s);
    }

    /** A paragraph of prose, or a block that is all prose: text beside the article that reads as its own. */
    private boolean isProse(Element e, BlockStats s) {
        if (s.blocks == 0) {
            return isInlineProse(s) && !lines.isBoilerplate(e.text());
        }
        return e.normalName().equals("p") ? isProseParagraph(s) : isProseBlock(s);
    }

    /**
     * An inline element that holds a run of prose, as a {@code <font>} or {@code <span>} around paragraphs set
     * apart by line breaks does in old pages: its text is counted as its container's, so it has no prose of its
     * own to show, and it is judged by its length, links and sentences instead (and, being one line, by the
     * boilerplate line rules: a copyright line in a span reads as a sentence too).
     */
    private static boolean isInlineProse(BlockStats s) {
        return BlockStats.weighted(s.chars, s.cjk) > 80 && s.linkDensity() < 0.25 && s.stops > 0;
    }

    /** A table cell whose row sits in a table: the article column of an old table layout, perhaps. */
    private static boolean isLayoutCell(Element e) {
        Element row = e.parent();
        return e.normalName().equals("td") && row != null && row.normalName().equals("tr") && row.parent() != null;
    }

    /**
     * Old table layouts split one article over the rows of a table: a row for each section's heading and text,
     * a letter or a chapter to a row, or the text begun or carried on in bare paragraphs before or after the
     * table. The cells of the other rows join the selection as the best cell's siblings would, measured against
     * that cell (which holds the best candidate or is it), and so do the paragraphs of prose beside the table
     * (the layout boxes and footers there are no paragraphs). The own row gives what the sibling test took.
     *
     * @param cell   the table cell that is or holds the best candidate
     * @param ownRow the selection made in the cell's row, or inside the cell
     */
    private List<Element> withLayoutRows(Element cell, List<Element> ownRow, TextStatistics stats) {
        Element row = cell.parent();
        double threshold = Math.max(10, stats.of(cell).score * settings.siblingShare());
        List<Element> cells = new ArrayList<>();
        for (Element other : row.parent().children()) {
            if (other == row) {
                cells.addAll(ownRow);
            } else if (other.normalName().equals("tr")) {
                for (Element c : other.children()) {
                    if (joins(c, cell, threshold, stats)) {
                        cells.add(c);
                    }
                }
            }
        }
        Element table = row.parent().normalName().equals("table") ? row.parent() : row.parent().parent();
        if (table == null || !table.normalName().equals("table") || table.parent() == null) {
            return cells;
        }
        List<Element> selection = new ArrayList<>();
        for (Element sibling : table.parent().children()) {
            if (sibling == table) {
                selection.addAll(cells);
            } else if (sibling.normalName().equals("p") && isProseParagraph(stats.of(sibling))) {
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
        HeaderLead.Found found = headerLead.find(selection, body, stats);
        if (found == null) {
            return selection;
        }
        List<Element> withLead = new ArrayList<>(selection);
        withLead.add(found.before(), found.lead());
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
     * prose, but widening to take them in would bring a whole index page along with the article; so are the
     * boxes the page names as furniture, and a last paragraph or two of prose around a post named as content.
     */
    private List<Element> widenIfProseLeftOut(Element top, List<Element> selection, Element body,
                                              TextStatistics stats) {
        int pageProse = stats.of(body).prose;
        int selected = selection.stream().mapToInt(e -> stats.of(e).prose).sum();
        double needed = pageProse * settings.proseCoverage();
        if (pageProse == 0 || selected >= needed) {
            return selection;
        }
        List<Element> sideBoxes = sideBoxes(body, top);
        List<Element> elsewhere = outside(TeaserList.teasers(body, stats, MIN_TEASERS), sideBoxes);
        elsewhere.addAll(sideBoxes);
        elsewhere = outsideSideColumns(elsewhere, top, body);
        pageProse -= proseBelow(body, elsewhere, stats);
        needed = pageProse * settings.proseCoverage();
        boolean namedContent = words.naming(top) == ClassIdWords.Naming.CONTENT;
        if (selected >= needed || namedContent && (pageProse - selected < MIN_LEFT_OUT_PROSE
                || stats.of(top).prose >= ARTICLE_BODY_PROSE && onlyShortProseOutside(top, stats))) {
            return selection;
        }
        Element wider = top.parent();
        while (wider != null && wider != body
                && stats.of(wider).prose - proseBelow(wider, elsewhere, stats) < needed) {
            wider = wider.parent();
        }
        Element widened = wider == null ? body : wider;
        // An ancestor that is mostly links is the page's frame of menus and link columns, not the rest of the
        // article: the verdict would call the widened cut a listing, while a candidate with prose is the text.
        if (stats.of(top).prose > 0 && stats.of(widened).linkDensity() > settings.listingLinkDensity()) {
            return selection;
        }
        return withProseBeside(widened, stats);
    }

    /**
     * The widened cut with the blocks of prose beside it, as the best candidate's siblings join it: the ancestor
     * that holds enough of the page's prose can still leave out a paragraph the template set next to it (a note
     * after the columns, an introduction in a box of its own), and that paragraph is the article's as much as
     * the prose inside. Blocks of links and short labels beside it stay out.
     */
    private List<Element> withProseBeside(Element widened, TextStatistics stats) {
        Element parent = widened.parent();
        if (parent == null || widened == widened.ownerDocument().body()) {
            return List.of(widened);
        }
        List<Element> selection = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == widened || isProse(sibling, stats.of(sibling))) {
                selection.add(sibling);
            }
        }
        return selection;
    }

    /** Whether every block of prose outside {@code top} is short, as teasers' blurbs and promotions are. */
    private boolean onlyShortProseOutside(Element top, TextStatistics stats) {
        for (Map.Entry<Element, BlockStats> entry : stats.entries()) {
            BlockStats s = entry.getValue();
            if (s.ownChars > MAX_BLURB_PROSE && s.ownLinkChars * 3 < s.ownChars
                    && BlockStats.weighted(s.ownChars, s.ownCjk) >= settings.proseMinChars()
                    && !CandidateScorer.isAncestor(top, entry.getKey())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The outermost boxes the page names as furniture (a side column, a widget, a box of related stories) that
     * the cleaner kept because they hold prose, outside the candidate and its ancestors: their prose is the
     * side column's, and widening to take it in would bring the column along with a short article.
     */
    private List<Element> sideBoxes(Element body, Element top) {
        List<Element> boxes = new ArrayList<>();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || depth == 0) {
                    return FilterResult.CONTINUE;
                }
                if (e == top) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                ClassIdWords.Naming naming = words.naming(e);
                if ((naming == ClassIdWords.Naming.BOILERPLATE || naming == ClassIdWords.Naming.WEAK_BOILERPLATE)
                        && !CandidateScorer.isAncestor(e, top)) {
                    boxes.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        });
        return boxes;
    }

    /**
     * The teasers and side boxes with the page's side columns in their place, when the article is not in one: a
     * sidebar's text widgets read as prose too, and widening to take them in brings the sidebar and the footer
     * along. A box inside a column is counted with its column; a column inside a box, with its box.
     */
    private List<Element> outsideSideColumns(List<Element> boxes, Element top, Element body) {
        if (sides.contains(top, body)) {
            return boxes;
        }
        List<Element> columns = sides.below(body);
        if (columns.isEmpty()) {
            return boxes;
        }
        List<Element> discounted = new ArrayList<>();
        for (Element box : boxes) {
            if (!sides.contains(box, body)) {
                discounted.add(box);
            }
        }
        List<Element> outerBoxes = List.copyOf(discounted);
        for (Element column : columns) {
            if (outerBoxes.stream().noneMatch(box -> CandidateScorer.isAncestor(box, column))) {
                discounted.add(column);
            }
        }
        return discounted;
    }

    /** The teasers that are not inside one of the side boxes, whose prose is counted already. */
    private static List<Element> outside(List<Element> teasers, List<Element> sideBoxes) {
        List<Element> kept = new ArrayList<>(teasers.size());
        for (Element teaser : teasers) {
            if (sideBoxes.stream().noneMatch(box -> CandidateScorer.isAncestor(box, teaser))) {
                kept.add(teaser);
            }
        }
        return kept;
    }

    /** The prose of the teasers and side boxes that sit below {@code root}. */
    private static int proseBelow(Element root, List<Element> boxes, TextStatistics stats) {
        int prose = 0;
        for (Element box : boxes) {
            if (CandidateScorer.isAncestor(root, box)) {
                prose += stats.of(box).prose;
            }
        }
        return prose;
    }

    private void removeJunk(Element selected, TextStatistics stats) {
        List<Element> boxes = junk.junk(selected, stats);
        int removed = boxes.stream().mapToInt(e -> stats.of(e).chars).sum();
        int total = stats.of(selected).chars;
        if (total > 0 && removed > total * MAX_JUNK_SHARE) {
            List<Element> bare = boxes.stream().filter(e -> stats.of(e).prose == 0).toList();
            int bareChars = bare.stream().mapToInt(e -> stats.of(e).chars).sum();
            if (bareChars <= total * MAX_BARE_JUNK_SHARE) {
                Removal.removeAll(bare);
            }
            return;
        }
        Removal.removeAll(boxes);
    }

    /** The page's host without "www.", or empty when the page has no address. */
    private static String siteHost(String url) {
        String host = LinkLines.host(url == null ? "" : url);
        return host == null ? "" : host;
    }

    /** @param bodyStarted set once a paragraph of prose is seen, shared by the blocks of one selection */
    private void removeBoilerplateLines(Element selected, TextStatistics stats, String title,
                                        HeadlineCompanions.Lead lead, boolean[] bodyStarted, String siteHost) {
        int[] leafBlocksSeen = {0};
        // The block after the last teaser link dropped: the run it began goes on there, though its first link is gone.
        Element[] teaserRunNext = {null};
        selected.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                FilterResult result = verdict(node, depth);
                if (result == FilterResult.REMOVE && depth == 0) {
                    // Jsoup does not remove the root of a filter; a selected sibling block may be a line too.
                    node.remove();
                    return FilterResult.STOP;
                }
                return result;
            }

            private FilterResult verdict(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                // An inline element selected on its own (a run of prose beside the best block) is a block of the
                // article, and is read as one.
                if (depth > 0 && !BlockTags.isBlock(e.normalName())) {
                    return isLooseLine(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                BlockStats s = stats.of(e);
                boolean leaf = s.blocks <= 1;
                // The notices run past the line rules' reach: longer than a line, or a line with the commas of a
                // sentence, which the line rules pass over as prose.
                if (leaf && (s.chars > settings.lineFilterMaxChars() || s.chars > 0 && !mayBeFurniture(s))
                        && s.chars <= BoilerplateLines.MAX_NOTICE_CHARS && lines.isNotice(e.text())) {
                    return FilterResult.REMOVE;
                }
                if (s.chars == 0 || s.chars > settings.lineFilterMaxChars()) {
                    if (leaf && s.chars > 0) {
                        dropLooseLines(e, true);
                    }
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
                if (leaf && bodyStarted[0] && s.linkChars > 0 && lines.isTeaserLink(e, siteHost, e == teaserRunNext[0])) {
                    teaserRunNext[0] = e.nextElementSibling();
                    return FilterResult.REMOVE;
                }
                if (leaf) {
                    dropLooseLines(e, false);
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

    /**
     * The lines of a block of text set in lines by breaks ("…말했다.<br><br>ⓒ 한결일보 - 무단전재 및 재배포 금지",
     * "Next: …<br><a>Back to archives</a>", "A source.<br>Return to citation in text: [<a>1</a>]"), where older
     * templates print the copyright or a link back inside the text: the text and inline elements between two
     * breaks, each read with the rules for text alone, as a block would be. A block without a break is one line,
     * read as a whole. The labelled metadata lines ("Source: …", "by Jane - 12:04") are read only on the last line
     * of a long block, under the text: between lines, and under a few short ones, they head or close an entry (a
     * comment, a reference) that some pages count as their text.
     *
     * @param longBlock whether the block runs past the line rules' limit
     */
    private void dropLooseLines(Element e, boolean longBlock) {
        List<Node> line = new ArrayList<>();
        boolean broken = false;
        for (Node node : new ArrayList<>(e.childNodes())) {
            if (isBreak(node)) {
                broken = true;
                // The break that ended a dropped line goes with it, so that no empty line is left in its place.
                if (dropIfFurniture(line, false) && node instanceof Element br && br.normalName().equals("br")) {
                    br.remove();
                }
                line.clear();
            } else {
                line.add(node);
            }
        }
        if (broken) {
            dropIfFurniture(line, longBlock);
        }
    }

    /**
     * @param withLabels whether a labelled metadata line counts too (see {@link #dropLooseLines})
     * @return whether the line was furniture and is gone
     */
    private boolean dropIfFurniture(List<Node> line, boolean withLabels) {
        if (line.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (Node part : line) {
            if (part instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (part instanceof Element inline) {
                text.append(inline.text());
            }
        }
        // Collapsed as a reader sees the line, and as Jsoup collapses a block's text for the block rules.
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (collapsed.length() <= settings.lineFilterMaxChars()
                && (withLabels ? lines.isBoilerplate(collapsed) : lines.isFurnitureLine(collapsed))) {
            line.forEach(Node::remove);
            return true;
        }
        return false;
    }

    /** A line break, rule or block: where a line of a block set in lines ends. */
    private static boolean isBreak(Node node) {
        return node instanceof Element n && (n.normalName().equals("br") || n.normalName().equals("hr")
                || BlockTags.isBlock(n.normalName()));
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
