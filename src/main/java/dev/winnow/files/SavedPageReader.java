package dev.winnow.files;

import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;
import dev.winnow.pipeline.StageException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.GZIPInputStream;

/**
 * Reads one saved page into a {@link Page}: the file's bytes, un-gzipped when they are gzip (by content, not
 * name), and the file's modification time as the time the page was retrieved.
 */
public final class SavedPageReader {

    private final long maxBytes;
    private final Clock clock;

    public SavedPageReader(long maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    public Page read(String file) {
        try {
            byte[] raw;
            java.time.Instant retrieved;
            if (file.equals(SavedPageSource.STDIN)) {
                raw = limited(System.in);
                retrieved = clock.instant();
            } else {
                Path path = Path.of(file);
                if (Files.size(path) > maxBytes) {
                    throw new StageException("page is larger than the limit of " + maxBytes + " bytes (" + Files.size(path) + ")");
                }
                raw = Files.readAllBytes(path);
                retrieved = Files.getLastModifiedTime(path).toInstant();
            }
            byte[] bytes = isGzip(raw) ? limited(new GZIPInputStream(new ByteArrayInputStream(raw))) : raw;
            return Page.of(new PageSource(file, null, bytes, null, retrieved));
        } catch (IOException e) {
            throw new StageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isGzip(byte[] raw) {
        return raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B;
    }

    private byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new StageException("page is larger than the limit of " + maxBytes + " bytes");
        }
        return bytes;
    }
}
