package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylineHandleTest {

    private static Metadata page(String byline) {
        return MetadataPages.fromHtml("<html><head><title>Running shoes for the long run</title></head><body><article>"
                + "<h1>Running shoes for the long run</h1>" + byline
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
    }

    @Test
    void aLowerCaseHandleLinkedToASocialNetworkIsLeftOutOfTheBylineName() {
        Metadata m = page("<div class=\"entry-meta-author\"><a href=\"/author/matthias/\">Matthias</a> "
                + "<a href=\"https://twitter.com/runningnurse\">runningnurse</a></div>");
        assertThat(m.authors()).containsExactly("Matthias");
    }

    @Test
    void aFullNameLinkedToASocialNetworkStaysTheAuthor() {
        Metadata m = page("<div class=\"entry-meta-author\"><a href=\"https://twitter.com/runningnurse\">Matthias Berger</a></div>");
        assertThat(m.authors()).containsExactly("Matthias Berger");
    }
}
