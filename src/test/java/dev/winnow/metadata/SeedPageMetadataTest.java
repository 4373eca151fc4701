package dev.winnow.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed page, in both encodings, through the real convert route: its metadata must be exactly what
 * {@code ../shared/seed/expected-fields.json} says (the text is checked by the extraction tests).
 */
class SeedPageMetadataTest {

    @TempDir
    Path out;

    private JsonNode convert(String file) throws IOException {
        assertThat(Main.run("convert", "samples/" + file, "--out", out.toString())).isZero();
        return new ObjectMapper().readTree(Files.readAllLines(out.resolve("records.jsonl")).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-utf8.html", "seed-gbk.html"})
    void seedPageYieldsTheExpectedFields(String file) throws IOException {
        JsonNode record = convert(file);
        JsonNode expected = new ObjectMapper().readTree(Path.of("../shared/seed/expected-fields.json").toFile());
        for (String field : new String[] {"title", "published", "modified", "source", "author", "siteName",
                "breadcrumbs", "language"}) {
            assertThat(record.get(field)).as(field).isEqualTo(expected.get(field));
        }
    }
}
