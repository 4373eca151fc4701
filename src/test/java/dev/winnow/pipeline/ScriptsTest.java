package dev.winnow.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTest {

    @Test
    void hanKanaAndHiraganaAreCjkByBothReadings() {
        assertThat("漢カひ".codePoints().allMatch(Scripts::isCjk)).isTrue();
        assertThat("漢カひ".codePoints().allMatch(Scripts::inCjkBlocks)).isTrue();
    }

    @Test
    void theProlongedSoundMarkLiesInTheCjkBlocksButIsOfTheCommonScript() {
        assertThat(Scripts.inCjkBlocks('ー')).isTrue();
        assertThat(Scripts.isCjk('ー')).isFalse();
    }

    @Test
    void halfWidthKatakanaIsCjkByScriptButOutsideTheCjkBlocks() {
        assertThat(Scripts.isCjk('ｶ')).isTrue();
        assertThat(Scripts.inCjkBlocks('ｶ')).isFalse();
    }

    @Test
    void thaiIsUnspacedButNotCjk() {
        assertThat(Scripts.isUnspaced('ก')).isTrue();
        assertThat(Scripts.isCjk('ก')).isFalse();
    }

    @Test
    void latinLettersAreNeitherCjkNorUnspaced() {
        assertThat("Word".codePoints().noneMatch(c -> Scripts.isUnspaced(c) || Scripts.inCjkBlocks(c))).isTrue();
    }
}
