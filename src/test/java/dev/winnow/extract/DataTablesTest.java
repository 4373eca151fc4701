package dev.winnow.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataTablesTest {

    private static Element table(String html) {
        return Jsoup.parse(html).selectFirst("table");
    }

    @Test
    void headerCellsMakeATableOfData() {
        assertThat(DataTables.isData(table("<table><tr><th>City</th><th>Rain</th></tr>"
                + "<tr><td>Oslo</td><td>12</td></tr></table>"))).isTrue();
    }

    @Test
    void aBigTableOfPlainCellsIsLayoutWhateverItsSize() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            rows.append("<tr><td>a</td><td>b</td><td>c</td><td>d</td><td>e</td></tr>");
        }

        assertThat(DataTables.isData(table("<table>" + rows + "</table>"))).isFalse();
    }

    @Test
    void aPresentationRoleMakesLayoutEvenWithHeaderCells() {
        assertThat(DataTables.isData(table("<table role=presentation><tr><th>Menu</th></tr></table>"))).isFalse();
    }
}
