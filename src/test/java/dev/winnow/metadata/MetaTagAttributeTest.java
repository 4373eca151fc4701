package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetaTagAttributeTest {

    @Test
    void aFieldWrittenWithPropertyBeatsTheSameFieldWrittenWithName() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>Title Element</title>"
                + "<meta name=\"og:title\" content=\"Copy from a second plugin\">"
                + "<meta property=\"og:title\" content=\"The headline\"></head>"
                + "<body><p>The text of the article, long enough to be one.</p></body></html>");
        assertThat(m.title()).isEqualTo("The headline");
    }

    @Test
    void aFieldWrittenOnlyWithNameStillCounts() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>Title Element</title>"
                + "<meta name=\"og:title\" content=\"The headline\"></head>"
                + "<body><p>The text of the article, long enough to be one.</p></body></html>");
        assertThat(m.title()).isEqualTo("The headline");
    }
}
