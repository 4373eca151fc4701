package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorNamesTest {

    private final AuthorNames names = new AuthorNames(new DateParser());

    @Test
    void aDateLeadInOpeningTheBylineLeavesTheNameAfterTheDate() {
        assertThat(names.names("Posted on September 21, 2020 by Adi Tzlil")).containsExactly("Adi Tzlil");
    }

    @Test
    void theSameWordsAfterTheNameStillEndIt() {
        assertThat(names.names("Jane Doe Posted on May 2, 2020")).containsExactly("Jane Doe");
    }

    @Test
    void aTailWordNotLeadingToADateStillDropsTheLine() {
        assertThat(names.names("Photos: John Roe")).isEmpty();
    }
}
