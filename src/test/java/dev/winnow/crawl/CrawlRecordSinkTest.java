package dev.winnow.crawl;

import dev.winnow.record.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CrawlRecordSinkTest {

    @TempDir
    Path dir;

    private static ArticleRecord gone(String id) {
        return ArticleRecord.deletion(id, "http://a.test/" + id, "2026-01-01T00:00:00Z");
    }

    private CrawlRecordSink open(Map<String, String> hashes, Map<String, String> meta) {
        return new CrawlRecordSink(dir.resolve("records.jsonl"), hashes, meta, Clock.systemUTC(), record -> { });
    }

    @Test
    void aLineWrittenAfterTheStateWasLastSavedIsReadBackSoItIsNotWrittenTwice() {
        Map<String, String> savedHashes = new HashMap<>();
        Map<String, String> savedMeta = new HashMap<>();
        try (CrawlRecordSink sink = open(savedHashes, savedMeta)) {
            sink.write(gone("one"));
        }
        // The crash came after the line was written and before the state holding its hash was saved.
        Map<String, String> hashes = new HashMap<>();
        Map<String, String> meta = new HashMap<>(Map.of("records-read-to", "0"));

        try (CrawlRecordSink sink = open(hashes, meta)) {
            sink.write(gone("one"));

            assertThat(sink.written()).isZero();
            assertThat(sink.unchanged()).isEqualTo(1);
        }
    }

    @Test
    void linesTheStateAlreadyAccountsForAreNotReadAgain() throws Exception {
        Map<String, String> hashes = new HashMap<>();
        Map<String, String> meta = new HashMap<>();
        try (CrawlRecordSink sink = open(hashes, meta)) {
            sink.write(gone("one"));
        }
        assertThat(meta.get("records-read-to")).isEqualTo(Long.toString(Files.size(dir.resolve("records.jsonl"))));
        hashes.clear();

        try (CrawlRecordSink sink = open(hashes, meta)) {
            assertThat(hashes).isEmpty();
        }
    }

    @Test
    void aStoredLengthThatIsNotALineEndMeansTheFileChangedAndAllOfItIsReadBack() throws Exception {
        try (CrawlRecordSink sink = open(new HashMap<>(), new HashMap<>())) {
            sink.write(gone("one"));
            sink.write(gone("two"));
        }
        Map<String, String> hashes = new HashMap<>();
        Map<String, String> meta = new HashMap<>(Map.of("records-read-to", "5"));

        try (CrawlRecordSink sink = open(hashes, meta)) {
            assertThat(hashes).containsOnlyKeys("one", "two");
        }
    }
}
