package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MachineTimestampTest {

    private static String page(String timeText) {
        return "<html lang=\"de\"><head><meta property=\"dcterms.date\" content=\"2021-10-28T13:21:30+01:00\"></head><body>"
                + "<article><h1>Immer mehr Menschen auf Hilfe angewiesen</h1>"
                + "<p class=\"article-meta\">Berlin, 28.10.2021, 058/21</p>"
                + "<time datetime=\"2021-10-27T20:35:36+01:00\">" + timeText + "</time>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>";
    }

    @Test
    void aTimeWhoseTextIsTheMachineTimestampGivesWayToTheDatelineByTheHeadline() {
        assertThat(MetadataPages.fromHtml(page("2021-10-27T20:35:36+01:00")).published())
                .isEqualTo("2021-10-28T13:21:30+01:00");
    }

    @Test
    void aTimePrintedForReadersStaysTheArticlesDate() {
        assertThat(MetadataPages.fromHtml(page("27. Oktober 2021, 20:35")).published())
                .isEqualTo("2021-10-27T20:35:36+01:00");
    }
}
