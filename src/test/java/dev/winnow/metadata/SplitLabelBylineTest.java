package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SplitLabelBylineTest {

    private static Metadata page(String meta) {
        return MetadataPages.fromHtml("<html><head><title>Life in quarantine</title></head><body>"
                + "<h1>Life in quarantine</h1><p>The interview, long enough to be the text of an article.</p>"
                + meta + "</body></html>");
    }

    @Test
    void anAuthorLabelAboveTheNameGivesTheAuthor() {
        assertThat(page("<div class=\"meta\"><h4>Autor</h4><p><a href=\"/p/1\">Nikolai Huke</a></p></div>").authors())
                .containsExactly("Nikolai Huke");
    }

    @Test
    void aLabelWithAColonAboveTheNameGivesTheAuthor() {
        assertThat(page("<div>Auteur :</div><div><strong>Jeanne Roy</strong></div>").authors())
                .containsExactly("Jeanne Roy");
    }

    @Test
    void aLabelOfAnotherFieldAboveANameGivesNoAuthor() {
        assertThat(page("<div>Source:</div><div>Jeanne Roy</div>").authors()).isEmpty();
    }

    @Test
    void aSecondLabelBetweenIsSkipped() {
        assertThat(page("<div><div>Auteur :</div><div>Auteur(s) :</div><div><strong>Jeanne Roy</strong></div></div>").authors())
                .containsExactly("Jeanne Roy");
    }

    @Test
    void anAuthorFieldOfASearchFormNamesNoOne() {
        assertThat(page("<form><div><span>Von:</span><input name=\"user\"></div></form><div><a href=\"/search\">Erweiterte Suche</a></div>")
                .authors()).isEmpty();
    }
}
