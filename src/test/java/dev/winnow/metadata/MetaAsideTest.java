package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetaAsideTest {

    private static String page(String asideClass) {
        return "<html lang=\"de\"><head><meta name=\"Date\" content=\"2022-01-26T14:32:06+02:00\"></head><body>"
                + "<div class=\"article__wrap\"><h1>Ein Schuh für Touren und Freeride</h1>"
                + "<div class=\"article__intro\"><p>Der Schuh vereint das Beste aus zwei Welten.</p></div>"
                + "<aside class=\"" + asideClass + "\"><p><time datetime=\"2022-01-21\">21.01.2022 - 13:30</time></p></aside>"
                + "<p>The text of the article, long enough to be one.</p></div></body></html>";
    }

    @Test
    void anAsideItsClassCallsTheArticlesMetadataHoldsItsDate() {
        assertThat(MetadataPages.fromHtml(page("meta")).published()).isEqualTo("2022-01-21");
    }

    @Test
    void anyOtherAsideBesideTheTextStaysAnAside() {
        assertThat(MetadataPages.fromHtml(page("teasers")).published()).isEqualTo("2022-01-26T14:32:06+02:00");
    }
}
