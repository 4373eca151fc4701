package dev.winnow.metadata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    private static final DateParser PARSER = new DateParser();
    private static final DateParser.Context DAY_FIRST = new DateParser.Context(Instant.parse("2025-06-01T12:00:00Z"), false);
    private static final DateParser.Context MONTH_FIRST = new DateParser.Context(Instant.parse("2025-06-01T12:00:00Z"), true);

    private static String iso(String text, DateParser.Context context) {
        return PARSER.parseAllowingRelative(text, context).map(ParsedDate::iso).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-22 12:41:10          | 2025-05-22T12:41:10
            2025年5月22日 12:41            | 2025-05-22T12:41:00
            ２０２５年５月２２日             | 2025-05-22
            2025년 5월 22일                | 2025-05-22
            22.05.2025                   | 2025-05-22
            May 22, 2025                 | 2025-05-22
            Thursday, May 22nd 2025, 3:05 pm | 2025-05-22T15:05:00
            22 mai 2025                  | 2025-05-22
            22. Mai 2025                 | 2025-05-22
            22 de mayo de 2025           | 2025-05-22
            22 мая 2025 г.               | 2025-05-22
            2025/05/22                   | 2025-05-22
            2025-05-22T12:41:10+08:00    | 2025-05-22T12:41:10+08:00
            2025-05-22T04:41:10Z         | 2025-05-22T04:41:10Z
            """)
    void readsTheFormatsPagesPrint(String text, String expected) {
        assertThat(iso(text, DAY_FIRST)).isEqualTo(expected);
    }

    @Test
    void slashedDateIsDayFirstOutsideAmericanEnglish() {
        assertThat(iso("04/05/2022", DAY_FIRST)).isEqualTo("2022-05-04");
    }

    @Test
    void slashedDateIsMonthFirstInAmericanEnglish() {
        assertThat(iso("04/05/2022", MONTH_FIRST)).isEqualTo("2022-04-05");
    }

    @Test
    void slashedDateThatAllowsOneReadingIgnoresTheConvention() {
        assertThat(iso("22/05/2022", MONTH_FIRST)).isEqualTo("2022-05-22");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 hours ago   | 2025-06-01
            3小时前        | 2025-06-01
            昨天 08:00     | 2025-05-31
            2 days ago    | 2025-05-30
            vor 2 Tagen   | 2025-05-30
            """)
    void relativeDatesCountBackFromTheRetrievalTime(String text, String expected) {
        assertThat(iso(text, DAY_FIRST)).isEqualTo(expected);
    }

    @Test
    void dateAfterTheRetrievalDayIsNoPublicationDate() {
        assertThat(iso("2025-07-01", DAY_FIRST)).isNull();
    }

    @Test
    void dateBefore1995IsNoWebArticleDate() {
        assertThat(iso("1994-12-31", DAY_FIRST)).isNull();
    }

    @Test
    void impossibleDayIsNoDate() {
        assertThat(iso("2025-02-30", DAY_FIRST)).isNull();
    }

    @Test
    void aDottedShortYearIsReadDayFirstInThisCentury() {
        assertThat(iso("Von: Björn Jahner | 31.10.23", DAY_FIRST)).isEqualTo("2023-10-31");
    }

    @Test
    void aDottedShortYearOnAnAmericanPageKeepsTheMonthFirst() {
        assertThat(iso("11.03.17 in Gadgetry", MONTH_FIRST)).isEqualTo("2017-11-03");
    }

    @Test
    void aVersionNumberIsNoShortDate() {
        assertThat(iso("Release v1.10.22.3 and 4.9.13", DAY_FIRST)).isNull();
    }
}
