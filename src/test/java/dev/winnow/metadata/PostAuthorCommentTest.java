package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostAuthorCommentTest {

    private static Metadata page(String comments) {
        return MetadataPages.fromHtml("<html><head><title>Seven days without a phone</title></head><body><article>"
                + "<h1>Seven days without a phone</h1>"
                + "<p>The text of the post, long enough to be one, about a week spent without a phone.</p></article>"
                + "<ol class=\"comment-list\">" + comments + "</ol></body></html>");
    }

    @Test
    void aReplyMarkedAsThePostAuthorsNamesTheAuthorOfAPageWithoutByline() {
        Metadata m = page("<li class=\"comment byuser comment-author-mira\"><div class=\"comment-author vcard\">"
                + "<cite class=\"fn\">Tom Reader</cite></div><p>Did you miss it?</p></li>"
                + "<li class=\"comment byuser comment-author-mira bypostauthor\"><div class=\"comment-author vcard\">"
                + "<cite class=\"fn\">Mira Holt</cite> <span class=\"says\">says:</span></div><p>Not once.</p></li>");
        assertThat(m.authors()).containsExactly("Mira Holt");
    }

    @Test
    void repliesByReadersAloneNameNoAuthor() {
        Metadata m = page("<li class=\"comment byuser comment-author-tom\"><div class=\"comment-author vcard\">"
                + "<cite class=\"fn\">Tom Reader</cite></div><p>Did you miss it?</p></li>");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void aThemeWithoutTheFnClassStillNamesThePostAuthorInTheCommentAuthorElement() {
        Metadata m = page("<div class=\"comment byuser comment-author-hansehrlich bypostauthor\">"
                + "<p class=\"comment-author\">HansEhrlich</p><p>Viel Glück!</p></div>");
        assertThat(m.authors()).containsExactly("HansEhrlich");
    }
}
