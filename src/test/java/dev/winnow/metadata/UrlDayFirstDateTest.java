package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlDayFirstDateTest {

    private static Metadata page(String path) {
        return MetadataPages.fromHtml("<html lang=\"de\"><head><link rel=\"canonical\" href=\"https://example.org" + path + "\">"
                + "</head><body><h1>Zehn Jahre Tag des Einbruchschutzes</h1><p>The text of the article.</p></body></html>");
    }

    @Test
    void aPathSegmentWrittenDayMonthYearDatesThePage() {
        assertThat(page("/meldungen/29-10-2021").published()).isEqualTo("2021-10-29");
    }

    @Test
    void aPathSegmentWhoseDayAndMonthCouldSwapGivesNoDate() {
        assertThat(page("/meldungen/10-11-2021").published()).isNull();
    }
}
