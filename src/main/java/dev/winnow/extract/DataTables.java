package dev.winnow.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tells a table of data from a table used for layout, as old templates lay out whole pages with tables: a
 * caption, header cells or a summary make it data; anything else is layout. Size is no sign: a template's
 * layout table has as many rows and columns of plain cells as a table of figures (measured: taking ten rows or
 * five columns as data kept more navigation cells on old pages than it saved tables).
 */
final class DataTables {

    private static final Evaluator HEADER_PART = QueryParser.parse("caption, thead, th, colgroup");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator CELL = QueryParser.parse("td, th");
    /** The fewest days a month's calendar counts. */
    private static final int MONTH_MIN_DAYS = 28;

    private DataTables() {
    }

    static boolean isData(Element table) {
        if (table.attr("role").equals("presentation")) {
            return false;
        }
        return table.hasAttr("summary") || table.selectFirst(HEADER_PART) != null;
    }

    /**
     * A month's calendar, the archive widget of blogs and event sites: its cells of one or two digits, read in
     * order, count the days from 1 to at least 28. It has the header cells and the size of a table of data, but
     * its text is a run of numbers that says nothing without the grid, whatever the language of its day names.
     */
    static boolean isMonthCalendar(Element table) {
        int day = 0;
        for (Element cell : table.select(CELL)) {
            String text = cell.text().trim();
            if (text.isEmpty() || text.length() > 2 || !Character.isDigit(text.charAt(0))
                    || !Character.isDigit(text.charAt(text.length() - 1)) || cell.closest(TABLE) != table) {
                continue;
            }
            if (Integer.parseInt(text) != day + 1) {
                return false;
            }
            day++;
        }
        return day >= MONTH_MIN_DAYS;
    }
}
