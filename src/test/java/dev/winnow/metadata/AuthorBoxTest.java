package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorBoxTest {

    private static Metadata page(String after) {
        return MetadataPages.fromHtml("<html><head><title>Leasing a company car</title></head><body><article>"
                + "<h1>Leasing a company car</h1>"
                + "<p>The text of the article, long enough to be one, about leasing a car for the firm.</p>"
                + after + "</article></body></html>");
    }

    @Test
    void theNameHeadingTheBoxAboutTheWriterUnderThePostIsTheAuthor() {
        Metadata m = page("<div class=\"author-bio footer\"><h3>Martin Junge</h3><p>Martin writes about cars and money.</p></div>");
        assertThat(m.authors()).containsExactly("Martin Junge");
    }

    @Test
    void aHeadingThatIsNoNameInTheBoxNamesNoAuthor() {
        Metadata m = page("<div class=\"about-author\"><h3>About the author</h3><p>Martin writes about cars and money.</p></div>");
        assertThat(m.authors()).isEmpty();
    }
}
