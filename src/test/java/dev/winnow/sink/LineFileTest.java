package dev.winnow.sink;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LineFileTest {

    @TempDir
    Path dir;

    @Test
    void appendCutsOffATornLastLine() throws IOException {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, "{\"n\":1}\n{\"n\":2}\n{\"n\":3,\"te");
        try (LineFile lines = LineFile.append(file)) {
            lines.writeLine("{\"n\":4}");
        }
        assertThat(Files.readString(file)).isEqualTo("{\"n\":1}\n{\"n\":2}\n{\"n\":4}\n");
    }

    @Test
    void appendFindsTheLastWholeLineBehindATornLineOfManyBlocks() throws IOException {
        Path file = dir.resolve("records.jsonl");
        String whole = "{\"f\":\"" + "a".repeat(200_000) + "\"}\n";
        Files.writeString(file, whole + "{\"f\":\"" + "b".repeat(150_000));
        try (LineFile lines = LineFile.append(file)) {
            lines.writeLine("{}");
        }
        assertThat(Files.readString(file)).isEqualTo(whole + "{}\n");
    }

    @Test
    void appendKeepsEveryWholeLine() throws IOException {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, "{\"n\":1}\n{\"n\":2}\n");
        try (LineFile lines = LineFile.append(file)) {
            lines.writeLine("{\"n\":3}");
        }
        assertThat(Files.readString(file)).isEqualTo("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    }

    @Test
    void appendToAFileThatIsOneTornLineLeavesOnlyNewLines() throws IOException {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, "{\"n\":1,\"te");
        try (LineFile lines = LineFile.append(file)) {
            lines.writeLine("{\"n\":2}");
        }
        assertThat(Files.readString(file)).isEqualTo("{\"n\":2}\n");
    }

    @Test
    void appendCreatesAFileThatDoesNotExistWithItsFolders() throws IOException {
        Path file = dir.resolve("a").resolve("b").resolve("records.jsonl");
        try (LineFile lines = LineFile.append(file)) {
            lines.writeLine("{}");
        }
        assertThat(Files.readString(file)).isEqualTo("{}\n");
    }

    @Test
    void aLineGivenAsBytesIsWrittenWithItsNewline() throws IOException {
        Path file = dir.resolve("records.jsonl");
        try (LineFile lines = LineFile.create(file)) {
            lines.writeLine("{\"t\":\"长者食堂\"}".getBytes(StandardCharsets.UTF_8));
            lines.writeLine("{\"n\":2}");
        }
        assertThat(Files.readString(file)).isEqualTo("{\"t\":\"长者食堂\"}\n{\"n\":2}\n");
    }

    @Test
    void createReplacesAnEarlierFile() throws IOException {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, "{\"old\":true}\n".repeat(10));
        try (LineFile lines = LineFile.create(file)) {
            lines.writeLine("{\"new\":true}");
        }
        assertThat(Files.readString(file)).isEqualTo("{\"new\":true}\n");
    }

    @Test
    void linesWrittenFromManyThreadsNeverInterleave() throws Exception {
        Path file = dir.resolve("records.jsonl");
        String filler = "y".repeat(10_000);
        try (LineFile lines = LineFile.create(file)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                int thread = t;
                pool.execute(() -> {
                    for (int n = 0; n < 200; n++) {
                        lines.writeLine("{\"t\":" + thread + ",\"n\":" + n + ",\"f\":\"" + filler + "\"}");
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(written).hasSize(800);
        for (String line : written) {
            assertThat(RecordJson.mapper().readTree(line).path("f").asText()).isEqualTo(filler);
        }
    }

    @Test
    void aWriterKilledMidRunLeavesOnlyWholeLinesOnceReopenedForAppend() throws Exception {
        Path file = dir.resolve("records.jsonl");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KilledWriter.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("writer.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((!Files.exists(file) || Files.size(file) < 8L * 1024 * 1024) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.size(file)).as("bytes written before the kill").isGreaterThan(0);
        try (LineFile lines = LineFile.append(file)) {
            lines.writeLine("{\"n\":-1,\"filler\":\"after the restart\"}");
        }
        List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8);
        long previous = -1;
        for (String line : written.subList(0, written.size() - 1)) {
            JsonNode record = RecordJson.mapper().readTree(line);
            assertThat(record.path("n").asLong()).isEqualTo(previous + 1);
            previous = record.path("n").asLong();
        }
        assertThat(written.get(written.size() - 1)).isEqualTo("{\"n\":-1,\"filler\":\"after the restart\"}");
    }
}
