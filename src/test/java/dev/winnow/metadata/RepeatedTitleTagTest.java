package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedTitleTagTest {

    private static final String JSON_LD = "<script type=\"application/ld+json\">{\"@type\":\"Article\","
            + "\"headline\":\"Decanting wine: all you need to know\"}</script>";

    @Test
    void ofTwoOpenGraphTitlesTheOneTheHeadingRepeatsIsTheTitle() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>Decanting wine: all you need to know</title>" + JSON_LD
                + "<meta property=\"og:title\" content=\"Decanting wine: all you need to know\">"
                + "<meta property=\"og:title\" content=\"Decanting wine: everything about a special step\"></head><body>"
                + "<h1>Decanting wine: everything about a special step</h1><p>The text of the article.</p></body></html>");
        assertThat(m.title()).isEqualTo("Decanting wine: everything about a special step");
    }

    @Test
    void aHeadingRepeatingOnlyTheTwitterTitleLeavesTheTitleThePageTitleConfirms() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>Decanting wine: all you need to know</title>" + JSON_LD
                + "<meta property=\"og:title\" content=\"Decanting wine: all you need to know\">"
                + "<meta name=\"twitter:title\" content=\"Decanting wine: everything about a special step\"></head><body>"
                + "<h1>Decanting wine: everything about a special step</h1><p>The text of the article.</p></body></html>");
        assertThat(m.title()).isEqualTo("Decanting wine: all you need to know");
    }
}
