package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylineLineTest {

    @Test
    void aBylineSharingItsLineWithOtherFactsIsFoundBetweenTheBars() {
        Metadata m = MetadataPages.fromHtml("<html><body><header><h1>A car stops for a beggar</h1>"
                + "<div class=\"article-info\">Lifestyle | By Cara Stiles | <span>4 min read</span></div></header>"
                + "<p>The text of the article, long enough to read.</p></body></html>");
        assertThat(m.authors()).containsExactly("Cara Stiles");
    }
}
