package dev.winnow.render;

import org.jsoup.nodes.Element;

/**
 * Tells the cells of a layout table (a page laid out in table cells, each holding paragraphs or blocks) from
 * the cells of a table of data: a layout cell's text is a block of its own, a data cell is joined to its row.
 */
final class LayoutTables {

    private static final String BLOCKS = "p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, pre, table";

    private LayoutTables() {
    }

    /** A cell is laid out when it, or a cell of its row, holds blocks. */
    static boolean isLayoutCell(Element cell) {
        Element row = cell.parent();
        if (row == null) {
            return cell.selectFirst(BLOCKS) != null;
        }
        for (Element sibling : row.children()) {
            if (sibling.selectFirst(BLOCKS) != null) {
                return true;
            }
        }
        return false;
    }
}
