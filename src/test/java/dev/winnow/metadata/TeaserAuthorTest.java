package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeaserAuthorTest {

    private static final String ARTICLE = "<html><head><title>Dealing with a late train</title></head><body><article>"
            + "<h1>Dealing with a late train</h1><p>By <a href=\"/author/amelie/\" rel=\"author\">Amelie Nishimura</a></p>"
            + "<p>The text of the article, long enough to be one.</p></article>";

    @Test
    void theAuthorOfATeaserForAnotherArticleIsNoCoAuthor() {
        Metadata m = MetadataPages.fromHtml(ARTICLE + "<section><div class=\"post-item\"><h3><a href=\"/kanji-cheat-sheet/\">"
                + "Kanji cheat sheet</a></h3><p>By <a href=\"/author/chiara/\" rel=\"author\">Chiara Terzano</a></p></div>"
                + "</section></body></html>");
        assertThat(m.authors()).containsExactly("Amelie Nishimura");
    }

    @Test
    void anAuthorBoxWhoseHeadingLinksTheAuthorsOwnNameStillCounts() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>Dealing with a late train</title></head><body><article>"
                + "<h1>Dealing with a late train</h1><p>The text of the article, long enough to be one.</p></article>"
                + "<div class=\"about\"><h4><a href=\"/author/amelie/\" rel=\"author\">Amelie Nishimura</a></h4></div></body></html>");
        assertThat(m.authors()).containsExactly("Amelie Nishimura");
    }

    @Test
    void aLinkedSectionNameAboveTheAuthorIsNoTeaserTitle() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>Dealing with a late train</title></head><body>"
                + "<div class=\"info\"><h6><a href=\"/topics/rail/\">Rail travel</a></h6><ul><li itemprop=\"author\" itemscope>"
                + "<img src=\"/amelie.jpg\" alt=\"\"><span itemprop=\"name\">Amelie Nishimura</span></li></ul></div><article><h1>Dealing with a late train</h1>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.authors()).containsExactly("Amelie Nishimura");
    }

    @Test
    void theArticlesAuthorPropertyOutweighsAuthorLinksInAListOfOtherStories() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>Dealing with a late train</title></head><body><article>"
                + "<h1>Dealing with a late train</h1><p itemprop=\"author\" itemscope>by <span itemprop=\"name\">Amelie Nishimura"
                + "</span></p><p>The text of the article, long enough to be one.</p></article><section>"
                + "<div class=\"story\"><a href=\"/kanji/\"></a><h3>Kanji cheat sheet</h3><span>by <a rel=\"author\" href=\"/chiara/\">"
                + "Chiara Terzano</a></span></div></section></body></html>");
        assertThat(m.authors()).containsExactly("Amelie Nishimura");
    }

    @Test
    void anAuthorLinkToASocialNetworkNamedAfterTheNetworkIsNoName() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>Dealing with a late train</title></head><body><article>"
                + "<h1>Dealing with a late train</h1><p>The text of the article, long enough to be one.</p></article>"
                + "<div class=\"about\"><a rel=\"author\" href=\"https://plus.google.com/12345\">Google +</a></div></body></html>");
        assertThat(m.authors()).doesNotContain("Google");
    }
}
