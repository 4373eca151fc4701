package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountSlugTest {

    private static Metadata page(String author, String body) {
        return MetadataPages.fromHtml("<html><head><title>Council election result</title>"
                + "<meta name=\"author\" content=\"" + author + "\"></head><body><article><h1>Council election result</h1>"
                + "<p>The text of the article, long enough to be one.</p>" + body + "</article></body></html>");
    }

    @Test
    void aLoginInTheAuthorTagGivesWayToTheFullNameThePagePrints() {
        Metadata m = page("martin.hollweg", "<p>The council meets again in spring. (Martin P. Hollweg)</p>");
        assertThat(m.authors()).containsExactly("Martin P. Hollweg");
    }

    @Test
    void aLoginThePageDoesNotPrintStaysAsGiven() {
        Metadata m = page("martin.hollweg", "<p>The council meets again in spring.</p>");
        assertThat(m.authors()).containsExactly("martin.hollweg");
    }
}
