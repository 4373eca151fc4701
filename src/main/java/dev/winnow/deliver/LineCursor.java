package dev.winnow.deliver;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a file of JSON lines from where a sink got to, and remembers how far the sink has delivered: the byte
 * offset after the last delivered line, in a small state file replaced atomically (write, then rename), so a
 * process killed at any instant leaves either the old offset or the new one. Only whole lines are read: a line
 * still being written has no newline yet and waits for the next read.
 */
final class LineCursor {

    private static final int READ_BYTES = 1 << 20;

    private final Path file;
    private final Path state;

    LineCursor(Path file, Path state) {
        this.file = file;
        this.state = state;
    }

    /** Up to {@code maxLines} whole lines from the delivered offset on, at most {@code maxBytes} (at least one line). */
    Chunk read(int maxLines, long maxBytes) {
        return read(offset(), maxLines, maxBytes);
    }

    /** The same from byte offset {@code start}: where the chunk before, not yet delivered, ends. */
    Chunk read(long start, int maxLines, long maxBytes) {
        List<byte[]> lines = new ArrayList<>();
        long position = start;
        long bytes = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (start > channel.size()) {
                throw new IllegalStateException(file + " is shorter than its delivered offset " + start
                        + " in " + state + ": was it replaced? Delete " + state + " to deliver it from the start");
            }
            channel.position(start);
            InputStream in = Channels.newInputStream(channel);
            // buffer[0] is the byte at `position`: the start of the line not yet taken. Each whole line is copied
            // out once; a line longer than the buffer grows it.
            byte[] buffer = new byte[READ_BYTES];
            int filled = 0;
            int n;
            while (lines.size() < maxLines && bytes < maxBytes && (n = in.read(buffer, filled, buffer.length - filled)) > 0) {
                int lineStart = 0;
                for (int i = filled; i < filled + n; i++) {
                    if (buffer[i] != '\n') {
                        continue;
                    }
                    int length = i - lineStart;
                    if (length > 0) {
                        lines.add(Arrays.copyOfRange(buffer, lineStart, i));
                    }
                    bytes += length;
                    position += length + 1;
                    lineStart = i + 1;
                    if (lines.size() >= maxLines || bytes >= maxBytes) {
                        break;
                    }
                }
                filled += n;
                int rest = filled - lineStart;
                if (lineStart == 0 && rest == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                } else {
                    System.arraycopy(buffer, lineStart, buffer, 0, rest);
                }
                filled = rest;
            }
        } catch (NoSuchFileException e) {
            return new Chunk(List.of(), start);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Chunk(lines, position);
    }

    /** The byte offset after the last delivered line. */
    long offset() {
        try {
            return Long.parseLong(Files.readString(state, StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + state, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(state + " holds no offset", e);
        }
    }

    /** Marks every line before {@code offset} delivered. */
    void commit(long offset) {
        Path temporary = state.resolveSibling(state.getFileName() + ".tmp");
        try {
            Files.createDirectories(state.toAbsolutePath().getParent());
            Files.writeString(temporary, offset + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the delivered offset in " + state, e);
        }
    }

    /** Lines not yet delivered. */
    long pending() {
        long count = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(Math.min(offset(), channel.size()));
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return count;
    }

    /** Whether every line of the file is delivered. */
    boolean drained() {
        try {
            return !Files.exists(file) || offset() >= Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Forgets the offset, so the next reader starts from the beginning. */
    void forget() {
        try {
            Files.deleteIfExists(state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + state, e);
        }
    }

    /**
     * Lines read, as the file's UTF-8 bytes (a sink that passes a record on as it is never decodes it), and the
     * offset to commit once they are delivered.
     */
    record Chunk(List<byte[]> lines, long end) {
        boolean isEmpty() {
            return lines.isEmpty();
        }
    }
}
