package dev.winnow.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleLinksTest {

    private static Element article(String html) {
        return Jsoup.parseBodyFragment("<article>" + html + "</article>").selectFirst("article");
    }

    @Test
    void relativeLinksAndImagesBecomeAbsoluteAgainstThePageUrl() {
        Element root = article("<a href='../b/c.html'>c</a><img src='/img/x.png'>");

        ArticleLinks.resolve(root, "https://news.example/a/b/story.html");

        assertThat(root.selectFirst("a").attr("href")).isEqualTo("https://news.example/a/b/c.html");
        assertThat(root.selectFirst("img").attr("src")).isEqualTo("https://news.example/img/x.png");
    }

    @Test
    void aQueryOnlyReferenceKeepsThePagesPath() {
        Element root = article("<a href='?page=2'>next</a>");

        ArticleLinks.resolve(root, "https://news.example/list/index.html?page=1");

        assertThat(root.selectFirst("a").attr("href")).isEqualTo("https://news.example/list/index.html?page=2");
    }

    @Test
    void anAddressWithAProtocolTheRecordDoesNotCarryLosesTheAttribute() {
        Element root = article("<a href='javascript:share()'>share</a><img src='data:image/png;base64,AAAA'>"
                + "<a href='mailto:desk@news.example'>desk</a>");

        ArticleLinks.resolve(root, "https://news.example/story.html");

        assertThat(root.select("a").get(0).hasAttr("href")).isFalse();
        assertThat(root.selectFirst("img").hasAttr("src")).isFalse();
        assertThat(root.select("a").get(1).attr("href")).isEqualTo("mailto:desk@news.example");
    }

    @Test
    void aPageWithoutAUrlKeepsItsRelativeAddresses() {
        Element root = article("<a href='other.html'>other</a>");

        ArticleLinks.resolve(root, "");

        assertThat(root.selectFirst("a").attr("href")).isEqualTo("other.html");
    }

    @Test
    void tabsAndLineBreaksInsideAnAddressAreDroppedAsABrowserDoes() {
        Element root = article("<a href='/news/\n2025/\tstory.html'>story</a>");

        ArticleLinks.resolve(root, "https://news.example/");

        assertThat(root.selectFirst("a").attr("href")).isEqualTo("https://news.example/news/2025/story.html");
    }
}
