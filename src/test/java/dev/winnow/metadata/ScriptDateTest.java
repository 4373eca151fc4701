package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptDateTest {

    private static final String BODY = "<body><article><h1>Sidamo, a coffee from Ethiopia</h1>"
            + "<p>The text of the article, long enough to be one.</p></article></body></html>";

    @Test
    void aPageDatedOnlyInItsScriptStateIsDatedByIt() {
        Metadata m = MetadataPages.fromHtml("<html><head><script>window.state = {\"article\":{\"title\":\"Sidamo\","
                + "\"published_at\":\"2019-03-02T06:22:28+01:00\",\"created_at\":\"2019-03-01T10:00:00+01:00\"}};"
                + "</script></head>" + BODY);
        assertThat(m.published()).isEqualTo("2019-03-02T06:22:28+01:00");
    }

    @Test
    void aScriptStateListingArticlesOfSeveralDaysDatesNothing() {
        Metadata m = MetadataPages.fromHtml("<html><head><script>var items = [{\"publishedAt\":\"2019-03-02\"},"
                + "{\"publishedAt\":\"2019-02-11\"}];</script></head>" + BODY);
        assertThat(m.published()).isNull();
    }

    @Test
    void aCreationKeyCountsWhenNoPublicationKeyIsThere() {
        Metadata m = MetadataPages.fromHtml("<html><head><script>self.__next_f.push({\\\"createdAt\\\":"
                + "\\\"2022-01-31T15:58:43+01:00\\\"})</script></head>" + BODY);
        assertThat(m.published()).isEqualTo("2022-01-31T15:58:43+01:00");
    }

    @Test
    void aKeyWithSpacesAndEscapedQuotesBeforeTheFirstDateOfALongScriptIsFound() {
        Metadata m = MetadataPages.fromHtml("<html><head><script>" + "var a = 1; ".repeat(500)
                + "window.s = {\\\"pub_date\\\" :  \\\"2021-06-15\\\"};</script></head>" + BODY);
        assertThat(m.published()).isEqualTo("2021-06-15");
    }
}

