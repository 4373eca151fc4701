package dev.winnow.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordSchemaTest {

    private static ObjectNode record(boolean article, String rejectReason, String published, String language,
                                     List<String> authors) {
        ObjectNode json = RecordJson.mapper().valueToTree(TestRecords.article("a.html", "First paragraph.\n\nSecond."));
        json.put("article", article);
        json.put("rejectReason", rejectReason);
        json.put("published", published);
        json.put("language", language);
        json.set("authors", RecordJson.mapper().valueToTree(authors));
        json.put("author", authors.isEmpty() ? null : String.join(", ", authors));
        return json;
    }

    private static ObjectNode json(ObjectNode record) {
        return record;
    }

    @Test
    void aCompleteArticleRecordFollowsTheSchema() {
        assertThat(RecordSchema.violations(record(true, null, "2025-05-22T12:41:10", "zh-CN", List.of("Li Wei"))))
                .isEmpty();
    }

    @Test
    void aDateMayBeADayATimeWithoutOffsetOrATimeWithOffset() {
        for (String date : List.of("2025-05-22", "2025-05-22T12:41:10", "2025-05-22T12:41:10.250",
                "2025-05-22T12:41:10+08:00", "2025-05-22T04:41:10Z")) {
            assertThat(RecordSchema.violations(record(true, null, date, "en", List.of()))).as(date).isEmpty();
        }
    }

    @Test
    void aDateThatIsNotCanonicalIso8601IsRejected() {
        for (String date : List.of("2025/05/22", "22 May 2025", "2025-05-22 12:41:10", "2025-13-01", "2025-05-22T25:00:00",
                "2025-05-22T12:41")) {
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
