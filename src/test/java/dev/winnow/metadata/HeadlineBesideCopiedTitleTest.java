package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineBesideCopiedTitleTest {

    private static String title(String head, String h1) {
        return MetadataPages.fromHtml("<html><head><title>Heat pumps in old houses - When they pay | Warm Homes</title>"
                + head + "</head><body><article><h1>" + h1 + "</h1>"
                + "<p>The text of the article, long enough to be one, about heat pumps in old houses.</p>"
                + "</article></body></html>").title();
    }

    @Test
    void theOnlyH1IsTheHeadlineWhenTheTitleTagsOnlyCopyThePageTitle() {
        assertThat(title("<meta property=\"og:title\" content=\"Heat pumps in old houses - When they pay | Warm Homes\">",
                "Does a heat pump suit an old house?"))
                .isEqualTo("Does a heat pump suit an old house?");
    }

    @Test
    void aTitleTagWordedOnItsOwnStillBeatsTheH1() {
        assertThat(title("<meta property=\"og:title\" content=\"Heat pumps: when they pay in old houses\">",
                "Does a heat pump suit an old house?"))
                .isEqualTo("Heat pumps: when they pay in old houses");
    }

    @Test
    void anH1ThatIsThePageTitlesHeadlineBehindAKickerElementLeavesTheHeadline() {
        assertThat(title("", "<span class=\"entry-title__toptitle\">Energy</span> Heat pumps in old houses"))
                .isEqualTo("Heat pumps in old houses");
    }

    @Test
    void anH1AskingWhatThePageTitleStatesIsTheHeadline() {
        assertThat(title("", "Which heat pumps in old houses")).isEqualTo("Which heat pumps in old houses");
    }

    @Test
    void anH1OpeningWithTheSitesNameIsABanner() {
        assertThat(title("", "Warm Homes e.V. Association for warm homes")).isNotEqualTo("Warm Homes e.V. Association for warm homes");
    }

    @Test
    void anH1OpeningWithAWordOfTheTitlesFirstSegmentIsNoBanner() {
        assertThat(MetadataPages.fromHtml("<html><head><title>Printers • Labels • Service | Acme Data Systems</title>"
                + "</head><body><h1>Printers and print output from the experts</h1>"
                + "<p>The text of the page, long enough to be one.</p></body></html>").title())
                .isEqualTo("Printers and print output from the experts");
    }

    @Test
    void aWeakerTagCopyingThePageTitleWithoutTheSiteStillLeavesTheH1TheHeadline() {
        assertThat(title("<meta property=\"og:title\" content=\"Heat pumps in old houses - When they pay | Warm Homes\">"
                        + "<meta name=\"title\" content=\"Heat pumps in old houses - When they pay\">",
                "Does a heat pump suit an old house?"))
                .isEqualTo("Does a heat pump suit an old house?");
    }

    @Test
    void aStrongestTagWithoutTheSiteNameWasWrittenApartAndBeatsTheH1() {
        assertThat(title("<meta property=\"og:title\" content=\"Heat pumps in old houses - When they pay\">",
                "Does a heat pump suit an old house?"))
                .isNotEqualTo("Does a heat pump suit an old house?");
    }

    @Test
    void anH1KeepingTheTitlesFirstSegmentAndRewordingTheRestIsTheHeadline() {
        assertThat(title("", "Heat pumps in old houses - when they are worth it"))
                .isEqualTo("Heat pumps in old houses - when they are worth it");
    }

    @Test
    void anH1HoldingTheSitesSegmentIsABanner() {
        assertThat(title("", "Latest articles | Warm Homes | Our blog")).isNotEqualTo("Latest articles | Warm Homes | Our blog");
    }

    private static String loneTitle(String head, String h1) {
        return MetadataPages.fromHtml("<html><head><title>Lounge access no longer with saver tickets</title>" + head
                + "</head><body><article><h1>" + h1 + "</h1>"
                + "<p>The text of the article, long enough to be one, about lounge access.</p></article></body></html>").title();
    }

    @Test
    void besideALoneTitleThatTheTagsCopyTheH1RewordingItIsTheHeadline() {
        assertThat(loneTitle("<meta property=\"og:title\" content=\"Lounge access no longer with saver tickets\">",
                "Lounge entry no longer with a saver ticket"))
                .isEqualTo("Lounge entry no longer with a saver ticket");
    }

    @Test
    void aLoneTitleWithoutTagsStaysThePagesOwnName() {
        assertThat(loneTitle("", "Lounge entry no longer with a saver ticket"))
                .isEqualTo("Lounge access no longer with saver tickets");
    }

    @Test
    void besideALoneCopiedTitleAnH1AboutSomethingElseIsASectionHeading() {
        assertThat(loneTitle("<meta property=\"og:title\" content=\"Lounge access no longer with saver tickets\">",
                "Details and conditions"))
                .isEqualTo("Lounge access no longer with saver tickets");
    }
}
