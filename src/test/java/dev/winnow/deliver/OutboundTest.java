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
        Outbound record = parse(LINE, Set.of());

        assertThat(record.id()).isEqualTo("a1");
        assertThat(record.deleted()).isTrue();
    }

    @Test
    void theRecordTravelsAsTheSpooledBytesUnchanged() {
        assertThat(new String(parse(LINE, Set.of("text")).json(), StandardCharsets.UTF_8)).isEqualTo(LINE);
    }

    @Test
    void theWholeRecordIsStillThereForTheRareSinkThatNeedsIt() {
        assertThat(parse(LINE, Set.of()).record().path("tags").get(1).path("y").get(0).asInt()).isEqualTo(1);
    }

    @Test
    void aSinkAskingForSomeFieldsGetsThoseAndNoOthers() {
        var fields = parse(LINE, Set.of("text", "wordCount", "missing")).fields();

        assertThat(fields.size()).isEqualTo(2);
        assertThat(Outbound.text(fields, "text")).isEqualTo("Grüße, 雨が降る \"quoted\"");
        assertThat(fields.get("wordCount").asInt()).isEqualTo(3);
    }

    @Test
    void aLineBrokenInsideAFieldNoSinkReadsIsStillRefused() {
        assertThatThrownBy(() -> parse("{\"id\":\"a1\",\"text\":\"cut off", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a JSON record");
    }

    @Test
    void aLineWithoutATextualIdIsRefused() {
        assertThatThrownBy(() -> parse("{\"id\":7,\"deleted\":false}", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a record without an id");
    }

    private static Outbound parse(String line, Set<String> read) {
        return Outbound.parse(line.getBytes(StandardCharsets.UTF_8), read);
    }
}
