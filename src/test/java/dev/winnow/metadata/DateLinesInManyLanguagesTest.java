package dev.winnow.metadata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The date line a template prints under the headline, in the languages and forms pages use. */
class DateLinesInManyLanguagesTest {

    private static Metadata page(String lang, String dateLine) {
        return MetadataPages.fromHtml("<html lang=\"" + lang + "\"><head><title>Council approves the budget</title></head>"
                + "<body><article><h1>Council approves the budget</h1>" + dateLine
                + "<p>The council approved the budget after a long evening of debate, and the article goes on long "
                + "enough to be one.</p></article></body></html>");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | <p>2025-05-22 12:41 来源：新华社</p>                                     | 2025-05-22T12:41:00
            zh | <div>发布时间：2025年05月22日 12:41  来源：人民网  责任编辑：李明</div>          | 2025-05-22T12:41:00
            zh | <p>【发布时间：2025-05-22】【来源：本站】【字号：大 中 小】</p>                   | 2025-05-22
            zh | <div>时间：2025-05-22 浏览：120次</div>                                  | 2025-05-22
            zh | <p>发表于 2025-05-22 12:41</p>                                         | 2025-05-22T12:41:00
            zh | <p>发布时间：2025年5月22日 下午3:05</p>                                    | 2025-05-22T15:05:00
            zh | <p>２０２５年５月２２日　１２：４１</p>                                         | 2025-05-22T12:41:00
            ja | <p>2025年5月22日 12時41分</p>                                           | 2025-05-22T12:41:00
            ja | <p>2025年5月22日(木) 12:41配信</p>                                       | 2025-05-22T12:41:00
            ja | <p>公開日：2025年5月22日 更新日：2025年5月23日</p>                             | 2025-05-22
            ja | <p>令和7年5月22日</p>                                                  | 2025-05-22
            ko | <p>입력 2025.05.22 12:41 수정 2025.05.23 09:00</p>                     | 2025-05-22T12:41:00
            ko | <p>기사입력 2025-05-22 12:41 · 최종수정 2025-05-23 09:00</p>               | 2025-05-22T12:41:00
            ko | <p>2025. 5. 22. 오후 3:05</p>                                         | 2025-05-22T15:05:00
            de | <p>Veröffentlicht am 22.05.2025 · Aktualisiert am 23.05.2025</p>       | 2025-05-22
            de | <p>Von Max Müller · 22. Mai 2025, 14:30 Uhr</p>                       | 2025-05-22T14:30:00
            fr | <p>Publié le 22 mai 2025 à 12h41, mis à jour le 23 mai 2025 à 09h00</p> | 2025-05-22T12:41:00
            es | <p>Publicado el 22/05/2025 - Actualizado: 23/05/2025</p>               | 2025-05-22
            es | <p>22 de mayo de 2025 · 12:41</p>                                     | 2025-05-22T12:41:00
            pt | <p>Publicado em 22/05/2025 às 12h41 Atualizado em 23/05/2025 às 09h00</p> | 2025-05-22T12:41:00
            it | <p>Pubblicato il 22 maggio 2025 alle 12:41</p>                        | 2025-05-22T12:41:00
            it | <p>22 maggio 2025 ore 12:41</p>                                       | 2025-05-22T12:41:00
            ru | <p>Опубликовано: 22 мая 2025, 12:41</p>                               | 2025-05-22T12:41:00
            ru | <p>Опубликовано 22.05.2025 12:41 Обновлено 23.05.2025</p>              | 2025-05-22T12:41:00
            """)
    void theDateLineByTheHeadlineIsThePublicationDate(String lang, String dateLine, String expected) {
        assertThat(page(lang, dateLine).published()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | <p class="time">3小时前</p>        | 2025-06-01
            zh | <span class="time">昨天 12:41</span> | 2025-05-31
            ja | <p>3日前</p>                       | 2025-05-29
            ko | <p>3시간 전</p>                     | 2025-06-01
            de | <p>vor 2 Tagen</p>                  | 2025-05-30
            fr | <p>il y a 3 heures</p>              | 2025-06-01
            ru | <p>вчера в 12:41</p>                | 2025-05-31
            en | <p class="date">an hour ago</p>     | 2025-06-01
            en | <p>Posted 2 days ago</p>            | 2025-05-30
            de | <p>Veröffentlicht vor 2 Tagen</p>   | 2025-05-30
            fr | <p>Publié aujourd'hui à 12h41</p>   | 2025-06-01
            zh | <p>发布于3小时前</p>                   | 2025-06-01
            """)
    void aPageDatedOnlyByARelativeDateIsDatedFromItsRetrieval(String lang, String dateLine, String expected) {
        assertThat(page(lang, dateLine).published()).isEqualTo(expected);
    }

    @Test
    void aShortLineThatMerelyHoldsARelativeWordIsNoDate() {
        assertThat(page("de", "<p>Hier klicken</p>").published()).isNull();
    }

    @Test
    void aLabelBeforeOtherWordsIsNoRelativeDate() {
        assertThat(page("en", "<p>Posted in News</p>").published()).isNull();
    }

    @Test
    void aTimeInUtcADayOffItsPrintedLocalDayIsDatedByThePrintedDay() {
        assertThat(page("de", "<time datetime=\"2025-05-21T23:30:00Z\">22.05.2025, 01:30 Uhr</time>").published())
                .startsWith("2025-05-22");
    }

    @Test
    void aRelativeDateGivesWayToAnyDateThePageStates() {
        Metadata m = MetadataPages.fromHtml("<html><head><meta property=\"article:published_time\" content=\"2025-05-20\">"
                + "</head><body><article><h1>Council approves the budget</h1><p class=\"time\">3 hours ago</p>"
                + "<p>The council approved the budget after a long evening of debate.</p></article></body></html>");
        assertThat(m.published()).isEqualTo("2025-05-20");
    }
}
