package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineKickerTest {

    private static String title(String h1) {
        return MetadataPages.fromHtml("<html><head></head><body>" + h1
                + "<p>The text of the article, long enough to be one.</p></body></html>").title();
    }

    @Test
    void aBlockOpeningTheHeadingIsAKickerLeftOutOfTheTitle() {
        assertThat(title("<h1><div>100th birthday</div> Survivor turns 100 years old</h1>"))
                .isEqualTo("Survivor turns 100 years old");
    }

    @Test
    void anElementFollowedByALineBreakIsAKickerEvenInsideAWrapper() {
        assertThat(title("<h1><span itemprop=\"headline\"><span>Week's pick</span><br>Survivor turns 100 years old</span></h1>"))
                .isEqualTo("Survivor turns 100 years old");
    }

    @Test
    void anInlineWordRunningIntoTheHeadlineStaysInIt() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Apple launches a new phone - Daily</title></head><body><h1><em>Apple</em> launches a"
                + " new phone</h1><p>The text.</p></body></html>").title()).isEqualTo("Apple launches a new phone");
    }

    @Test
    void aLongerFirstLineIsNoKicker() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Apple launches a new phone today - Daily</title></head><body><h1><span>Apple launches a new"
                + " phone</span><br>today</h1><p>The text.</p></body></html>").title())
                .isEqualTo("Apple launches a new phone today");
    }

    @Test
    void aHeadingWithoutTheKickerThatThePageTitleGluesOnIsTheTitle() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Climate: Drilling until it gets hot | Daily</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Climate: Drilling until it gets hot\"}</script>"
                + "</head><body><h1>Drilling until it gets hot</h1><p>The text.</p></body></html>").title())
                .isEqualTo("Drilling until it gets hot");
    }

    @Test
    void aPageTitleWithoutSiteSegmentBeatsAHeadingThatRewordsIt() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Version 3 with table input and chart output</title></head><body>"
                + "<h1>Version 3 beta: table input, chart output test</h1><p>The text.</p></body></html>").title())
                .isEqualTo("Version 3 with table input and chart output");
    }

    @Test
    void aThreadPrefixBadgeIsAKickerLeftOutOfTheTitle() {
        assertThat(title("<h1><a href=\"/t/1\"><span class=\"label label--blue\">Patch Notes</span>Patch 4.47 Bugfix Build</a></h1>"))
                .isEqualTo("Patch 4.47 Bugfix Build");
    }

    @Test
    void aKickerOfSixWordsGluedOnByThePageTitleIsStillAKicker() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Siemens and the coal mine in Australia: Kaeser fools Neubauer | Daily</title>"
                + "</head><body><h1>Kaeser fools Neubauer</h1><p>The text.</p></body></html>").title())
                .isEqualTo("Kaeser fools Neubauer");
    }
}
