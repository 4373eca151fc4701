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

    @Test
    void aPageDatedOnlyByItsLastChangeIsDatedByThat() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><h1>Helium nuclei in neutron stars</h1>"
                + "<p>The text of the article, long enough to be one.</p>"
                + "<p><b>Aktualisiert am </b>17.01.2021.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2021-01-17");
    }

    @Test
    void anErstelltAmLineIsThePublicationDate() {
        Metadata m = MetadataPages.fromHtml("<html><head>"
                + "<meta property=\"article:published_time\" content=\"2023-01-11T12:43:42\"></head><body><article>"
                + "<h1>Drinking water to be boiled</h1><p>The text of the article, long enough to be one.</p>"
                + "<p>Erstellt am: 01.11.2023</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2023-11-01");
    }

    @Test
    void aLineHoldingOnlyADateByTheHeadlineIsTheArticlesDate() {
        Metadata m = MetadataPages.fromHtml("<html><head>"
                + "<meta property=\"article:published_time\" content=\"2021-12-20T11:02:44+01:00\"><title>Riesling posts win prizes</title></head><body>"
                + "<div class=\"article\"><h2>Riesling posts win prizes</h2><div class=\"col-6\">27.01.2022</div>"
                + "<p>The text of the article, long enough to be one.</p></div></body></html>");
        assertThat(m.published()).isEqualTo("2022-01-27");
    }

    @Test
    void aLabelledDateOfAnotherKindIsNoDateLine() {
        Metadata m = MetadataPages.fromHtml("<html><head>"
                + "<meta property=\"article:published_time\" content=\"2019-11-27T15:30:55+01:00\"><title>Tasting in the old hall</title></head><body>"
                + "<div class=\"post\"><h2>Tasting in the old hall</h2><div class=\"col-6\">Termin: 21.02.2020</div>"
                + "<p>The text of the article, long enough to be one.</p></div></body></html>");
        assertThat(m.published()).isEqualTo("2019-11-27T15:30:55+01:00");
    }
}
