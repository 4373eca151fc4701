package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FarDateLineTest {

    private static String page(String lastLine) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append("<p>Paragraph ").append(i).append(" of the report on snow depth from satellite images.</p>");
        }
        return "<html lang=\"de\"><body><article><h1>Schneehöhen in hoher Auflösung</h1>" + text
                + "<div>" + lastLine + "</div></article></body></html>";
    }

    @Test
    void aPageWithNoOtherDateIsDatedByALineHoldingOnlyADateFarBelowTheHeadline() {
        assertThat(MetadataPages.fromHtml(page("14.01.2022 um 09:25")).published()).isEqualTo("2022-01-14T09:25:00");
    }

    @Test
    void aDateInsideAFarSentenceDatesNothing() {
        assertThat(MetadataPages.fromHtml(page("Die Messungen vom 14.01.2022 wurden später geprüft und bestätigt."))
                .published()).isNull();
    }
}
