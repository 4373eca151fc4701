package dev.winnow.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void leftoverEntitiesAreUnescaped() {
        assertThat(normalizer.inline("Fish &amp; chips &#8211; cheap")).isEqualTo("Fish & chips – cheap");
    }

    @Test
    void invisibleCharactersAreDropped() {
        assertThat(normalizer.inline("zero\u200Bwidth soft\u00ADhyphen\uFEFF")).isEqualTo("zerowidth softhyphen");
    }

    @Test
    void noBreakAndIdeographicSpacesBecomePlainSpaces() {
        assertThat(normalizer.inline("a\u00A0b\u3000c")).isEqualTo("a b c");
    }

    @Test
    void textIsPutInNfc() {
        assertThat(normalizer.inline("Cafe\u0301")).isEqualTo("Caf\u00E9");
    }

    @Test
    void paragraphsKeepOneBlankLineBetweenThem() {
        assertThat(normalizer.text("One.\n\n\n\nTwo.  \n")).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void fullWidthLettersInProseAreLeftAlone() {
        assertThat(normalizer.inline("ＡＢＣ 2025")).isEqualTo("ＡＢＣ 2025");
    }
}
