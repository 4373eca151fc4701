package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTitleElementTest {

    @Test
    void aTitlePushedOutOfTheHeadByAServerWarningStillGivesTheHeadline() {
        Metadata m = MetadataPages.fromHtml("<b>Warning</b>: database not reachable<br>\n<!DOCTYPE html><html><head>"
                + "<title>The river floods the old town | Daily Courier</title></head><body>"
                + "<p>The text of the article, long enough to be one.</p></body></html>");
        assertThat(m.title()).isEqualTo("The river floods the old town");
        assertThat(m.siteName()).isEqualTo("Daily Courier");
    }

    @Test
    void theTitleOfAnInlineDrawingIsNotThePageTitle() {
        Metadata m = MetadataPages.fromHtml("<b>Warning</b>: database not reachable<br>\n<html><body>"
                + "<svg><title>Arrow icon</title></svg><p>The text of the article, long enough to be one.</p></body></html>");
        assertThat(m.title()).isNull();
    }
}
