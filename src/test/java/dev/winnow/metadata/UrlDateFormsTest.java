package dev.winnow.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlDateFormsTest {

    private static String published(String path) {
        return MetadataPages.fromHtml("<html lang=\"zh\"><head><link rel=\"canonical\" href=\"https://example.org" + path + "\">"
                + "</head><body><h1>市政府召开常务会议</h1><p>会议研究部署了近期重点工作。</p></body></html>").published();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /news/2025/05/22/meeting.html          | 2025-05-22
            /news/2025-5-22/meeting.html           | 2025-05-22
            /a/202505/22/WS6830a1b2c3.html         | 2025-05-22
            /news/20250522/meeting.html            | 2025-05-22
            /rain/a/20250522A01ABC00               | 2025-05-22
            /xxgk/202505/t20250522_123456.html     | 2025-05-22
            /n1/2025/0522/c1001-40484444.html      | 2025-05-22
            """)
    void readsTheDateForms(String path, String expected) {
        assertThat(published(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /product/20251399/details
            /n1/2025/1399/c1001-1.html
            /2019/43/klimaschutz-banken
            /xxgk/202505/t20251340_123456.html
            """)
    void numbersThatAreNoDateGiveNone(String path) {
        assertThat(published(path)).isNull();
    }
}
