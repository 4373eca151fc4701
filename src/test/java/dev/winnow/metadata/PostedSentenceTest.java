package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A blog theme's sentence about the post dates a page that gives no other date. */
class PostedSentenceTest {

    private static Metadata withSidebarSentence(String sentence) {
        return MetadataPages.fromHtml("<html><body><div id=\"sidebar\"><h2>About this entry</h2><p>" + sentence
                + "</p></div><div class=\"post\"><h1>Literature and animated typography</h1><p>The text of the post,"
                + " long enough to be prose and to stand for the article itself.</p></div></body></html>");
    }

    @Test
    void anEnglishThemeSentenceGivesTheDateAfterPosted() {
        assertThat(withSidebarSentence("This entry was posted on Wednesday, May 19th, 2010 at 11:03 pm and is filed"
                + " under Reading, Literature.").published()).isEqualTo("2010-05-19T23:03:00");
    }

    @Test
    void aGermanThemeSentenceGivesTheDateBeforeGepostet() {
        assertThat(withSidebarSentence("Literatur und Animated Typography wurde am 19. Mai 2010 um 23:03 Uhr gepostet"
                + " und unter Lesenswert, Literatur abgelegt.").published()).isEqualTo("2010-05-19T23:03:00");
    }

    @Test
    void aDateInASentenceWithoutAPublicationWordIsNoDate() {
        assertThat(withSidebarSentence("The festival ran until May 19th, 2010 and drew a large crowd of readers"
                + " from the whole region.").published()).isNull();
    }
}
