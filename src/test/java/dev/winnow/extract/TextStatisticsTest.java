package dev.winnow.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TextStatisticsTest {

    @Test
    void blocksComeInDocumentOrderSoScoresAddUpTheSameWayEveryRun() {
        Element body = Jsoup.parse("<div id=a><p id=b>One, two.</p><section id=c><p id=d>Three.</p></section></div>"
                + "<p id=e>Four.</p>").body();

        List<String> order = new ArrayList<>();
        for (Map.Entry<Element, BlockStats> entry : TextStatistics.of(body, 80).entries()) {
            if (!entry.getKey().id().isEmpty()) {
                order.add(entry.getKey().id());
            }
        }

        assertThat(order).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void countsAreKeptPerElementNotPerEqualLookingElement() {
        Element body = Jsoup.parse("<p>Same words.</p><p>Same words.</p>").body();
        TextStatistics stats = TextStatistics.of(body, 80);

        assertThat(stats.of(body.child(0))).isNotSameAs(stats.of(body.child(1)));
    }
}
