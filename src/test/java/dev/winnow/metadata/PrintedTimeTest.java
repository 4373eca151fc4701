package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintedTimeTest {

    @Test
    void aTimeElementWithoutDatetimeIsReadFromItsText() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><h1>Musk's firm shows its first model</h1>"
                + "<p class=\"entry-meta\"><time class=\"entry-time\">6. November 2023</time></p>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2023-11-06");
    }

    @Test
    void aLinkToTheCommentsIsNoCommentSection() {
        Metadata m = MetadataPages.fromHtml("<html><body><article>"
                + "<h1>Musk's firm shows its first model</h1><p><span class=\"entry-comments-link-before\">"
                + "<time datetime=\"2023-11-06\">6. November 2023</time></span></p>"
                + "<p>4 November 2023: the day it was announced.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2023-11-06");
    }

    @Test
    void anEntryDateMarkedUpdatedForHatomIsThePublicationDate() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><h1>Forests kept by their peoples</h1>"
                + "<p>January 16, 2020: a report</p><p>Text</p><p>More text</p>"
                + "<time class=\"entry-date updated\" datetime=\"2020-01-17T21:08:00+00:00\">January 17, 2020</time>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2020-01-17T21:08:00Z");
    }

    @Test
    void aDateInsideTheHeadlineIsWhatItReportsOnNotWhenItWasPublished() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><div class=\"post-meta-wrapper\">"
                + "<h1>Results: regional games, Aalen, 19.5.2007</h1><p class=\"post-meta\">by Marc | 20. Mai 2007</p></div>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2007-05-20");
    }

    @Test
    void aDateOpeningTheHeadlinesLineIsItsDateline() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><h1><span class=\"date\">27.01.2022</span>"
                + "Oil sales in November</h1><p>The text of the article, long enough to be one.</p>"
                + "<p>Figures for 30.11.2021 follow.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2022-01-27");
    }

    @Test
    void aSentenceNamingADateByTheHeadlineIsProseNotTheArticlesDate() {
        Metadata m = MetadataPages.fromHtml("<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-11-19 10:27\"}</script></head><body><article>"
                + "<h1>Reform stalls</h1><div class=\"article-info\"><p>The secretary general since 1 January 2020 is Marc"
                + " Frings, who until then led the office of a political foundation abroad.</p></div>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2021-11-19T10:27:00");
    }
}
