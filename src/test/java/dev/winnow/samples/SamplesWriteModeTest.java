package dev.winnow.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplesWriteModeTest {

    @TempDir
    Path dir;

    private static ObjectNode record() {
        ObjectNode record = SamplesTest.JSON.createObjectNode();
        record.put("id", "0123456789abcdef0123456789abcdef").put("file", "samples/x.html").put("article", true)
                .put("title", "What the engine said").put("text", "Engine text.").put("markdown", "Engine text.")
                .put("wordCount", 2).put("extractedAt", "2026-11-29T08:00:00Z");
        return record;
    }

    @Test
    void writeModeFillsDerivedFieldsAndNeverTouchesReviewedOnes() throws IOException {
        Path expected = Files.writeString(dir.resolve("x.json"),
                "{\"title\": \"The reviewed title\", \"text\": \"Reviewed text.\", \"article\": true}");
        SamplesTest.writeDerivedFields(expected, record());
        JsonNode written = SamplesTest.JSON.readTree(expected.toFile());
        assertThat(written.path("title").asText()).isEqualTo("The reviewed title");
        assertThat(written.path("text").asText()).isEqualTo("Reviewed text.");
        assertThat(written.path("id").asText()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(written.path("markdown").asText()).isEqualTo("Engine text.");
        assertThat(written.has("extractedAt")).isFalse();
    }

    @Test
    void writeModeNeverAddsAReviewedFieldTheReviewerLeftOut() throws IOException {
        Path expected = Files.writeString(dir.resolve("x.json"), "{\"article\": true}");
        SamplesTest.writeDerivedFields(expected, record());
        assertThat(SamplesTest.JSON.readTree(expected.toFile()).has("title")).isFalse();
    }

    @Test
    void writeModeRefusesASampleWithoutAReviewedRecord() {
        assertThatThrownBy(() -> SamplesTest.writeDerivedFields(dir.resolve("missing.json"), record()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("by hand");
    }
}
