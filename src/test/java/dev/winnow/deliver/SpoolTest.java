package dev.winnow.deliver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpoolTest {

    @TempDir
    Path out;

    @Test
    void aReaderGetsWholeLinesOnlyAndALineStillBeingWrittenWaits() throws Exception {
        Path file = out.resolve("spool.jsonl");
        Files.writeString(file, "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":", StandardCharsets.UTF_8);
        LineCursor cursor = new LineCursor(file, out.resolve("spool.offset"));

        LineCursor.Chunk chunk = cursor.read(10, 1 << 20);

        assertThat(texts(chunk)).containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}");
        assertThat(cursor.pending()).isEqualTo(2);
    }

    @Test
    void aLineLongerThanTheReadBufferArrivesWholeAndTheNextOneAfterIt() throws Exception {
        Path file = out.resolve("spool.jsonl");
        String huge = "{\"id\":\"a\",\"text\":\"" + "Wörter ".repeat(600_000) + "\"}";
        Files.writeString(file, huge + "\n\n{\"id\":\"b\"}\n", StandardCharsets.UTF_8);
        LineCursor cursor = new LineCursor(file, out.resolve("spool.offset"));

        LineCursor.Chunk chunk = cursor.read(10, 1L << 30);

        assertThat(texts(chunk)).containsExactly(huge, "{\"id\":\"b\"}");
        assertThat(chunk.end()).isEqualTo(Files.size(file));
    }

    @Test
    void aChunkStopsAtTheLineLimitAndEndsRightAfterItsLastLine() throws Exception {
        Path file = out.resolve("spool.jsonl");
        Files.writeString(file, "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n", StandardCharsets.UTF_8);
        LineCursor cursor = new LineCursor(file, out.resolve("spool.offset"));

        LineCursor.Chunk first = cursor.read(2, 1 << 20);
        LineCursor.Chunk rest = cursor.read(first.end(), 2, 1 << 20);

        assertThat(texts(first)).containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}");
        assertThat(texts(rest)).containsExactly("{\"id\":\"c\"}");
    }

    @Test
    void theDeliveredOffsetSurvivesANewCursorAsAfterARestart() {
        Path file = out.resolve("spool.jsonl");
        Spool spool = Spool.of(out, "sink");
        spool.openForAppend();
        spool.append("{\"id\":\"a\"}");
        spool.append("{\"id\":\"b\"}");
        LineCursor.Chunk first = spool.cursor().read(1, 1 << 20);
        spool.cursor().commit(first.end());

        Spool again = Spool.of(out, "sink");

        assertThat(texts(again.cursor().read(10, 1 << 20))).containsExactly("{\"id\":\"b\"}");
        assertThat(again.cursor().pending()).isEqualTo(1);
        spool.close();
    }

    @Test
    void aLineTornByAKilledProcessIsCutWhenTheSpoolOpensAgain() throws Exception {
        Spool spool = Spool.of(out, "sink");
        spool.openForAppend();
        spool.append("{\"id\":\"a\"}");
        spool.close();
        Path file = out.resolve("spool").resolve("sink.jsonl");
        Files.writeString(file, "{\"id\":\"b", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Spool again = Spool.of(out, "sink");
        again.openForAppend();
        again.append("{\"id\":\"c\"}");
        again.close();

        assertThat(texts(again.cursor().read(10, 1 << 20))).containsExactly("{\"id\":\"a\"}", "{\"id\":\"c\"}");
    }

    @Test
    void aFullyDeliveredSpoolIsRemovedWithItsOffset() {
        Spool spool = Spool.of(out, "sink");
        spool.openForAppend();
        spool.append("{\"id\":\"a\"}");
        spool.close();
        spool.cursor().commit(spool.cursor().read(10, 1 << 20).end());

        spool.removeIfDrained();

        assertThat(out.resolve("spool").resolve("sink.jsonl")).doesNotExist();
        assertThat(out.resolve("state").resolve("deliver").resolve("sink.spool.offset")).doesNotExist();
    }

    @Test
    void aSecondClaimOnTheSameSinkAndFolderIsRefusedUntilTheFirstIsReleased() {
        Spool first = Spool.of(out, "sink");
        first.claim();

        assertThatThrownBy(() -> Spool.of(out, "sink").claim()).hasMessageContaining("another winnow");

        first.release();
        Spool second = Spool.of(out, "sink");
        second.claim();
        second.release();
    }

    private static List<String> texts(LineCursor.Chunk chunk) {
        return chunk.lines().stream().map(line -> new String(line, StandardCharsets.UTF_8)).toList();
    }
}
