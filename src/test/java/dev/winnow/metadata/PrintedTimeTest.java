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
}
