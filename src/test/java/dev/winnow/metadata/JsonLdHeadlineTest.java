package dev.winnow.metadata;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdHeadlineTest {

    private static String headline(String value) {
        return new JsonLdReader().read(Jsoup.parse("<html><head><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"" + value + "\"}"
                + "</script></head><body></body></html>")).headline();
    }

    @Test
    void anEntityLeftInTheHeadlineIsUnescaped() {
        assertThat(headline("Bread &amp; Butter &bull; The Kitchen")).isEqualTo("Bread & Butter • The Kitchen");
    }

    @Test
    void aPlainHeadlineIsKeptAsWritten() {
        assertThat(headline("Bread & Butter")).isEqualTo("Bread & Butter");
    }
}
