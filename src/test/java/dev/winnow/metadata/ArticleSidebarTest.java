package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSidebarTest {

    @Test
    void aSidebarInsideTheArticleHoldsItsAuthorAndDate() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><h1>These brands slow your apps down</h1>"
                + "<div class=\"post-sidebar\"><span class=\"post-author\">Por Alberto Ávila</span>"
                + "<time datetime=\"2022-01-28\">28. Januar 2022</time></div>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.authors()).containsExactly("Alberto Ávila");
        assertThat(m.published()).isEqualTo("2022-01-28");
    }

    @Test
    void aSidebarItsClassCallsTheArticlesHoldsItsByline() {
        Metadata m = MetadataPages.fromHtml("<html><body><section><h1>A robot draws blood</h1></section>"
                + "<section class=\"cc--article-sidebar\"><p class=\"label\">By</p><p class=\"full-name\">Tom Baker</p></section>"
                + "<section><p>The text of the article, long enough to be one.</p></section></body></html>");
        assertThat(m.authors()).containsExactly("Tom Baker");
    }

    @Test
    void aLayoutThatHasASidebarIsNoSidebarItself() {
        Metadata m = MetadataPages.fromHtml("<html><body><div class=\"main-content has-double-sidebar\">"
                + "<h1>Energy prices: your rights at a glance</h1><h5><em>Von Leonie Holl</em></h5>"
                + "<p>The text of the article, long enough to be one.</p></div></body></html>");
        assertThat(m.authors()).containsExactly("Leonie Holl");
    }

    @Test
    void theSitesSidebarBesideTheArticleStaysAnAside() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><h1>These brands slow your apps down</h1>"
                + "<p>The text of the article, long enough to be one.</p></article>"
                + "<div class=\"sidebar\"><span class=\"post-author\">Por Alberto Ávila</span></div></body></html>");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void anAsideOfTheArticleAboveItsTextHoldsItsByline() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><header><h1>These brands slow your apps down</h1></header>"
                + "<aside class=\"meta\"><p class=\"authors\">Von:<br><i><a class=\"author-name\" href=\"/autor/1\">Moritz Weber</a></i></p></aside>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.authors()).containsExactly("Moritz Weber");
    }

    @Test
    void anAsideOfTheArticleAfterItsTextStaysAnAside() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><header><h1>These brands slow your apps down</h1></header>"
                + "<p>The text of the article, long enough to be one.</p>"
                + "<aside><p class=\"authors\">Von <a class=\"author-name\" href=\"/autor/1\">Moritz Weber</a></p></aside>"
                + "</article></body></html>");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void aBlockOfAuthorsInThePluralHoldsTheByline() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><div class=\"authors\"><a href=\"/author/mb\">"
                + "<img src=\"mb.jpg\" class=\"thumbnail\"> Marina Berger</a></div><h1>These brands slow your apps down</h1>"
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
        assertThat(m.authors()).containsExactly("Marina Berger");
    }
}
