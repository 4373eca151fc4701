package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleSegmentsTest {

    @Test
    void aSpacedDashSeparatesTheHeadlineFromTheSiteName() {
        assertThat(Titles.segments("Tides are higher this spring - Coastal Notes"))
                .containsExactly("Tides are higher this spring", "Coastal Notes");
    }

    @Test
    void aDashBetweenTwoNumbersIsARangeInsideTheHeadline() {
        assertThat(Titles.segments("Weekly report 14. - 20. January 2022 | Coastal Notes"))
                .containsExactly("Weekly report 14. - 20. January 2022", "Coastal Notes");
        assertThat(Titles.segments("Scores 1990  –  2020 | Coastal Notes"))
                .containsExactly("Scores 1990  –  2020", "Coastal Notes");
    }

    @Test
    void aNumberOnOneSideOnlyStillLetsTheDashSeparate() {
        assertThat(Titles.segments("Top 10 - Coastal Notes")).containsExactly("Top 10", "Coastal Notes");
        assertThat(Titles.segments("Coastal Notes - 10 ways to read the tide"))
                .containsExactly("Coastal Notes", "10 ways to read the tide");
    }

    @Test
    void spacedAngleBracketsSeparateTheSectionPath() {
        assertThat(Titles.segments("서울시, 청년 주거 지원 확대 < 사회 < 기사본문 - 한빛신문"))
                .containsExactly("서울시, 청년 주거 지원 확대", "사회", "기사본문", "한빛신문");
    }
}
