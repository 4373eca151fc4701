package dev.winnow.render;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells layout tables (a page laid out in table cells that hold paragraphs or blocks) from tables of data: a
 * layout cell's text is a block of its own, a data cell is joined to its row. One instance serves one render
 * and remembers each table's verdict, so a large table is inspected once.
 */
final class LayoutTables {

    private static final Evaluator TABLE = QueryParser.parse("table");

    private static final Evaluator BLOCKS = QueryParser.parse("p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, pre");

    private final Map<Element, Boolean> verdicts = new IdentityHashMap<>();

    static boolean isLayout(Element table) {
        return table.selectFirst(BLOCKS) != null || table.getElementsByTag("table").size() > 1;
    }

    boolean isLayoutCell(Element cell) {
        Element table = cell.closest(TABLE);
        return table != null && verdicts.computeIfAbsent(table, LayoutTables::isLayout);
    }
}
