package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnTeaserDateTest {

    private static String page(String secondTeaserTitle) {
        return "<html lang=\"de\"><body><main><h1>Menschenrechte achten</h1>"
                + "<p>The text of the article, long enough to be one, and no date anywhere near it.</p></main>"
                + "<aside><h3>Aktuell</h3>"
                + "<div class=\"teaser\"><div class=\"authored\">10.11.2021</div><h2><a href=\"/belarus\">Geflüchtete in Belarus</a></h2></div>"
                + "<div class=\"teaser\"><div class=\"authored\">09.11.2021</div><h2><a href=\"/second\">" + secondTeaserTitle + "</a></h2></div>"
                + "<div class=\"teaser\"><div class=\"authored\">05.11.2021</div><h2><a href=\"/sucht\">Suchtberatung wirkt</a></h2></div>"
                + "</aside></body></html>";
    }

    @Test
    void aListOfStoriesThatHoldsTheArticleGivesItsDate() {
        assertThat(MetadataPages.fromHtml(page("Menschenrechte achten")).published()).isEqualTo("2021-11-09");
    }

    @Test
    void aListOfOtherStoriesGivesNoDate() {
        assertThat(MetadataPages.fromHtml(page("Fachtagung 2021")).published()).isNull();
    }
}
