package dev.winnow.files;

import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.StageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SavedPageReaderTest {

    @TempDir
    Path dir;

    private final SavedPageReader reader = new SavedPageReader(1024, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void aPlainFileIsReadAsItsBytesWithItsPathAsGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("a.html"), "<p>Hello</p>");
        Page page = reader.read(file.toString());
        assertThat(page.source().bytes()).isEqualTo("<p>Hello</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(page.source().file()).isEqualTo(file.toString());
        assertThat(page.source().url()).isNull();
    }

    @Test
    void theFileModificationTimeIsWhenThePageWasRetrieved() throws IOException {
        Path file = Files.writeString(dir.resolve("a.html"), "<p>Hello</p>");
        Instant saved = Instant.parse("2024-05-01T10:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(saved));
        assertThat(reader.read(file.toString()).source().retrievedAt()).isEqualTo(saved);
    }

    @Test
    void gzipIsRecognisedByContentNotByName() throws IOException {
        Path file = dir.resolve("looks-plain.html");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("<p>Zipped</p>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(new String(reader.read(file.toString()).source().bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>Zipped</p>");
    }

    @Test
    void aFileAboveTheLimitIsAnErrorNotAnOutOfMemory() throws IOException {
        Path file = Files.write(dir.resolve("big.html"), new byte[2048]);
        assertThatThrownBy(() -> reader.read(file.toString())).isInstanceOf(StageException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void aGzipThatUnpacksAboveTheLimitIsAnErrorToo() throws IOException {
        Path file = dir.resolve("bomb.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[256 * 1024]);
        }
        assertThat(Files.size(file)).isLessThan(1024);
        assertThatThrownBy(() -> reader.read(file.toString())).isInstanceOf(StageException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void aTruncatedGzipIsAnErrorThatNamesTheFile() throws IOException {
        Path file = dir.resolve("cut.html.gz");
        byte[] whole;
        try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream out = new GZIPOutputStream(bytes)) {
            out.write("<p>Some text that will be cut</p>".repeat(10).getBytes(StandardCharsets.UTF_8));
            out.close();
            whole = bytes.toByteArray();
        }
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> reader.read(file.toString())).isInstanceOf(StageException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void aMissingFileIsAnErrorThatNamesIt() {
        String missing = dir.resolve("gone.html").toString();
        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(StageException.class).hasMessageContaining(missing);
    }
}
