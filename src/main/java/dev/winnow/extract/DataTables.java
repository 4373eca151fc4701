package dev.winnow.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tells a table of data from a table used for layout, as old templates lay out whole pages with tables: a
 * caption, header cells or a summary make it data; a table inside it or a presentation role make it layout;
 * otherwise its size decides.
 */
final class DataTables {

    private static final Evaluator HEADER_PART = QueryParser.parse("caption, thead, th, colgroup");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator ROW = QueryParser.parse("tr");

    private DataTables() {
    }

    static boolean isData(Element table) {
        if (table.attr("role").equals("presentation")) {
            return false;
        }
        if (table.hasAttr("summary") || table.selectFirst(HEADER_PART) != null) {
            return true;
        }
        if (table.selectFirst(TABLE) != null) {
            return false;
        }
        int rows = 0;
        int columns = 0;
        for (Element row : table.select(ROW)) {
            rows++;
            columns = Math.max(columns, row.childrenSize());
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
