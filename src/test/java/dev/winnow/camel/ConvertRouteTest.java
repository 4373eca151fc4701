package dev.winnow.camel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.pipeline.Settings;
import dev.winnow.record.ArticleRecord;
import dev.winnow.record.RecordJson;
import dev.winnow.record.RecordSchema;
import dev.winnow.sink.ErrorSink;
import dev.winnow.sink.RecordSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The convert route as the CLI runs it: YAML routes from routes/, stage beans bound, the run's sinks added. */
class ConvertRouteTest {

    @TempDir
    Path dir;

    private final List<ArticleRecord> records = Collections.synchronizedList(new ArrayList<>());

    private final RecordSink collecting = new RecordSink() {
        @Override
        public void write(ArticleRecord record) {
            records.add(record);
        }

        @Override
        public void close() {
        }
    };

    private List<JsonNode> convert(Settings settings, String... files) throws IOException {
        Path errorFile = dir.resolve("errors.jsonl");
        try (ErrorSink errors = new ErrorSink(errorFile);
             WinnowRuntime runtime = WinnowRuntime.start(settings,
                     Path.of(System.getProperty("winnow.home", ".")).resolve("routes"),
                     List.of("errors.camel.yaml", "pipeline.camel.yaml", "convert.camel.yaml"),
                     Map.of("recordSink", collecting, "failedPageHandler", new FailedPageHandler(errors)))) {
            for (String file : files) {
                assertThat(runtime.send("direct:convert", file, Map.of(PageLabel.FILE, file)))
                        .as("the route handles its own failures").isEmpty();
            }
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(errorFile, StandardCharsets.UTF_8)) {
            lines.add(RecordJson.mapper().readTree(line));
        }
        return lines;
    }

    @Test
    void aSavedPageBecomesARecordInTheRunsSink() throws IOException {
        List<JsonNode> errors = convert(Settings.load(), Path.of("samples", "ja-article.html").toString());
        assertThat(errors).isEmpty();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(Path.of("samples", "ja-article.html").toString());
            assertThat(r.text()).contains("観光列車");
            assertThat(RecordSchema.violations(r)).isEmpty();
        });
    }

    @Test
    void aPageAboveTheSizeLimitFailsAtTheReadStage() throws IOException {
        Path big = Files.writeString(dir.resolve("big.html"), "<p>" + "words ".repeat(100) + "</p>");
        List<JsonNode> errors = convert(Settings.load().with("winnow.read.max-bytes", "100"), big.toString());
        assertThat(records).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path("file").asText()).isEqualTo(big.toString());
            assertThat(e.path("stage").asText()).isEqualTo("read");
            assertThat(e.path("error").asText()).isEqualTo("StageException");
            assertThat(e.path("message").asText()).contains("limit");
        });
    }

    @Test
    void aBinaryFileFailsAtTheDecodeStageAndTheNextPageStillConverts() throws IOException {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Path binary = Files.write(dir.resolve("photo.html"), noise);
        List<JsonNode> errors = convert(Settings.load(), binary.toString(),
                Path.of("samples", "en-news-jsonld.html").toString());
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path("file").asText()).isEqualTo(binary.toString());
            assertThat(e.path("stage").asText()).isEqualTo("decode");
        });
        assertThat(records).hasSize(1);
    }

    @Test
    void aFileThatVanishedBeforeReadingIsOneErrorLine() throws IOException {
        String gone = dir.resolve("gone.html").toString();
        List<JsonNode> errors = convert(Settings.load(), gone);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path("file").asText()).isEqualTo(gone);
            assertThat(e.path("stage").asText()).isEqualTo("read");
            assertThat(e.path("message").asText()).contains(gone);
        });
    }
}
