package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylineJobTitleTest {

    private static Metadata page(String byline) {
        return MetadataPages.fromHtml("<html><head><title>Three games to play this winter</title></head><body><article>"
                + "<h1>Three games to play this winter</h1>" + byline
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
    }

    @Test
    void theJobTitleInItsOwnElementUnderTheNameIsNotPartOfTheName() {
        Metadata m = page("<div class=\"author\"><a class=\"author-link\" href=\"/author/ben-stone\">Ben Stone</a>"
                + "<div class=\"author-title\">Games Editor</div></div>");
        assertThat(m.authors()).containsExactly("Ben Stone");
    }

    @Test
    void aJobTitleMarkedAsSuchInMicrodataIsNotPartOfTheName() {
        Metadata m = page("<p class=\"byline\">Von <span>Maria Keller</span> <span itemprop=\"jobTitle\">Chefreporterin</span></p>");
        assertThat(m.authors()).containsExactly("Maria Keller");
    }

    @Test
    void aNameInAnElementCalledTheAuthorTitleStaysTheAuthor() {
        Metadata m = page("<div class=\"post-author\"><h4 class=\"author-title\">Ben Stone</h4></div>");
        assertThat(m.authors()).containsExactly("Ben Stone");
    }
}
