package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HouseBylineTest {

    private static Metadata page(String head, String body) {
        return MetadataPages.fromHtml("<html><head><title>Forests in a changing climate</title>" + head
                + "</head><body><article><h1>Forests in a changing climate</h1>" + body
                + "<p>The text of the article, long enough to be one.</p></article></body></html>");
    }

    @Test
    void aCompanyInTheAuthorTagGivesWayToThePersonInTheByline() {
        Metadata m = page("<meta name=\"author\" content=\"Forest Institute GmbH, Munich, Germany\">",
                "<p class=\"byline\">By Joachim Hamberger</p>");
        assertThat(m.authors()).containsExactly("Joachim Hamberger");
    }

    @Test
    void aCompanyIsTheAuthorWhenThePageNamesNoPerson() {
        Metadata m = page("<meta name=\"author\" content=\"Forest Institute GmbH\">", "");
        assertThat(m.authors()).containsExactly("Forest Institute GmbH");
    }

    @Test
    void aBylineHoldingTheSiteNameGivesWayToThePersonsName() {
        Metadata m = page("<meta property=\"og:site_name\" content=\"PhillyVoice\">"
                        + "<meta name=\"author\" content=\"Adam Aaronson PhillyVoice\">",
                "<p class=\"byline\">By Adam Aaronson</p>");
        assertThat(m.authors()).containsExactly("Adam Aaronson");
    }

    @Test
    void anAuthorTagSpellingTheSitesAddressGivesWayToThePrintedByline() {
        Metadata m = page("<link rel=\"canonical\" href=\"https://www.forestherald.com/climate/forests\">"
                        + "<meta name=\"author\" content=\"The Forest Herald\">",
                "<p class=\"byline\">By Joachim Hamberger</p>");
        assertThat(m.authors()).containsExactly("Joachim Hamberger");
    }

    @Test
    void anAuthorTagSpellingTheSitesAddressByItsInitialsGivesWayToThePrintedByline() {
        Metadata m = page("<link rel=\"canonical\" href=\"https://www.fh.com/climate/forests\">"
                        + "<meta name=\"author\" content=\"Forest Herald\">",
                "<p class=\"byline\">By Joachim Hamberger</p>");
        assertThat(m.authors()).containsExactly("Joachim Hamberger");
    }

    @Test
    void aPersonsBylineFarBelowTheHeadlineBeatsTheHouseInTheAuthorTag() {
        Metadata m = page("<link rel=\"canonical\" href=\"https://www.fh.com/climate/forests\">"
                        + "<meta name=\"author\" content=\"Forest Herald\">",
                "<p>The text of the article, long enough to be one.</p>".repeat(12) + "<p>Auteur : Kossi Tiemo</p>");
        assertThat(m.authors()).containsExactly("Kossi Tiemo");
    }

    @Test
    void aCompanyInTheAuthorTagGivesWayToABylineFarBelowTheHeadline() {
        Metadata m = page("<meta name=\"author\" content=\"Forest Institute GmbH\">",
                "<p>The text of the article, long enough to be one.</p>".repeat(12) + "<p>Von Leonie Holl</p>");
        assertThat(m.authors()).containsExactly("Leonie Holl");
    }

    @Test
    void anAuthorTagNamingAPersonBeatsAnotherPrintedName() {
        Metadata m = page("<link rel=\"canonical\" href=\"https://www.forestherald.com/climate/forests\">"
                        + "<meta name=\"author\" content=\"Anna Berg\">",
                "<p class=\"byline\">By Joachim Hamberger</p>");
        assertThat(m.authors()).containsExactly("Anna Berg");
    }

    @Test
    void manyMarkedAuthorsAreReviewersNotTheArticlesAuthor() {
        StringBuilder reviews = new StringBuilder();
        for (String name : new String[] {"Georg N", "Stefanie", "Herbert", "Anna B", "Paul"}) {
            reviews.append("<div itemprop=\"review\"><span itemprop=\"author\">").append(name).append("</span></div>");
        }
        Metadata m = page("<meta name=\"author\" content=\"Forest Institute GmbH\">", reviews.toString());
        assertThat(m.authors()).containsExactly("Forest Institute GmbH");
    }

    @Test
    void anAuthorTagThatIsTheSiteNameWithAnAmpersandGivesWayToThePrintedByline() {
        Metadata m = page("<meta property=\"og:site_name\" content=\"Fields & Forests\">"
                        + "<meta name=\"author\" content=\"Fields & Forests\">",
                "<p class=\"byline\">By Joachim Hamberger</p>");
        assertThat(m.authors()).containsExactly("Joachim Hamberger");
    }

    @Test
    void anAuthorTagThatIsOneSegmentOfTheSiteNameGivesWayToThePrintedByline() {
        Metadata m = page("<meta property=\"og:site_name\" content=\"Forests in a changing climate | The Forest Weekly\">"
                        + "<meta name=\"author\" content=\"The Forest Weekly\">",
                "<p class=\"byline\">By Joachim Hamberger</p>");
        assertThat(m.authors()).containsExactly("Joachim Hamberger");
    }

    @Test
    void anAuthorTagWithATaglineGivesWayToThePersonInTheByline() {
        Metadata m = page("<meta name=\"author\" content=\"Greenleaf – Das Magazin für Gärten\">",
                "<p>Von Joachim Hamberger</p>");
        assertThat(m.authors()).containsExactly("Joachim Hamberger");
    }
}
