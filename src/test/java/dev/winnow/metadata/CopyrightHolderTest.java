package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyrightHolderTest {

    private static final String PROSE = "<p>The new heat pump runs for a whole winter on the power of the roof panels."
            + " We measured its use for six months and compare it here with the old gas boiler of the house.</p>";

    private static Metadata page(String footer) {
        return MetadataPages.fromHtml("<html><head><title>A winter with a heat pump</title></head><body>"
                + "<h1>A winter with a heat pump</h1><div class=\"text\">" + PROSE + "</div>"
                + "<footer><p>" + footer + "</p></footer></body></html>");
    }

    @Test
    void aCopyrightLineNamingAPersonGivesTheAuthorOfAPageWithoutByline() {
        assertThat(page("© 2019 Sven Schreiber • All rights reserved").authors()).containsExactly("Sven Schreiber");
    }

    @Test
    void aCopyrightLineNamingACompanyGivesNoAuthor() {
        assertThat(page("© 2022 Nordwest Media Group").authors()).isEmpty();
    }

    @Test
    void aBylineWordLineFarBelowTheHeadlineBeatsTheCopyrightLine() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>A winter with a heat pump</title></head><body>"
                + "<h1>A winter with a heat pump</h1>" + PROSE.repeat(12) + "<p>Text: Klaus Friedrich</p>"
                + "<footer><p>© 2019 Sven Schreiber</p></footer></body></html>");
        assertThat(m.authors()).containsExactly("Klaus Friedrich");
    }

    @Test
    void aBylineBeatsTheCopyrightLine() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>A winter with a heat pump</title>"
                + "</head><body><h1>A winter with a heat pump</h1>"
                + "<p>By Jana Berg</p>" + PROSE + "<footer><p>© 2019 Sven Schreiber</p></footer></body></html>");
        assertThat(m.authors()).containsExactly("Jana Berg");
    }
}
