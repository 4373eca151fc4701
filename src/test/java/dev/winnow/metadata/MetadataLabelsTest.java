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

    @Test
    void aDateBeforeASingleLabelledFieldStillMakesAMetadataLine() {
        assertThat(labels.isMetadataLine("2025年05月22日 10:30\u3000来源：科技日报")).isTrue();
    }

    @Test
    void wordsBeforeASingleLabelMakeProse() {
        assertThat(labels.isMetadataLine("Das sagt die Quelle: niemand weiß es")).isFalse();
    }

    @Test
    void aChineseLabelGluedToTheDateBeforeItIsStillALabel() {
        assertThat(labels.find("2025-05-22 08:15:32来源：某某日报")).extracting(MetadataLabels.Labelled::field)
                .containsExactly("source");
    }

    @Test
    void aChineseLabelInsideAWordIsNoLabel() {
        assertThat(labels.find("出生时间：1990年")).isEmpty();
    }
}
