package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClosingSignatureTest {

    private static final String PROSE = "<p>The club met on Sunday to elect its new board. After a long debate about the budget,"
            + " the members agreed to repair the clubhouse roof before winter and to open the youth team to girls as well."
            + " The new chair thanked the old board for ten years of work.</p>";

    private static Metadata page(String afterText) {
        return MetadataPages.fromHtml("<html><head><title>The club elects a new board</title></head><body>"
                + "<h1>The club elects a new board</h1><div class=\"text\">" + PROSE + afterText + "</div>"
                + "<footer><p>Imprint</p></footer></body></html>");
    }

    @Test
    void aNameInBoldClosingTheTextIsTheAuthor() {
        assertThat(page("<p><b><i>Stefan Weber</i></b></p>").authors()).containsExactly("Stefan Weber");
    }

    @Test
    void aBylineWordClosingALongTextFarFromTheHeadlineGivesTheAuthors() {
        assertThat(page(PROSE.repeat(9) + "<p>Autoren Jana Berg und Karl Hof</p>").authors()).containsExactly("Jana Berg", "Karl Hof");
    }

    @Test
    void aFirstNameWithTheDateClosingTheTextIsTheAuthor() {
        assertThat(page("<p>Benni<br>10. September 2017</p>").authors()).containsExactly("Benni");
    }

    @Test
    void aRightAlignedNameFollowedByNotesIsTheAuthor() {
        assertThat(page("<p align=\"right\"><em>Denis Clerc</em></p><p>(1) The figures come from the statistics office.</p>")
                .authors()).containsExactly("Denis Clerc");
    }

    @Test
    void aPlainNameInTheMiddleOfTheTextIsNoSignature() {
        assertThat(page("<p>Stefan Weber</p>" + PROSE).authors()).isEmpty();
    }

    @Test
    void aBoldPhraseClosingTheTextNamesNoOne() {
        assertThat(page("<p><b>Read the whole report</b></p>").authors()).isEmpty();
    }

    @Test
    void anUpdateNoteWithItsDateClosingTheTextNamesNoOne() {
        assertThat(page("<p>Aktualisiert<br>10. September 2017</p>").authors()).isEmpty();
    }

    @Test
    void aPlaceAndTheDateOnOneLineClosingTheTextIsADatelineNotASignature() {
        assertThat(page("<p>Berlin, 10. September 2017</p>").authors()).isEmpty();
    }
}
