package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorFullNameTest {

    private static final String HEAD = "<html><head><meta name=\"author\" content=\"Nils\"><title>A column</title></head>"
            + "<body><article><h1>A column</h1>";

    @Test
    void aFirstNameFromTheMetaTagsIsCompletedByTheBylinePrinted() {
        Metadata m = MetadataPages.fromHtml(HEAD + "<p><strong>A column by Nils Pickert</strong></p>"
                + "<p>The text of the column, long enough to read.</p></article></body></html>");
        assertThat(m.authors()).containsExactly("Nils Pickert");
    }

    @Test
    void aNameInTheCommentsDoesNotCompleteIt() {
        Metadata m = MetadataPages.fromHtml(HEAD + "<p>The text of the column, long enough to read.</p></article>"
                + "<div class=\"comments\"><p>Nils Autor</p></div></body></html>");
        assertThat(m.authors()).containsExactly("Nils");
    }

    @Test
    void aFirstNameFollowedByProseIsLeftAlone() {
        Metadata m = MetadataPages.fromHtml(HEAD + "<p>Nils Went home early, so the story goes on without him.</p>"
                + "</article></body></html>");
        assertThat(m.authors()).containsExactly("Nils");
    }

    @Test
    void anAuthorBioOpeningWithTheFullNameAndADashCompletesIt() {
        Metadata m = MetadataPages.fromHtml(HEAD + "<p>The text of the column, long enough to read.</p></article>"
                + "<div class=\"author-box\"><p>Nils Pickert - engineer, adventurer and racer, who has written about"
                + " bicycles, their parts and their repair for twenty years in many magazines and books.</p></div></body></html>");
        assertThat(m.authors()).containsExactly("Nils Pickert");
    }
}
