package dev.winnow.extract;

import dev.winnow.pipeline.RuleList;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralGatedRulesTest {

    @Test
    void aRuleStartingWithAWordIsGatedByThatWordInLowerCase() {
        assertThat(LiteralGatedRules.leadingWords("\\bAll rights reserved\\b")).containsExactly("all rights reserved");
    }

    @Test
    void aGroupOfAlternativeWordsGivesEachWord() {
        assertThat(LiteralGatedRules.leadingWords("\\b(subscribe|sign up)\\b.{0,60}\\bnewsletter"))
                .containsExactly("subscribe", "sign up");
    }

    @Test
    void aCharacterMadeOptionalByItsQuantifierIsLeftOutOfTheWord() {
        assertThat(LiteralGatedRules.leadingWords("contains? affiliate")).containsExactly("contain");
    }

    @Test
    void aRuleOpeningWithAClassAnOptionalGroupOrAFlagIsNotGated() {
        assertThat(LiteralGatedRules.leadingWords("[(\\[]?\\s*foto")).isNull();
        assertThat(LiteralGatedRules.leadingWords("(the )?newsletter")).isNull();
        assertThat(LiteralGatedRules.leadingWords("(?-i:MIRA)")).isNull();
    }

    @Test
    void gatedRulesMatchExactlyTheLinesTheirAlternationMatches() {
        List<String> rules = RuleList.load("boilerplate-lines.txt").stream().filter(r -> !r.startsWith("^")).toList();
        LiteralGatedRules gated = new LiteralGatedRules(rules, false);
        java.util.regex.Pattern alternation = java.util.regex.Pattern.compile(String.join("|",
                rules.stream().map(r -> "(?:" + r + ")").toList()), java.util.regex.Pattern.CASE_INSENSITIVE);
        for (String line : List.of("Copyright 2024 Example Media. ALL RIGHTS RESERVED.", "京ICP备05003456号",
                "Sign up for our daily Newsletter", "This post contains affiliate links.", "A plain sentence of prose.",
                "You are currently not logged in", "Download the app for iOS and Android")) {
            assertThat(gated.find(line)).as(line).isEqualTo(alternation.matcher(line).find());
        }
    }

    @Test
    void rulesAtTheStartAreTriedOnlyOnLinesOpeningWithTheirWords() {
        LiteralGatedRules rules = new LiteralGatedRules(List.of("(related|more) stories$"), true);
        assertThat(rules.find("Related stories")).isTrue();
        assertThat(rules.find("Read the related stories")).isFalse();
    }
}
