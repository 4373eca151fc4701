package dev.winnow.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordSchemaTest {

    private static ArticleRecord record(boolean article, String rejectReason, String published, String language,
                                        List<String> authors) {
        return new ArticleRecord("0123456789abcdef0123456789abcdef", "https://news.example/a/1", "a.html", article,
                rejectReason, "A title", published, null, "Xinhua", authors.isEmpty() ? null : String.join(", ", authors),
                authors, null, "Example News", language, List.of("Home", "World"), List.of("tag"), null, null,
                "First paragraph.\n\nSecond.", "First paragraph.\n\nSecond.", "<p>First paragraph.</p><p>Second.</p>",
                3, "a".repeat(64), "UTF-8", Map.of("title", "h1", "published", "meta"), "2026-11-29T08:00:00.123Z",
                ArticleRecord.SCHEMA_VERSION);
    }

    private static ObjectNode json(ArticleRecord record) {
        return RecordJson.mapper().valueToTree(record);
    }

    @Test
    void aCompleteArticleRecordFollowsTheSchema() {
        assertThat(RecordSchema.violations(record(true, null, "2025-05-22T12:41:10", "zh-CN", List.of("Li Wei"))))
                .isEmpty();
    }

    @Test
    void aDateMayBeADayATimeWithoutOffsetOrATimeWithOffset() {
        for (String date : List.of("2025-05-22", "2025-05-22T12:41", "2025-05-22T12:41:10", "2025-05-22T12:41:10.250",
                "2025-05-22T12:41:10+08:00", "2025-05-22T04:41:10Z")) {
            assertThat(RecordSchema.violations(record(true, null, date, "en", List.of()))).as(date).isEmpty();
        }
    }

    @Test
    void aDateThatIsNotIso8601IsRejected() {
        for (String date : List.of("2025/05/22", "22 May 2025", "2025-05-22 12:41:10", "2025-13-01", "2025-05-22T25:00")) {
            assertThat(RecordSchema.violations(record(true, null, date, "en", List.of()))).as(date).isNotEmpty();
        }
    }

    @Test
    void languageMustBeABcp47Tag() {
        for (String tag : List.of("en", "zh-CN", "zh-Hans-CN", "ja", "sr-Latn", "es-419", "de-CH-1996")) {
            assertThat(RecordSchema.violations(record(true, null, null, tag, List.of()))).as(tag).isEmpty();
        }
        for (String tag : List.of("english", "zh_CN", "", "en-")) {
            assertThat(RecordSchema.violations(record(true, null, null, tag, List.of()))).as(tag).isNotEmpty();
        }
    }

    @Test
    void aRejectedPageMustSayWhyAndAnArticleMustNot() {
        assertThat(RecordSchema.violations(record(false, "listing", null, "en", List.of()))).isEmpty();
        assertThat(RecordSchema.violations(record(false, null, null, "en", List.of()))).isNotEmpty();
        assertThat(RecordSchema.violations(record(true, "listing", null, "en", List.of()))).isNotEmpty();
    }

    @Test
    void everyContractFieldIsRequired() {
        ObjectNode json = json(record(true, null, null, "en", List.of()));
        json.remove("breadcrumbs");
        assertThat(RecordSchema.violations(json)).anyMatch(m -> m.contains("breadcrumbs"));
    }

    @Test
    void provenanceNamesOnlyMetadataFieldsWithTheirEvidence() {
        ObjectNode json = json(record(true, null, null, "en", List.of()));
        ((ObjectNode) json.get("provenance")).put("text", "body");
        assertThat(RecordSchema.violations(json)).isNotEmpty();
        ((ObjectNode) json.get("provenance")).remove("text");
        ((ObjectNode) json.get("provenance")).put("source", "");
        assertThat(RecordSchema.violations(json)).isNotEmpty();
    }

    @Test
    void authorIsNullExactlyWhenTheAuthorListIsEmpty() {
        ObjectNode json = json(record(true, null, null, "en", List.of("Ana Ruiz")));
        json.putNull("author");
        assertThat(RecordSchema.violations(json)).isNotEmpty();
    }

    @Test
    void extraFieldsAreAllowed() {
        ObjectNode json = json(record(true, null, null, "en", List.of()));
        json.put("readingMinutes", 4);
        assertThat(RecordSchema.violations(json)).isEmpty();
    }
}
