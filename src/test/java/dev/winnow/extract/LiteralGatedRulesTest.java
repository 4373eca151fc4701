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

    @Test
    void rulesAtTheStartMatchExactlyTheLinesTheirAlternationMatches() {
        List<String> rules = RuleList.load("boilerplate-lines.txt").stream().filter(r -> r.startsWith("^"))
                .map(r -> r.substring(1)).toList();
        LiteralGatedRules gated = new LiteralGatedRules(rules, true);
        java.util.regex.Pattern alternation = java.util.regex.Pattern.compile(String.join("|",
                rules.stream().map(r -> "(?:" + r + ")").toList()), java.util.regex.Pattern.CASE_INSENSITIVE);
        for (String line : List.of("© 2024 Example Media", "(c) Example", "Share on", "Print | Close", "Anzeige",
                "« Previous post", "Fotos: Jane Doe", "1 2 3 下一页", "[1] [2] 下一页", "A plain sentence of prose.",
                "Über den Autor", "über den autor", "【打印】【关闭】", "MIRA: el video", "mira: el video", "Tags", "2")) {
            assertThat(gated.find(line)).as(line).isEqualTo(alternation.matcher(line).lookingAt());
        }
    }

    @Test
    void aRuleSearchedFromItsWordStillSeesTheTextBeforeIt() {
        LiteralGatedRules rules = new LiteralGatedRules(List.of("\\bnewsletter\\b"), false);
        assertThat(rules.find("Our newsletters and the newsletter")).isTrue();
        assertThat(rules.find("Read the daily-newsletter")).isTrue();
        assertThat(rules.find("Read our enewsletter")).isFalse();
    }
}
