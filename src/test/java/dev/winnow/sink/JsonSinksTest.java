package dev.winnow.sink;

import dev.winnow.record.ArticleRecord;
import dev.winnow.record.RecordJson;
import dev.winnow.record.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonSinksTest {

    @TempDir
    Path dir;

    private static ArticleRecord record(String file, String text) {
        return TestRecords.article(file, text);
    }

    @Test
    void jsonLinesHoldsOneWholeRecordALineEvenWhenTheTextHasNewlines() throws IOException {
        Path file = dir.resolve("records.jsonl");
        try (JsonLinesSink sink = new JsonLinesSink(file)) {
            sink.write(record("a.html", "First.\n\nSecond."));
            sink.write(record("b.html", "Third."));
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(RecordJson.mapper().readTree(lines.get(0)).path("text").asText()).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void jsonFilesWritesOnePrettyFileNamedByIdAndNoTemporaryFiles() throws IOException {
        try (JsonFilesSink sink = new JsonFilesSink(dir)) {
            sink.write(record("c.html", "Text."));
        }
        String id = record("c.html", "Text.").id();
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(names).containsExactly(id + ".json");
        String json = Files.readString(dir.resolve(id + ".json"));
        assertThat(json).contains("\n  \"title\"");
        assertThat(RecordJson.mapper().readTree(json).path("text").asText()).isEqualTo("Text.");
    }

    @Test
    void jsonFilesTakesTheSameRecordFromManyThreadsAtOnceAndLeavesOneWholeFile() throws Exception {
        ArticleRecord record = record("same.html", "Same text. ".repeat(20_000));
        try (JsonFilesSink sink = new JsonFilesSink(dir)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                writes.add(pool.submit(() -> sink.write(record)));
            }
            for (java.util.concurrent.Future<?> write : writes) {
                write.get();
            }
            pool.shutdown();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(record.id() + ".json");
        }
        assertThat(RecordJson.mapper().readTree(dir.resolve(record.id() + ".json").toFile()).path("text").asText())
                .isEqualTo(record.text());
    }

    @Test
    void countingSinkCountsWhatReachesIt() {
        try (CountingSink counted = new CountingSink(new JsonFilesSink(dir))) {
            counted.write(record("d.html", "One."));
            counted.write(record("e.html", "Two."));
            assertThat(counted.written()).isEqualTo(2);
        }
    }
}
