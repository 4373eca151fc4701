package dev.winnow.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineRepeatTest {

    @Test
    void aLineEqualToTheTitleIsARepeat() {
        assertThat(HeadlineRepeat.repeats("Flood in the Lower Town!", "Flood in the lower town")).isTrue();
    }

    @Test
    void aLineEqualToTheTitlesFirstSegmentIsARepeat() {
        assertThat(HeadlineRepeat.repeats("Is Selling Fake Goods Illegal?", "Is Selling Fake Goods Illegal?_Bag2_PiJu Stall 302"))
                .isTrue();
    }

    @Test
    void aLineThatOnlyStartsWithTheTitleIsNot() {
        assertThat(HeadlineRepeat.repeats("Flood in the lower town brings back memories", "Flood in the lower town"))
                .isFalse();
    }
}
