package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModifiedDateTest {

    private static final String MARKUP = "<meta property=\"article:published_time\" content=\"2021-11-29T14:13:37+00:00\">"
            + "<meta property=\"article:modified_time\" content=\"2022-01-12T14:27:30+00:00\">";

    @Test
    void aDatePrintedByTheHeadlineIsTheArticlesDateEvenWhenTheMarkupCallsItTheModification() {
        Metadata m = MetadataPages.fromHtml("<html><head>" + MARKUP + "</head><body><article>"
                + "<h1>Can fish feel pain?</h1><p class=\"post-date\">12.01.2022</p>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2022-01-12");
        assertThat(m.modified()).isEqualTo("2022-01-12T14:27:30Z");
    }

    @Test
    void aDatePrintedAfterUpdatedLeavesTheMarkupsPublicationDate() {
        Metadata m = MetadataPages.fromHtml("<html><head>" + MARKUP + "</head><body><article>"
                + "<h1>Can fish feel pain?</h1><div class=\"meta\"><em>Last Updated:</em> January 12, 2022</div>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2021-11-29T14:13:37Z");
    }

    @Test
    void aTimeElementWithTheModificationsVeryInstantLeavesTheMarkupsPublicationDate() {
        Metadata m = MetadataPages.fromHtml("<html><head>" + MARKUP + "</head><body><article>"
                + "<h1>Can fish feel pain?</h1><time datetime=\"2022-01-12T15:27:30+01:00\">Jan 12, 2022, 3:27pm</time>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2021-11-29T14:13:37Z");
    }

    @Test
    void aHiddenMachineDateInTheDateLineIsNotThePrintedDate() {
        Metadata m = MetadataPages.fromHtml("<html><head>" + MARKUP + "</head><body><article>"
                + "<h1>Can fish feel pain?</h1><div class=\"meta\"><span class=\"updated rich-snippet-hidden\">"
                + "2022-01-12T15:27:30+01:00</span><span>30. November 2021</span></div>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2021-11-30");
    }

    @Test
    void aMicrodataDateUpdateIsTheModificationDate() {
        Metadata m = MetadataPages.fromHtml("<html><head>" + "<meta itemprop=\"datePublished\" content=\"2012-10-26\">"
                + "<meta itemprop=\"dateUpdate\" content=\"2020-02-14 10:47:36\">"
                + "</head><body><h1>Cai Jianya</h1><p>The text of the entry, long enough to be one.</p></body></html>");
        assertThat(m.modified()).isEqualTo("2020-02-14T10:47:36");
    }
}
