package dev.winnow.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScorerTest {

    @Test
    void chineseCharactersAreOneTokenEach() {
        assertThat(Tokens.of("如果微商 sells fakes")).containsExactly("如", "果", "微", "商", "sells", "fakes");
    }

    @Test
    void identicalTextsScoreOne() {
        assertThat(Scorer.shinglePrf("one two three four", "One, two; three four.")[2]).isEqualTo(1.0);
    }

    @Test
    void aTitleWithTheSiteNameAfterASeparatorMatches() {
        assertThat(Scorer.titleMatch("Flood in the lower town | Valley Daily", "Flood in the lower town")).isTrue();
        assertThat(Scorer.titleMatch("Valley Daily", "Flood in the lower town")).isFalse();
    }

    @Test
    void authorsMatchAsSetsOfNames() {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        assertThat(Scorer.authorMatch(mapper.valueToTree("By Ann Lee and Bo Chen"), "Bo Chen, Ann Lee")).isTrue();
        assertThat(Scorer.authorMatch(mapper.valueToTree("Ann Lee"), "Bo Chen, Ann Lee")).isFalse();
    }
}
