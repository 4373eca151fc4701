package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalUrlTest {

    private static final String BODY = "<body><h1>Setting up a hotspot</h1><p>Open the settings and turn it on.</p></body>";

    @Test
    void theCanonicalLinkNamesThePage() {
        Metadata m = MetadataPages.fromHtml("<html><head><link rel=canonical href='https://blog.example/hotspot'>"
                + "<meta property='og:url' content='https://blog.example/?p=12'></head>" + BODY + "</html>");

        assertThat(m.canonicalUrl()).isEqualTo("https://blog.example/hotspot");
        assertThat(m.provenance()).containsEntry("canonicalUrl", "link");
    }

    @Test
    void twoCanonicalLinksNamingOneAddressStillNameThePage() {
        Metadata m = MetadataPages.fromHtml("<html><head><link rel=canonical href='https://blog.example/hotspot'>"
                + "<link rel=canonical href='https://blog.example/hotspot'></head>" + BODY + "</html>");

        assertThat(m.canonicalUrl()).isEqualTo("https://blog.example/hotspot");
    }

    @Test
    void canonicalLinksThatDisagreeYieldToTheOpenGraphAddress() {
        Metadata m = MetadataPages.fromHtml("<html><head><link rel=canonical href='https://blog.example/'>"
                + "<link rel=canonical href='https://blog.example/hotspot'>"
                + "<meta property='og:url' content='https://blog.example/hotspot'></head>" + BODY + "</html>");

        assertThat(m.canonicalUrl()).isEqualTo("https://blog.example/hotspot");
        assertThat(m.provenance()).containsEntry("canonicalUrl", "meta");
    }

    @Test
    void canonicalLinksThatDisagreeWithNothingElseNameNoAddress() {
        Metadata m = MetadataPages.fromHtml("<html><head><link rel=canonical href='https://blog.example/'>"
                + "<link rel=canonical href='https://blog.example/hotspot'></head>" + BODY + "</html>");

        assertThat(m.canonicalUrl()).isNull();
        assertThat(m.provenance()).doesNotContainKey("canonicalUrl");
    }
}
