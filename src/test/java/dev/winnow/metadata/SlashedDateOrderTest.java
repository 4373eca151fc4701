package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlashedDateOrderTest {

    private static Metadata page(String publishedTime, String printed) {
        return MetadataPages.fromHtml("<html lang=\"de\"><head><meta property=\"article:published_time\" content=\""
                + publishedTime + "\"></head><body><article><h1>Elektroroller im Test</h1>"
                + "<div class=\"date\">" + printed + "</div>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
    }

    @Test
    void aSlashedDateIsReadInTheOrderThePagesMarkupConfirms() {
        assertThat(page("2021-11-01T05:00:00+01:00", "11/01/2021").published()).isEqualTo("2021-11-01T05:00:00+01:00");
    }

    @Test
    void aSlashedDateTheMarkupDoesNotConfirmKeepsTheLanguagesOrder() {
        assertThat(page("2021-03-05T05:00:00+01:00", "11/01/2021").published()).isEqualTo("2021-01-11");
    }

    @Test
    void aDottedDateIsNeverReadTheOtherWayRound() {
        assertThat(page("2023-01-11T05:00:00+01:00", "01.11.2023").published()).isEqualTo("2023-11-01");
    }
}
