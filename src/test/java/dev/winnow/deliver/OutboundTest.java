package dev.winnow.deliver;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundTest {

    private static final String LINE = "{\"id\":\"a1\",\"url\":\"https://example.org/a\",\"text\":\"Grüße, 雨が降る \\\"quoted\\\"\","
            + "\"tags\":[\"x\",{\"y\":[1]}],\"wordCount\":3,\"deleted\":true}";

    @Test
    void theIdAndTheDeletionFlagAreReadWhereverTheyStandInTheLine() {
        Outbound record = Outbound.parse(LINE);

        assertThat(record.id()).isEqualTo("a1");
        assertThat(record.deleted()).isTrue();
    }

    @Test
    void theRecordTravelsAsTheSpooledBytesUnchanged() {
        assertThat(new String(Outbound.parse(LINE).json(), StandardCharsets.UTF_8)).isEqualTo(LINE);
    }

    @Test
    void aSinkAskingForSomeFieldsGetsThoseAndNoOthers() {
        var fields = Outbound.parse(LINE).fields(Set.of("text", "wordCount", "missing"));

        assertThat(fields.size()).isEqualTo(2);
        assertThat(Outbound.text(fields, "text")).isEqualTo("Grüße, 雨が降る \"quoted\"");
        assertThat(fields.get("wordCount").asInt()).isEqualTo(3);
    }

    @Test
    void aLineBrokenInsideAFieldNoSinkReadsIsStillRefused() {
        assertThatThrownBy(() -> Outbound.parse("{\"id\":\"a1\",\"text\":\"cut off"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a JSON record");
    }

    @Test
    void aLineWithoutATextualIdIsRefused() {
        assertThatThrownBy(() -> Outbound.parse("{\"id\":7,\"deleted\":false}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a record without an id");
    }
}
