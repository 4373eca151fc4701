package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoAuthorsTest {

    private static Metadata page(String head, String byline) {
        return MetadataPages.fromHtml("<html><head><title>First test of the new bike</title>" + head
                + "</head><body><article><h1>First test of the new bike</h1>" + byline
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
    }

    private static final String ONE_AUTHOR_LD = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"First test of the new bike\",\"author\":{\"@type\":\"Person\",\"name\":\"Rudolf Fischer\"}}</script>";

    @Test
    void aPrintedBylineListingTheJsonLdAuthorAndMoreGivesThemAll() {
        Metadata m = page(ONE_AUTHOR_LD, "<div class=\"meta-item author\">von Rudolf Fischer, Simon Kohler</div>");
        assertThat(m.authors()).containsExactly("Rudolf Fischer", "Simon Kohler");
    }

    @Test
    void anAuthorTagListingTheJsonLdAuthorAndMoreGivesThemAll() {
        Metadata m = page(ONE_AUTHOR_LD + "<meta property=\"author\" content=\"Rudolf Fischer,Simon Kohler\">", "");
        assertThat(m.authors()).containsExactly("Rudolf Fischer", "Simon Kohler");
    }

    @Test
    void aPrintedBylineNamingSomeoneElseLeavesTheJsonLdAuthor() {
        Metadata m = page(ONE_AUTHOR_LD, "<div class=\"author\">von Simon Kohler, Anna Berg</div>");
        assertThat(m.authors()).containsExactly("Rudolf Fischer");
    }

    @Test
    void aPlaceAfterTheNameInThePrintedBylineIsNoCoAuthor() {
        Metadata m = page(ONE_AUTHOR_LD, "<div class=\"author\">Rudolf Fischer, Montréal</div>");
        assertThat(m.authors()).containsExactly("Rudolf Fischer");
    }
}
