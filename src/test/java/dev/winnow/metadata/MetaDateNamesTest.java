package dev.winnow.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MetaDateNamesTest {

    private static Metadata page(String attribute, String name, String content) {
        return page("", attribute, name, content);
    }

    private static Metadata page(String head, String attribute, String name, String content) {
        return MetadataPages.fromHtml("<html lang=\"en\"><head><title>Council approves the new park</title>" + head
                + "<meta " + attribute + "=\"" + name + "\" content=\"" + content + "\"></head>"
                + "<body><h1>Council approves the new park</h1><p>The council voted to turn the rail yard into a park.</p>"
                + "</body></html>");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            name     | DC.created                          | 2025-05-22
            name     | dcterms:created                     | 2025-05-22
            name     | prism.publicationDate               | 2025-05-22
            property | http://ogp.me/ns/article#published_time | 2025-05-22T12:41:10+02:00
            property | shareaholic:article_published_time  | 2025-05-22T12:41:10+02:00
            name     | cXenseParse:recs:publishtime        | 2025-05-22T12:41:10+02:00
            """)
    void publicationDatesUnderTheNamesOfStandardsAndPlugins(String attribute, String name, String content) {
        assertThat(page(attribute, name, content).published()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            name     | DC.modified                         | 2025-05-23
            property | http://ogp.me/ns/article#modified_time | 2025-05-23T08:00:00+02:00
            property | shareaholic:article_modified_time   | 2025-05-23T08:00:00+02:00
            """)
    void modificationDatesUnderTheNamesOfStandardsAndPlugins(String attribute, String name, String content) {
        String published = "<meta property=\"article:published_time\" content=\"2025-05-22\">";
        assertThat(page(published, attribute, name, content).modified()).isEqualTo(content);
    }
}
