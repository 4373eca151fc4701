package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisagreeingTimeTest {

    private static String page(String datetime) {
        return "<html lang=\"en\"><head><meta property=\"article:published_time\" content=\"2015-09-17T16:57:43+01:00\">"
                + "</head><body><article><h1>What hotel owners keep quiet</h1>"
                + "<ul><li class=\"author\">Hazel Sheffield</li><li><time datetime=\"" + datetime + "\">Friday 25 December 2015</time></li></ul>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>";
    }

    @Test
    void aTimeThatPrintsOneDayAndGivesMachinesAnotherLeavesTheDateToTheMarkup() {
        assertThat(MetadataPages.fromHtml(page("17:00, 24 December 2015")).published())
                .isEqualTo("2015-09-17T16:57:43+01:00");
    }

    @Test
    void aTimeWhoseTextAndValueAgreeIsTheArticlesPrintedDate() {
        assertThat(MetadataPages.fromHtml(page("2015-12-25T17:00:00+00:00")).published())
                .isEqualTo("2015-12-25T17:00:00Z");
    }
}
