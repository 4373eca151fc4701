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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            22ndMay 2025                 | 2025-05-22
            22 MAYIS 2025                | 2025-05-22
            22 Mayıs 2025                | 2025-05-22
            Jan. 4, 2021                 | 2021-01-04
            Posted on:MAY 22, 2025       | 2025-05-22
            """)
    void monthNamesInAnyCaseOrGluedToAnOrdinalStillReachTheMonthPatterns(String text, String expected) {
        assertThat(iso(text, DAY_FIRST)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025年05月22日12:41:10        | 2025-05-22T12:41:10
            2025年5月22日 12時41分          | 2025-05-22T12:41:00
            2025年5月22日(木) 12:41         | 2025-05-22T12:41:00
            2025年5月22日 星期四 12:41       | 2025-05-22T12:41:00
            2025年5月22日 下午3:05          | 2025-05-22T15:05:00
            2025/05/22 上午 09:05          | 2025-05-22T09:05:00
            2025年5月22日 午後3時05分        | 2025-05-22T15:05:00
            2025. 5. 22. 오후 3:05         | 2025-05-22T15:05:00
            2025.05.22 오전 10:30          | 2025-05-22T10:30:00
            ２０２５－０５－２２             | 2025-05-22
            ２０２５年５月２２日　１２：４１     | 2025-05-22T12:41:00
            二〇二五年五月二十二日           | 2025-05-22
            二〇一九年十月十日               | 2019-10-10
            令和7年5月22日                 | 2025-05-22
            令和元年5月1日                 | 2019-05-01
            平成31年4月30日                | 2019-04-30
            22 мая 2025, 12:41           | 2025-05-22T12:41:00
            22 травня 2025               | 2025-05-22
            22 maja 2025                 | 2025-05-22
            22. května 2025              | 2025-05-22
            22 Mayıs 2025                | 2025-05-22
            22 MAYIS 2025                | 2025-05-22
            22 de maio de 2025           | 2025-05-22
            Pubblicato il 22 maggio 2025 | 2025-05-22
            22/05/2025 ore 12:41         | 2025-05-22T12:41:00
            22 de mayo de 2025 · 12:41   | 2025-05-22T12:41:00
            Publié le 22/05/2025 à 12h41 | 2025-05-22T12:41:00
            22-May-2025                  | 2025-05-22
            22nd of May 2025             | 2025-05-22
            Thu May 22 12:41:10 2025     | 2025-05-22T12:41:10
            Jan 04 09:34 2021            | 2021-01-04T09:34:00
            """)
    void readsTheFormatsOfManyLanguagesAndScripts(String text, String expected) {
        assertThat(iso(text, DAY_FIRST)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            22 ноября 2024 г., 12:41          | 2024-11-22T12:41:00
            22 травня 2024 р. о 12:41         | 2024-05-22T12:41:00
            22 мая 2024 года в 12:41          | 2024-05-22T12:41:00
            22 maja 2024 r., 12:41            | 2024-05-22T12:41:00
            torsdag 22. maj 2025 kl. 12:41    | 2025-05-22T12:41:00
            22.5.2025 klo 12:41               | 2025-05-22T12:41:00
            Πέμπτη, 22 Μαΐου 2025, 12:41      | 2025-05-22T12:41:00
            Publicado el jueves, 22 de mayo de 2025 | 2025-05-22
            22 de Mayo, 2025                  | 2025-05-22
            22 d'abril de 2025                | 2025-04-22
            22 març de 2025                   | 2025-03-22
            22 martie 2025                    | 2025-03-22
            Kamis, 22 Mei 2025 12:41 WIB      | 2025-05-22T12:41:00
            22 Agustus 2024                   | 2024-08-22
            22 Maret 2025                     | 2025-03-22
            22 Ogos 2024                      | 2024-08-22
            donderdag 22 mei 2025             | 2025-05-22
            22 okt. 2024                      | 2024-10-22
            22 maj 2025                       | 2025-05-22
            22. toukokuuta 2025               | 2025-05-22
            22 Μαΐου 2025                     | 2025-05-22
            ngày 22 tháng 5 năm 2025          | 2025-05-22
            22 tháng 05, 2025                 | 2025-05-22
            Thứ năm, 22/5/2025, 12:41 (GMT+7) | 2025-05-22T12:41:00
            22 مايو، 2025                     | 2025-05-22
            الخميس ٢٢ مايو ٢٠٢٥               | 2025-05-22
            ٢٢ أيار ٢٠٢٥                      | 2025-05-22
            ۲۰۲۵/۰۵/۲۲                        | 2025-05-22
            2025. május 22. 12:41             | 2025-05-22T12:41:00
            2019 Mar 3                        | 2019-03-03
            2025-5-22                         | 2025-05-22
            2025-5-2 9:05                     | 2025-05-02T09:05:00
            发布时间：2025.05.22                | 2025-05-22
            发布时间：2025.5.22 09:05           | 2025-05-22T09:05:00
            Published: 3rd March 2019         | 2019-03-03
            """)
    void readsTheFormsOfMoreLanguages(String text, String expected) {
        assertThat(iso(text, DAY_FIRST)).isEqualTo(expected);
    }

    @Test
    void aNumberedMonthWithoutItsVietnameseWordIsNoDate() {
        assertThat(iso("22 5 2025", DAY_FIRST)).isNull();
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
            an hour ago   | 2025-06-01
            a day ago     | 2025-05-31
            vor einem Tag | 2025-05-31
            il y a un an  | 2024-06-01
            一天前          | 2025-05-31
            3時間前         | 2025-06-01
            3일 전          | 2025-05-29
            hace 3 horas  | 2025-06-01
            há 2 dias     | 2025-05-30
            3 ore fa      | 2025-06-01
            3 часа назад  | 2025-06-01
            вчера в 12:41 | 2025-05-31
            어제            | 2025-05-31
            刚刚            | 2025-06-01
            just now      | 2025-06-01
            """)
    void relativeDatesCountBackFromTheRetrievalTime(String text, String expected) {
        assertThat(iso(text, DAY_FIRST)).isEqualTo(expected);
    }

    @Test
    void aRelativeDateAloneOnItsLineIsFound() {
        assertThat(PARSER.relativeAlone("vor 3 Stunden", DAY_FIRST, 3)).map(ParsedDate::iso).contains("2025-06-01");
    }

    @Test
    void aRelativeWordInsideOtherWordsIsNoDateLine() {
        assertThat(PARSER.relativeAlone("Hier klicken", DAY_FIRST, 3)).isEmpty();
    }

    @Test
    void theMinutesMarkOfAnEastAsianTimeWithoutSecondsBelongsToTheDate() {
        assertThat(PARSER.withoutDates("2022年4月10日 午前6時00分（", "")).isEqualTo("(");
    }

    @Test
    void aChineseNumeralYearBefore1995IsNoWebArticleDate() {
        assertThat(iso("一九八九年六月四日", DAY_FIRST)).isNull();
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

    @Test
    void aDateWhoseNumbersAreSetApartByBarsIsReadDayFirst() {
        assertThat(iso("22 | 05 | 2025", DAY_FIRST)).isEqualTo("2025-05-22");
    }
}
