package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTest {

    private static String page(String firstParagraph) {
        StringBuilder nav = new StringBuilder("<div class=\"menu\">");
        for (int i = 1; i <= 20; i++) {
            nav.append("<div>Rubrik ").append(i).append("</div>");
        }
        return "<html lang=\"de\"><body><header><time>Mittwoch, 01. November 2023</time></header>" + nav + "</div>"
                + "<article><h1>Woher kommt der Hass auf Dragqueens?</h1><p>" + firstParagraph + "</p>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>";
    }

    @Test
    void aParagraphOpeningWithADateByTheHeadlineBeatsAFarTimeElement() {
        assertThat(MetadataPages.fromHtml(page("31. Oktober 2023. Dragqueens sind Kunstfiguren aus Make-Up und Glitter."))
                .published()).isEqualTo("2023-10-31");
    }

    @Test
    void aDateInsideAParagraphLeavesTheFarTimeElement() {
        assertThat(MetadataPages.fromHtml(page("Dragqueens traten am 31. Oktober 2023 auf, aus Make-Up und Glitter."))
                .published()).isEqualTo("2023-11-01");
    }
}
