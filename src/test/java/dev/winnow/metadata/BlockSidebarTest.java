package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockSidebarTest {

    @Test
    void theSidebarElementOfTheArticlesBlockHoldsItsDate() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>The voice of the blank voters</h1>"
                + "<article class=\"episode\"><div class=\"episode__main\"><p>The text of the article, long enough to be one.</p></div>"
                + "<div class=\"episode__sidebar\"><p class=\"title\">Online since</p><p>23 mai 2019</p></div>"
                + "</article></body></html>");
        assertThat(m.published()).isEqualTo("2019-05-23");
    }

    @Test
    void theSidebarElementOfTheFootersBlockStaysAnAside() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>The voice of the blank voters</h1>"
                + "<article><p>The text of the article, long enough to be one.</p></article>"
                + "<footer class=\"footer\"><div class=\"footer__sidebar\"><p>23 mai 2019</p></div></footer>"
                + "</body></html>");
        assertThat(m.published()).isNull();
    }
}
