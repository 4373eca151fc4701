package dev.winnow.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.cli.Main;
import dev.winnow.record.RecordJson;
import dev.winnow.record.RecordSchema;
import dev.winnow.record.WordCounter;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Runs the real convert route over {@code samples/} and compares every record with its hand-reviewed
 * {@code samples/expected/<name>.json} (all fields but {@code extractedAt} and {@code schemaVersion}).
 *
 * <p>An expected file has two kinds of fields. The reviewed ones ({@link #REVIEWED}) say what a correct record
 * must hold; a person writes them from the page, and nothing here ever changes them. The derived ones
 * ({@link #DERIVED}) follow from the engines' output and pin it against regressions; run with
 * {@code -Dwinnow.samples.write=true} to refresh them from the current output, after reviewing that output.
 */
class SamplesTest {

    static final Path SAMPLES = Path.of("samples");
    static final Path EXPECTED = SAMPLES.resolve("expected");
    static final Path SEED_FIELDS = Path.of("..", "shared", "seed", "expected-fields.json");

    /** Written by hand from the page; {@code text} only for articles (a non-article's text is not reviewed). */
    static final List<String> REVIEWED = List.of("article", "rejectReason", "title", "published", "modified", "source",
            "author", "authors", "editor", "siteName", "language", "breadcrumbs", "tags", "description", "image", "text",
            "comments", "deleted");
    /** Filled in from the engines' output by the write mode. */
    static final List<String> DERIVED = List.of("id", "url", "file", "html", "markdown", "wordCount", "contentHash",
            "charset", "provenance");
    /** The record's field order, which expected files follow so that diffs stay small. */
    static final List<String> ORDER = List.of("id", "url", "file", "article", "rejectReason", "title", "published",
            "modified", "source", "author", "authors", "editor", "siteName", "language", "breadcrumbs", "tags",
            "description", "image", "text", "comments", "markdown", "html", "wordCount", "contentHash", "charset",
            "provenance", "deleted");

    static final ObjectMapper JSON = RecordJson.mapper();

    @TempDir
    static Path out;

    static int exitCode;
    static Map<String, JsonNode> recordsByName = new LinkedHashMap<>();
    static List<String> errorLines;

    @BeforeAll
    static void convertTheSamples() throws IOException {
        exitCode = Main.run("convert", SAMPLES.toString(), "--out", out.toString());
        for (String line : Files.readAllLines(out.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode record = JSON.readTree(line);
            recordsByName.put(nameOf(Path.of(record.path("file").asText())), record);
        }
        errorLines = Files.readAllLines(out.resolve("errors.jsonl"), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("winnow.samples.write")) {
            for (Map.Entry<String, JsonNode> e : recordsByName.entrySet()) {
                writeDerivedFields(EXPECTED.resolve(e.getKey() + ".json"), e.getValue());
            }
        }
    }

    static String nameOf(Path page) {
        return page.getFileName().toString().replaceFirst("\\.(html|htm|xhtml)(\\.gz)?$", "");
    }

    static List<Path> samplePages() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.(html|htm|xhtml)(\\.gz)?$")).sorted().toList();
        }
    }

    /** Keeps every reviewed field of the expected file as it is and takes the derived ones from the record. */
    static void writeDerivedFields(Path file, JsonNode record) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException("no reviewed record for " + record.path("file").asText() + ": write " + file
                    + " by hand with the fields " + REVIEWED + " first");
        }
        JsonNode reviewed = JSON.readTree(file.toFile());
        ObjectNode merged = JSON.createObjectNode();
        for (String field : ORDER) {
            if (DERIVED.contains(field)) {
                merged.set(field, record.get(field));
            } else if (reviewed.has(field)) {
                merged.set(field, reviewed.get(field));
            }
        }
        Files.writeString(file, RecordJson.pretty(merged) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void theSamplesConvertWithoutErrors() {
        assertThat(errorLines).isEmpty();
        assertThat(exitCode).isZero();
    }

    @Test
    void everySampleHasAnExpectedRecordAndEveryExpectedRecordASample() throws IOException {
        List<String> pages = samplePages().stream().map(SamplesTest::nameOf).toList();
        List<String> expected;
        try (Stream<Path> files = Files.list(EXPECTED)) {
            expected = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).sorted().toList();
        }
        assertThat(expected).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void theSeedPagesExpectExactlyWhatTheSeedReadmeSays() throws IOException {
        assumeThat(SEED_FIELDS).as("the shared seed folder next to the project").exists();
        JsonNode seed = JSON.readTree(SEED_FIELDS.toFile());
        for (String name : List.of("seed-utf8", "seed-gbk")) {
            JsonNode expected = JSON.readTree(EXPECTED.resolve(name + ".json").toFile());
            for (Iterator<String> it = seed.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                assertThat(expected.get(field)).as("%s %s", name, field).isEqualTo(seed.get(field));
            }
        }
    }

    @TestFactory
    Stream<DynamicContainer> everySampleMatchesItsExpectedRecord() throws IOException {
        List<DynamicContainer> containers = new ArrayList<>();
        for (Path page : samplePages()) {
            String name = nameOf(page);
            containers.add(DynamicContainer.dynamicContainer(name, Stream.of(
                    DynamicTest.dynamicTest("its expected record is complete and consistent", () -> expectedIsSound(name)),
                    DynamicTest.dynamicTest("it yields a record that follows the schema", () -> {
                        assertThat(recordsByName).as("records by page").containsKey(name);
                        RecordSchema.assertValid(recordsByName.get(name));
                    }),
                    DynamicTest.dynamicTest("its html holds nothing executable", () -> htmlIsSafe(name)),
                    DynamicTest.dynamicTest("its reviewed fields are right", () -> matches(name, REVIEWED)),
                    DynamicTest.dynamicTest("its derived fields are unchanged", () -> matches(name, DERIVED)))));
        }
        return containers.stream();
    }

    @Test
    void lazyLoadedImagesKeepTheirRealAddressesInMarkdownAndHtml() {
        JsonNode record = recordsByName.get("lazy-images");
        assertThat(record).as("the record of lazy-images").isNotNull();
        String photo = "https://cdn.wayfarer-journal.example/photos/2024/09/packhorse-bridge-1600.jpg";
        assertThat(record.path("markdown").asText()).contains("](" + photo + ")").doesNotContain("data:image");
        assertThat(record.path("html").asText()).contains("src=\"" + photo + "\"").doesNotContain("data:image");
    }

    @Test
    void theSeedPageMarkdownStartsWithAHeading() {
        for (String name : List.of("seed-utf8", "seed-gbk")) {
            JsonNode record = recordsByName.get(name);
            assertThat(record).as("the record of " + name).isNotNull();
            assertThat(record.path("markdown").asText()).as(name)
                    .startsWith("#").contains("Is Selling High-end Fake Luxury Goods as Micro-commerce Illegal?\n\n");
        }
    }

    @Test
    void theSeedTextHoldsNoneOfThePageAroundIt() {
        for (String name : List.of("seed-utf8", "seed-gbk")) {
            JsonNode record = recordsByName.get(name);
            assertThat(record).as("the record of " + name).isNotNull();
            assertThat(record.path("text").asText()).as(name).doesNotContain("For reference", "topics",
                    "餐饮行业新闻资讯", "Release time", "Source:", "browse:", "【", "big】", "edit:", "热门阅读排行",
                    "© PiJu Stall 302").doesNotStartWith("Is Selling High-end Fake Luxury Goods on WeChat Illegal?");
        }
    }

    @Test
    void bothEncodingsOfTheSeedPageGiveTheSameRecordButForFileAndCharset() {
        ObjectNode utf8 = ((ObjectNode) recordsByName.get("seed-utf8")).deepCopy();
        ObjectNode gbk = ((ObjectNode) recordsByName.get("seed-gbk")).deepCopy();
        for (String field : List.of("id", "file", "charset", "extractedAt")) {
            utf8.remove(field);
            gbk.remove(field);
        }
        assertThat(gbk).isEqualTo(utf8);
    }

    private static void htmlIsSafe(String name) {
        assertThat(recordsByName).as("records by page").containsKey(name);
        String html = recordsByName.get(name).path("html").asText();
        assertThat(html).as("%s html", name).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                .doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<form");
    }

    private static JsonNode expected(String name) throws IOException {
        Path file = EXPECTED.resolve(name + ".json");
        assertThat(file).as("the reviewed record of " + name).exists();
        return JSON.readTree(file.toFile());
    }

    /** Every reviewed field is present, and the derived ones agree with the reviewed text. */
    private static void expectedIsSound(String name) throws IOException {
        JsonNode expected = expected(name);
        SoftAssertions soft = new SoftAssertions();
        boolean article = expected.path("article").asBoolean(true);
        for (String field : REVIEWED) {
            if (article || !field.equals("text")) {
                soft.assertThat(expected.has(field)).as("%s has the reviewed field %s", name, field).isTrue();
            }
        }
        if (article && expected.hasNonNull("text")) {
            String text = expected.get("text").asText();
            soft.assertThat(text).as("%s text: paragraphs separated by one blank line", name)
                    .doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n").doesNotContain(" \n");
            if (expected.has("wordCount")) {
                soft.assertThat(expected.get("wordCount").asInt()).as("%s wordCount of the reviewed text", name)
                        .isEqualTo(new WordCounter().count(text));
            }
        }
        if (DERIVED.stream().allMatch(expected::has)) {
            ObjectNode whole = ((ObjectNode) expected).deepCopy();
            whole.put("extractedAt", "2026-01-01T00:00:00Z").put("schemaVersion", 1);
            if (!article) {
                whole.put("text", "");
            }
            soft.assertThat(RecordSchema.violations(whole)).as("%s expected record against the schema", name).isEmpty();
        }
        if (!article) {
            soft.assertThat(expected.path("rejectReason").asText("")).as("%s says why it is not an article", name)
                    .isNotEmpty();
        }
        soft.assertAll();
    }

    private static void matches(String name, List<String> fields) throws IOException {
        JsonNode expected = expected(name);
        assertThat(recordsByName).as("records by page").containsKey(name);
        JsonNode actual = recordsByName.get(name);
        SoftAssertions soft = new SoftAssertions();
        for (String field : fields) {
            if (!expected.has(field)) {
                continue;
            }
            JsonNode want = expected.get(field);
            JsonNode got = actual.get(field);
            if (want.isTextual() && got != null && got.isTextual()) {
                soft.assertThat(got.asText()).as("%s %s", name, field).isEqualTo(want.asText());
            } else {
                soft.assertThat(got).as("%s %s", name, field).isEqualTo(want);
            }
        }
        soft.assertAll();
    }
}
