package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateElementOfItsOwnTest {

    private static final String META = "<html><head><meta name=\"dc.Date\" content=\"2020-03-03\"></head><body><article>";
    private static final String BODY = "<p>Influenza vaccination of the elderly was studied across several regions over "
            + "fifteen years with a regression discontinuity design at the age of sixty-five.</p>";

    @Test
    void aDateInASpanOfItsOwnBesideALabelByTheHeadlineIsTheArticlesDate() {
        String html = META + "<div><span>Original Research</span><span>7 April 2020</span></div>"
                + "<h1>Influenza Vaccination for the Elderly</h1>" + BODY + "</article></body></html>";
        assertThat(MetadataPages.fromHtml(html).published()).isEqualTo("2020-04-07");
    }

    @Test
    void aDateElementAtTheEndOfTheStandfirstIsTheArticlesDate() {
        String html = META + "<h1>Influenza Vaccination for the Elderly</h1>"
                + "<h2>A long study of hospital stays and deaths among the old, and what the jab changed for them."
                + "<span class=\"hl-date\">Tuesday, 7 April 2020</span></h2>" + BODY + "</article></body></html>";
        assertThat(MetadataPages.fromHtml(html).published()).isEqualTo("2020-04-07");
    }

    @Test
    void aDateInAnElementOfItsOwnAmongRunningWordsWithoutAClassIsNoDateOfTheArticle() {
        String html = META + "<h1>Influenza Vaccination for the Elderly</h1>"
                + "<p>The study, first shown at a meeting on <span>Tuesday, 7 April 2020</span>, is now out.</p>"
                + BODY + "</article></body></html>";
        assertThat(MetadataPages.fromHtml(html).published()).isEqualTo("2020-03-03");
    }

    @Test
    void aDateSetApartBelowTheFirstParagraphIsTheBodysOwn() {
        String html = META + "<h1>Influenza Vaccination for the Elderly</h1>" + BODY
                + "<blockquote>The jab works. — A reader (@reader) <a href=\"#\">April 7, 2020</a></blockquote>"
                + "</article></body></html>";
        assertThat(MetadataPages.fromHtml(html).published()).isEqualTo("2020-03-03");
    }

    @Test
    void aDateBesideALinkInAListItemIsATeasersDate() {
        String html = META + "<h1>Influenza Vaccination for the Elderly</h1>"
                + "<ul><li><a href=\"/a/1\">Flu season peaks early</a> <span>7 April 2020</span></li></ul>"
                + BODY + "</article></body></html>";
        assertThat(MetadataPages.fromHtml(html).published()).isEqualTo("2020-03-03");
    }
}
