package dev.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.record.RecordJson;
import dev.winnow.record.RecordSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;
    private Locale originalLocale;

    @BeforeEach
    void captureStandardStreams() {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        originalLocale = Locale.getDefault();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
        Locale.setDefault(originalLocale);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private Path page(String relative, String sample) throws IOException {
        Path target = dir.resolve("in").resolve(relative);
        Files.createDirectories(target.getParent());
        return Files.copy(Path.of("samples", sample), target);
    }

    private Path binaryPage(String relative) throws IOException {
        Path target = dir.resolve("in").resolve(relative);
        Files.createDirectories(target.getParent());
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        return Files.write(target, noise);
    }

    /** The lines of a JSON Lines file; every line of a records file is checked against the record schema. */
    private List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode node = RecordJson.mapper().readTree(line);
            if (file.getFileName().toString().equals("records.jsonl")) {
                RecordSchema.assertValid(node);
            }
            nodes.add(node);
        }
        return nodes;
    }

    private int convert(String... args) {
        return Main.run(args);
    }

    @Test
    void exitsWithZeroWhenEveryPageConverted() throws IOException {
        page("a.html", "en-news-jsonld.html");
        page("b.html", "wordpress-blog.html");
        Path out = dir.resolve("out");
        assertThat(convert("convert", dir.resolve("in").toString(), "--out", out.toString())).isZero();
        assertThat(lines(out.resolve("records.jsonl"))).hasSize(2);
        assertThat(out.resolve("errors.jsonl")).isEmptyFile();
    }

    @Test
    void aFolderWithoutPagesIsSaidSoAndIsNoFailure() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("drop"));
        Files.writeString(empty.resolve("notes.txt"), "not a page");
        assertThat(convert("convert", empty.toString(), "--out", dir.resolve("out").toString())).isZero();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("no saved pages in " + empty).contains(".html");
    }

    @Test
    void exitsWithOneWhenSomePagesFailedAndStillConvertsTheRest() throws IOException {
        page("good.html", "en-news-jsonld.html");
        Path bad = binaryPage("bad.html");
        Path out = dir.resolve("out");
        assertThat(convert("convert", dir.resolve("in").toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(lines(out.resolve("records.jsonl"))).hasSize(1);
        assertThat(lines(out.resolve("errors.jsonl"))).singleElement().satisfies(e -> {
            assertThat(e.path("file").asText()).isEqualTo(bad.toString());
            assertThat(e.path("stage").asText()).isEqualTo("decode");
            assertThat(e.path("error").asText()).isNotBlank();
            assertThat(e.path("message").asText()).contains("binary");
        });
    }

    @Test
    void exitsWithTwoForAPathThatDoesNotExist() {
        assertThat(convert("convert", dir.resolve("missing").toString(), "--out", dir.resolve("out").toString()))
                .isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("missing");
    }

    @Test
    void exitsWithTwoForAnUnknownOption() throws IOException {
        page("a.html", "en-news-jsonld.html");
        assertThat(convert("convert", dir.resolve("in").toString(), "--colour")).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--colour");
    }

    @Test
    void exitsWithTwoWithoutAnyPath() {
        assertThat(convert("convert")).isEqualTo(2);
    }

    @Test
    void exitsWithTwoForAnUnknownFormat() throws IOException {
        page("a.html", "en-news-jsonld.html");
        assertThat(convert("convert", dir.resolve("in").toString(), "--format", "xml")).isEqualTo(2);
    }

    @Test
    void exitsWithTwoForAnOutputFolderThatCannotBeMade() throws IOException {
        page("a.html", "en-news-jsonld.html");
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThat(convert("convert", dir.resolve("in").toString(), "--out", file.resolve("out").toString())).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("output folder").doesNotContain("\tat ");
    }

    @Test
    void exitsWithTwoWithoutACommand() {
        assertThat(convert()).isEqualTo(2);
    }

    @Test
    void printsTheSummaryLine() throws IOException {
        page("a.html", "en-news-jsonld.html");
        binaryPage("b.html");
        convert("convert", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        assertThat(out()).containsPattern("(?m)^converted 1 pages, 1 failed in \\d+\\.\\d s \\(\\d+\\.\\d pages/s\\)$");
    }

    @Test
    void theSummaryLineReadsTheSameInEveryLocale() throws IOException {
        Locale.setDefault(Locale.GERMANY);
        page("a.html", "en-news-jsonld.html");
        convert("convert", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        assertThat(out()).containsPattern("(?m)^converted 1 pages, 0 failed in \\d+\\.\\d s \\(\\d+\\.\\d pages/s\\)$");
    }

    @Test
    void formatJsonWritesOnePrettyFilePerRecord() throws IOException {
        page("a.html", "en-news-jsonld.html");
        page("b.html", "ja-article.html");
        Path out = dir.resolve("out");
        assertThat(convert("convert", dir.resolve("in").toString(), "--out", out.toString(), "--format", "json")).isZero();
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.filter(p -> p.getFileName().toString().matches("[0-9a-f]{32}\\.json")).sorted().toList();
        }
        assertThat(files).hasSize(2);
        for (Path file : files) {
            String json = Files.readString(file);
            assertThat(json.lines().count()).as("pretty-printed over many lines").isGreaterThan(10);
            JsonNode record = RecordJson.mapper().readTree(json);
            assertThat(file.getFileName().toString()).isEqualTo(record.path("id").asText() + ".json");
            RecordSchema.assertValid(record);
        }
        assertThat(out.resolve("records.jsonl")).doesNotExist();
    }

    @Test
    void formatJsonSaysWhenTwoPagesWithOneCanonicalUrlShareAFile() throws IOException {
        page("a.html", "en-news-jsonld.html");
        page("copy/a.html", "en-news-jsonld.html");
        Path out = dir.resolve("out");

        assertThat(convert("convert", dir.resolve("in").toString(), "--out", out.toString(), "--format", "json")).isZero();

        try (Stream<Path> list = Files.list(out)) {
            assertThat(list.filter(p -> p.getFileName().toString().endsWith(".json"))).hasSize(1);
        }
        assertThat(out()).contains("converted 2 pages").contains("1 record(s) replaced the file of one with the same id");
    }

    @Test
    void aDashReadsOnePageFromStandardInput() throws IOException {
        System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of("samples", "en-news-jsonld.html"))));
        Path out = dir.resolve("out");
        assertThat(convert("convert", "-", "--out", out.toString())).isZero();
        assertThat(lines(out.resolve("records.jsonl"))).singleElement().satisfies(r -> {
            assertThat(r.path("file").asText()).isEqualTo("-");
            assertThat(r.path("text").asText()).contains("Carrick Point");
        });
    }

    @Test
    void gzippedPagesAreReadLikeTheirPlainSelves() throws IOException {
        Path gz = dir.resolve("in").resolve("news.html.gz");
        Files.createDirectories(gz.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(Path.of("samples", "zh-news-gbk.html")));
        }
        Path out = dir.resolve("out");
        assertThat(convert("convert", dir.resolve("in").toString(), "--out", out.toString())).isZero();
        assertThat(lines(out.resolve("records.jsonl"))).singleElement().satisfies(r -> {
            assertThat(r.path("file").asText()).isEqualTo(gz.toString());
            assertThat(r.path("text").asText()).contains("长者食堂");
        });
    }

    @Test
    void foldersAreReadRecursivelyAndOnlyPageFilesAreTaken() throws IOException {
        page("top.html", "en-news-jsonld.html");
        page("a/b/c/deep.htm", "wordpress-blog.html");
        page("a/page.xhtml", "time-only.html");
        Files.writeString(dir.resolve("in").resolve("a").resolve("notes.txt"), "not a page");
        Files.write(dir.resolve("in").resolve("a").resolve("b").resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
        Path out = dir.resolve("out");
        assertThat(convert("convert", dir.resolve("in").toString(), "--out", out.toString())).isZero();
        assertThat(lines(out.resolve("records.jsonl"))).extracting(r -> Path.of(r.path("file").asText()).getFileName().toString())
                .containsExactlyInAnyOrder("top.html", "deep.htm", "page.xhtml");
    }

    @Test
    void filesAndFoldersMayBeMixedOnOneCommandLine() throws IOException {
        Path single = page("single/one.html", "en-news-jsonld.html");
        page("folder/two.html", "ja-article.html");
        Path out = dir.resolve("out");
        assertThat(convert("convert", single.toString(), dir.resolve("in").resolve("folder").toString(), "--out",
                out.toString())).isZero();
        assertThat(lines(out.resolve("records.jsonl"))).hasSize(2);
    }

    @Test
    void recordsDoNotDependOnHowManyPagesAreConvertedAtOnce() throws IOException {
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        assertThat(convert("convert", "samples", "--out", one.toString(), "--threads", "1")).isZero();
        assertThat(convert("convert", "samples", "--out", four.toString(), "--threads", "4")).isZero();
        assertThat(recordsById(four)).isEqualTo(recordsById(one));
    }

    private Map<String, JsonNode> recordsById(Path out) throws IOException {
        Map<String, JsonNode> byId = new TreeMap<>();
        for (JsonNode record : lines(out.resolve("records.jsonl"))) {
            ((ObjectNode) record).remove("extractedAt");
            byId.put(record.path("id").asText(), record);
        }
        return byId;
    }

    @Test
    void convertHelpDocumentsEveryOption() {
        assertThat(convert("convert", "--help")).isZero();
        String help = out();
        CommandLine convert = new CommandLine(new Main()).getSubcommands().get("convert");
        for (CommandLine.Model.OptionSpec option : convert.getCommandSpec().options()) {
            assertThat(help).as("help names %s", option.longestName()).contains(option.longestName());
            assertThat(String.join(" ", option.description())).as("description of %s", option.longestName()).isNotBlank();
        }
        assertThat(help).contains("PATH", "Exit code");
    }

    @Test
    void winnowHelpListsTheConvertCommand() {
        assertThat(convert("--help")).isZero();
        assertThat(out()).contains("convert", "--help", "--version");
    }
}
