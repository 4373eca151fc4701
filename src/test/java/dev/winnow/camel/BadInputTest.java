package dev.winnow.camel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.winnow.cli.Main;
import dev.winnow.record.RecordSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that are broken in every way a folder of saved pages can be, converted in one batch with a good page:
 * each broken page yields a record or exactly one error line, nothing brings the run down, and the good page
 * still converts. The inputs are generated here, not committed.
 */
class BadInputTest {

    /** The huge page's record holds strings longer than Jackson reads by default. */
    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build()).build();

    @TempDir
    static Path work;

    static Path in;
    static int exitCode;
    static List<JsonNode> records = new ArrayList<>();
    static List<JsonNode> errors = new ArrayList<>();

    @BeforeAll
    static void convertABatchOfBrokenPages() throws IOException {
        in = Files.createDirectories(work.resolve("in"));
        Files.copy(Path.of("samples", "en-news-jsonld.html"), in.resolve("good.html"));
        Files.write(in.resolve("empty.html"), new byte[0]);
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        Files.write(in.resolve("binary.html"), noise);
        String good = Files.readString(Path.of("samples", "en-news-jsonld.html"));
        Files.writeString(in.resolve("truncated.html"), good.substring(0, good.indexOf("<h2>How the turbines") + 9));
        writeHugePage(in.resolve("huge.html"), 30L * 1024 * 1024);
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(20_000)
                + "<p>A paragraph at the bottom of twenty thousand nested elements.</p>" + "</div>".repeat(20_000)
                + "</body></html>");
        Files.write(in.resolve("invalid-utf8.html"), invalidUtf8Page());
        Path out = work.resolve("out");
        exitCode = Main.run("convert", in.toString(), "--out", out.toString());
        for (String line : Files.readAllLines(out.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            records.add(READER.readTree(line));
        }
        for (String line : Files.readAllLines(out.resolve("errors.jsonl"), StandardCharsets.UTF_8)) {
            errors.add(READER.readTree(line));
        }
    }

    private static void writeHugePage(Path file, long bytes) throws IOException {
        String paragraph = "<p>This sentence is one of very many that make a page of thirty megabytes, the size of a"
                + " saved forum thread or an export that put every post on one page.</p>\n";
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A very long page</title></head>"
                    + "<body><h1>A very long page</h1><div class=\"content\">\n");
            for (long written = 0; written < bytes; written += paragraph.length()) {
                w.write(paragraph);
            }
            w.write("</div></body></html>\n");
        }
    }

    private static byte[] invalidUtf8Page() {
        byte[] head = ("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Broken bytes</title></head><body>"
                + "<h1>Broken bytes</h1><p>A caf").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xE9, (byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] tail = (" that declares UTF-8 and then holds bytes that are not, as pages stitched together from"
                + " several sources do.</p></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        System.arraycopy(bad, 0, page, head.length, bad.length);
        System.arraycopy(tail, 0, page, head.length + bad.length, tail.length);
        return page;
    }

    private static long outcomesOf(String name) {
        String file = in.resolve(name).toString();
        return records.stream().filter(r -> r.path("file").asText().equals(file)).count()
                + errors.stream().filter(e -> e.path("file").asText().equals(file)).count();
    }

    @Test
    void everyPageYieldsExactlyOneRecordOrErrorLine() {
        for (String name : List.of("good.html", "empty.html", "binary.html", "truncated.html", "huge.html", "deep.html",
                "invalid-utf8.html")) {
            assertThat(outcomesOf(name)).as(name).isEqualTo(1);
        }
        assertThat(records.size() + errors.size()).isEqualTo(7);
    }

    @Test
    void theGoodPageStillConvertsAmongBrokenOnes() {
        assertThat(records).filteredOn(r -> r.path("file").asText().endsWith("good.html"))
                .singleElement().satisfies(r -> {
                    assertThat(r.path("article").asBoolean()).isTrue();
                    assertThat(r.path("text").asText()).contains("Carrick Point");
                });
    }

    @Test
    void everyRecordOfTheBatchFollowsTheSchema() {
        records.forEach(RecordSchema::assertValid);
    }

    @Test
    void everyErrorLineSaysFileStageErrorAndMessage() {
        for (JsonNode error : errors) {
            for (String field : List.of("file", "stage", "error", "message")) {
                assertThat(error.path(field).asText("")).as("%s of %s", field, error).isNotBlank();
            }
        }
    }

    @Test
    void theExitCodeSaysWhetherAnyPageFailed() {
        assertThat(exitCode).isEqualTo(errors.isEmpty() ? 0 : 1);
    }

    @Test
    void anEmptyFileIsARecordThatSaysItIsEmptyOrAnErrorLine() {
        JsonNode record = recordOf("empty.html");
        if (record != null) {
            assertThat(record.path("article").asBoolean()).isFalse();
            assertThat(record.path("rejectReason").asText()).isEqualTo("empty");
        }
    }

    @Test
    void aBinaryFileIsNeverPassedOffAsAnArticle() {
        JsonNode record = recordOf("binary.html");
        if (record != null) {
            assertThat(record.path("article").asBoolean()).isFalse();
        }
    }

    @Test
    void aTruncatedPageKeepsTheTextBeforeTheCut() {
        JsonNode record = recordOf("truncated.html");
        assertThat(record).isNotNull();
        assertThat(record.path("text").asText()).contains("final safety review");
    }

    @Test
    void aPageNestedTwentyThousandDeepStillYieldsItsParagraph() {
        JsonNode record = recordOf("deep.html");
        assertThat(record).isNotNull();
        assertThat(record.path("text").asText()).contains("twenty thousand nested elements");
    }

    @Test
    void invalidUtf8IsReadWithoutLosingTheValidText() {
        JsonNode record = recordOf("invalid-utf8.html");
        assertThat(record).isNotNull();
        assertThat(record.path("text").asText()).contains("declares UTF-8 and then holds bytes");
    }

    @Test
    void aThirtyMegabytePageConverts() {
        JsonNode record = recordOf("huge.html");
        assertThat(record).isNotNull();
        assertThat(record.path("wordCount").asInt()).isGreaterThan(1_000_000);
    }

    @Test
    void aPageNestedTwentyThousandDeepConvertsWithTheJvmDefaultStackAndHeap() throws Exception {
        Path out = work.resolve("default-jvm");
        // The test JVM runs with a larger stack (-Xss2m in the pom); the winnow script passes none.
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwinnow.home=" + System.getProperty("winnow.home", "."), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "convert", in.resolve("deep.html").toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("default-jvm.log").toFile()).start();
        assertThat(run.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(work.resolve("default-jvm.log"))).isZero();
        assertThat(Files.readString(out.resolve("records.jsonl"))).contains("twenty thousand nested elements");
    }

    private static JsonNode recordOf(String name) {
        String file = in.resolve(name).toString();
        return records.stream().filter(r -> r.path("file").asText().equals(file)).findFirst().orElse(null);
    }
}
