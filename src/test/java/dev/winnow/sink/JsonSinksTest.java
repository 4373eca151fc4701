package dev.winnow.sink;

import dev.winnow.record.ArticleRecord;
import dev.winnow.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonSinksTest {

    @TempDir
    Path dir;

    private static ArticleRecord record(String id, String text) {
        return new ArticleRecord(id, null, "a.html", true, null, "Title", null, null, null, null, List.of(), null,
                null, "en", List.of(), List.of(), null, null, text, text, "<p>" + text + "</p>", 2, "0".repeat(64),
                "UTF-8", Map.of(), "2026-11-29T08:00:00Z", ArticleRecord.SCHEMA_VERSION);
    }

    @Test
    void jsonLinesHoldsOneWholeRecordALineEvenWhenTheTextHasNewlines() throws IOException {
        Path file = dir.resolve("records.jsonl");
        try (JsonLinesSink sink = new JsonLinesSink(file)) {
            sink.write(record("a".repeat(32), "First.\n\nSecond."));
            sink.write(record("b".repeat(32), "Third."));
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(RecordJson.mapper().readTree(lines.get(0)).path("text").asText()).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void jsonFilesWritesOnePrettyFileNamedByIdAndNoTemporaryFiles() throws IOException {
        try (JsonFilesSink sink = new JsonFilesSink(dir)) {
            sink.write(record("c".repeat(32), "Text."));
        }
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(names).containsExactly("c".repeat(32) + ".json");
        String json = Files.readString(dir.resolve("c".repeat(32) + ".json"));
        assertThat(json).contains("\n  \"title\"");
        assertThat(RecordJson.mapper().readTree(json).path("text").asText()).isEqualTo("Text.");
    }

    @Test
    void countingSinkCountsWhatReachesIt() {
        try (CountingSink counted = new CountingSink(new JsonFilesSink(dir))) {
            counted.write(record("d".repeat(32), "One."));
            counted.write(record("e".repeat(32), "Two."));
            assertThat(counted.written()).isEqualTo(2);
        }
    }
}
