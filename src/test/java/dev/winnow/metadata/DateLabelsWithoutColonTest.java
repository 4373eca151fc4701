package dev.winnow.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** East Asian news sites print their date labels without a colon; the dates still go to published and modified. */
class DateLabelsWithoutColonTest {

    private static Metadata page(String lang, String dateLine) {
        return MetadataPages.fromHtml("<html lang=\"" + lang + "\"><body><article><h1>Council approves the budget</h1>"
                + dateLine + "<p>The council approved the budget after a long evening of debate.</p></article></body></html>");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            ko | <p>입력 2025.05.22 12:41 수정 2025.05.23 09:00</p>               | 2025-05-22T12:41:00 | 2025-05-23T09:00:00
            ko | <p>기사입력 2025-05-22 12:41 · 최종수정 2025-05-23 09:00</p>        | 2025-05-22T12:41:00 | 2025-05-23T09:00:00
            ko | <p>등록 2025-05-22 12:41 수정 2025-05-23 09:00</p>               | 2025-05-22T12:41:00 | 2025-05-23T09:00:00
            ja | <p>公開日 2025年5月22日 更新日 2025年5月23日</p>                      | 2025-05-22          | 2025-05-23
            zh | <p>发布时间 2025-05-22 12:41 更新时间 2025-05-23 09:00</p>          | 2025-05-22T12:41:00 | 2025-05-23T09:00:00
            """)
    void theLabelsNameEachDate(String lang, String dateLine, String published, String modified) {
        Metadata m = page(lang, dateLine);
        assertThat(m.published()).isEqualTo(published);
        assertThat(m.modified()).isEqualTo(modified);
    }
}
