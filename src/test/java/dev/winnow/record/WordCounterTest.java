package dev.winnow.record;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordCounterTest {

    private final WordCounter counter = new WordCounter();

    @ParameterizedTest(name = "{0} has {1} words")
    @CsvSource(delimiter = '|', value = {
            "Three plain words|3",
            "Hyphen-ated words, and punctuation!|5",
            "社区长者食堂|6",
            "観光列車で乗客が二倍に|11",
            "if a微商 (micro-business owner)|7",
            "В городском парке|3",
            "1,100 repairs in 2024|5",
            "   |0"})
    void countsWordsTheWayReadersOfEachScriptDo(String text, int words) {
        assertThat(counter.count(text)).isEqualTo(words);
    }

    @Test
    void nullTextHasNoWords() {
        assertThat(counter.count(null)).isZero();
    }

    @Test
    void theSeedTextCountsEnglishWordsPlusOnePerChineseCharacter() {
        String text = "Therefore, if a微商 (micro-business owner) is selling. If the微商 is operating";
        int english = "Therefore if a micro business owner is selling If the is operating".split(" ").length;
        assertThat(counter.count(text)).isEqualTo(english + 4);
    }
}
