package dev.winnow.metadata;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GluedDatePartsTest {

    private static String line(String html) {
        return VisibleLines.of(Jsoup.parse("<div>" + html + "</div>").body()).lines().get(0).text();
    }

    @Test
    void aDayAndYearInSpansOfTheirOwnReadAsTwoNumbers() {
        assertThat(line("<span>Feb</span> <span>18</span><span>2009</span>")).isEqualTo("Feb 18 2009");
    }

    @Test
    void aLabelGluedToTheDateAfterItIsAWordApart() {
        assertThat(line("<span>Original Research</span><span>7 April 2020</span>"))
                .isEqualTo("Original Research 7 April 2020");
    }

    @Test
    void lettersMeetingLettersAcrossAnElementStayOneWord() {
        assertThat(line("<b>W</b>ashington and <i>Ber</i>lin")).isEqualTo("Washington and Berlin");
    }

    @Test
    void aPageDatedOnlyInSpansOfItsPartsIsDatedByThem() {
        String html = "<html><body><article><h1>A walk along the coast</h1>"
                + "<div class=\"datum\"><span>Feb</span> <span>18</span><span>2009</span></div>"
                + "<p>We set off early in the morning and walked the whole coast path to the lighthouse.</p>"
                + "</article></body></html>";
        assertThat(MetadataPages.fromHtml(html).published()).isEqualTo("2009-02-18");
    }
}
