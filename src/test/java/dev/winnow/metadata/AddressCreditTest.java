package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressCreditTest {

    private static Metadata page(String byline) {
        return MetadataPages.fromHtml("<html><head><title>Packing light for a long trip</title></head><body><article>"
                + "<h1>Packing light for a long trip</h1>" + byline
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
    }

    @Test
    void aBylineCreditingAWebAddressIsTheAuthorWhenNoPersonIsNamed() {
        Metadata m = page("<span class=\"post-meta-author\">Autor: www.travel-light.example</span>");
        assertThat(m.authors()).containsExactly("www.travel-light.example");
    }

    @Test
    void aWebAddressWithItsDeskIsKeptWhole() {
        Metadata m = page("<span class=\"article-author-name\">travel-light.example Redaktion</span>");
        assertThat(m.authors()).containsExactly("travel-light.example Redaktion");
    }
}
