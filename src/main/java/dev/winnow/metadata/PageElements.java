package dev.winnow.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements the metadata finders look up by their markup (meta, link and script tags, time-like elements,
 * headings, elements with an itemprop, property or rel attribute), gathered in one walk of the page. Each
 * {@code doc.select} of the finders walked the whole page; they now filter these short lists, which keep
 * document order, so they see the same elements in the same order.
 */
final class PageElements implements AutoCloseable {

    /** The index of the page the metadata stage is reading on this thread. */
    private static final ThreadLocal<PageElements> CURRENT = new ThreadLocal<>();

    private final Document doc;
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> links = new ArrayList<>();
    private final List<Element> scripts = new ArrayList<>();
    private final List<Element> timeLike = new ArrayList<>();
    private final List<Element> headings = new ArrayList<>();
    private final List<Element> marked = new ArrayList<>();

    private PageElements(Document doc) {
        this.doc = doc;
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Element e) {
                sort(e);
            }
        }, doc);
    }

    private void sort(Element e) {
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "link" -> links.add(e);
            case "script" -> scripts.add(e);
            case "time" -> timeLike.add(e);
            case "abbr", "span" -> {
                if (e.hasAttr("title")) {
                    timeLike.add(e);
                }
            }
            case "h1", "h2", "h3" -> headings.add(e);
            default -> {
            }
        }
        if (e.hasAttr("itemprop") || e.hasAttr("property") || e.hasAttr("rel")) {
            marked.add(e);
        }
    }

    /**
     * Makes {@code doc} the page being read on this thread until closed. The tree must not change while
     * it is open: the lists are taken once.
     */
    static PageElements open(Document doc) {
        PageElements page = new PageElements(doc);
        CURRENT.set(page);
        return page;
    }

    /** The elements of the page being read, or of a fresh walk when asked about another tree. */
    static PageElements of(Document doc) {
        PageElements page = CURRENT.get();
        return page != null && page.doc == doc ? page : new PageElements(doc);
    }

    @Override
    public void close() {
        // Not kept past the page: a failed page must not leave its tree held by the thread.
        CURRENT.remove();
    }

    /** {@code meta} elements matching {@code eval}, in document order. */
    List<Element> metas(Evaluator eval) {
        return matching(metas, eval);
    }

    /** {@code link} elements matching {@code eval}, in document order. */
    List<Element> links(Evaluator eval) {
        return matching(links, eval);
    }

    /** All {@code script} elements, in document order. */
    List<Element> scripts() {
        return scripts;
    }

    /** {@code script} elements matching {@code eval}, in document order. */
    List<Element> scripts(Evaluator eval) {
        return matching(scripts, eval);
    }

    /** Elements matching {@code eval} among {@code time} and titled {@code abbr} and {@code span}, in document order. */
    List<Element> timeLike(Evaluator eval) {
        return matching(timeLike, eval);
    }

    /** Elements matching {@code eval} among {@code h1} to {@code h3}, in document order. */
    List<Element> headings(Evaluator eval) {
        return matching(headings, eval);
    }

    /** Elements matching {@code eval} among those with an itemprop, property or rel attribute, in document order. */
    List<Element> marked(Evaluator eval) {
        return matching(marked, eval);
    }

    private List<Element> matching(List<Element> candidates, Evaluator eval) {
        List<Element> out = new ArrayList<>();
        for (Element e : candidates) {
            if (eval.matches(doc, e)) {
                out.add(e);
            }
        }
        return out;
    }
}
