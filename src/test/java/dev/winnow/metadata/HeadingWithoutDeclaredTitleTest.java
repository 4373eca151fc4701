package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingWithoutDeclaredTitleTest {

    @Test
    void onAPageWithoutAnH1TheFirstH2SharingTheTitlesWordsIsTheHeadline() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Fire Brigade Oldenburg - Training</title></head><body>"
                + "<h2>Boat Training</h2><p>The text of the page, long enough to be one.</p><h2>Dates</h2></body></html>").title())
                .isEqualTo("Boat Training");
    }

    @Test
    void aLaterH2SharingTheTitlesWordsHeadsASectionNotThePage() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Enchufla Figures - Salsa Figures</title></head><body>"
                + "<h2>Calls after the basic step</h2><p>The text of the page, long enough to be one.</p><h2>Enchufla</h2>"
                + "</body></html>").title())
                .isNotEqualTo("Enchufla");
    }

    @Test
    void underAPageTitleOfOneWordTheOnlyH1IsTheHeadline() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Home</title></head><body>"
                + "<h1>Time to say goodbye.</h1><p>The text of the page, long enough to be one.</p></body></html>").title())
                .isEqualTo("Time to say goodbye.");
    }

    @Test
    void underALongerPageTitleAnH1SharingNoWordIsNoHeadline() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Share buttons removal test</title></head><body>"
                + "<h1>Lorem ipsum dolor</h1><p>The text of the page, long enough to be one.</p></body></html>").title())
                .isEqualTo("Share buttons removal test");
    }

    @Test
    void aHeadingWhoseTextTheTemplateHidesIsNotTheFirstH2() {
        assertThat(MetadataPages.fromHtml("<html><head><title>New Workshop - New Buildings Campus</title></head><body>"
                + "<h2 class=\"text-hide\">Main content</h2><h2>Design Contest New Workshop Campus</h2>"
                + "<p>The text of the page, long enough to be one.</p></body></html>").title())
                .isEqualTo("Design Contest New Workshop Campus");
    }
}
