package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataLabelsTest {

    private final MetadataLabels labels = new MetadataLabels();

    @Test
    void twoDifferentLabelsMakeAMetadataLine() {
        assertThat(labels.isMetadataLine("Published: May 2, 2020 Source: City Desk, by the sea")).isTrue();
    }

    @Test
    void theSameWordTwiceInASentenceIsProse() {
        assertThat(labels.isMetadataLine("\"Fewer were killed by terrorism than by gun violence, by far,\""
                + " Mr Obama said in the interview.")).isFalse();
    }
}
