package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationLabelTest {

    private static final String META = "<meta property=\"og:article:published_time\" content=\"2022-01-15\">";

    private static String page(String label) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append("<p>Paragraph ").append(i).append(" on how to ski without disturbing wildlife.</p>");
        }
        return "<html lang=\"de\"><head>" + META + "</head><body><article><h1>Schneesport mit Rücksicht auf Wildtiere</h1>"
                + text + "<div class=\"facts\"><span>" + label + "</span> <time datetime=\"2022-01-25\">25.01.2022</time></div>"
                + "</article></body></html>";
    }

    @Test
    void aTimeLabelledAsThePublicationFarBelowTheHeadlineIsTheArticlesDate() {
        assertThat(MetadataPages.fromHtml(page("Erscheinungsdatum")).published()).isEqualTo("2022-01-25");
    }

    @Test
    void aFarTimeWithoutALabelLeavesTheMarkupsDate() {
        assertThat(MetadataPages.fromHtml(page("Bild")).published()).isEqualTo("2022-01-15");
    }

    @Test
    void aFarTimeLabelledAsPublishedOrUpdatedLeavesTheMarkupsDate() {
        assertThat(MetadataPages.fromHtml(page("Veröffentlicht/Aktualisiert:")).published()).isEqualTo("2022-01-15");
    }
}
