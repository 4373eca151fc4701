package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateLabelsTest {

    @Test
    void aGermanStandLineIsTheArticlesPrintedDate() {
        Metadata m = MetadataPages.fromHtml("<html><head>"
                + "<meta property=\"article:published_time\" content=\"2023-11-06T18:19:00+01:00\"></head><body><article>"
                + "<h1>Weapons for the front</h1><p class=\"small\">Stand: 07.11.2023, 07:30 Uhr</p>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2023-11-07T07:30:00");
    }
}
