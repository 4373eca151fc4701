package dev.winnow.sink;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of whole lines that a killed process never leaves half-written: each line, newline included, goes to
 * the file in one write of one buffer, and on opening for append a torn last line (from a crash while the
 * operating system was writing) is cut off.
 */
public final class LineFile implements Closeable {

    private static final byte[] NEWLINE = {'\n'};

    private final Path path;
    private final FileChannel channel;

    private LineFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** A new, empty file (an earlier one of that name is replaced). */
    public static LineFile create(Path path) {
        return open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** The file as it is, to add lines to; a torn last line is cut off first. */
    public static LineFile append(Path path) {
        LineFile file = open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        file.cutTornLine();
        return file;
    }

    private static LineFile open(Path path, StandardOpenOption... options) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return new LineFile(path, FileChannel.open(path, options));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + path + " for writing", e);
        }
    }

    /** Scans back from the end, a block at a time (a record can be megabytes long), for the last newline. */
    private void cutTornLine() {
        try {
            long keep = channel.size();
            ByteBuffer block = ByteBuffer.allocate(64 * 1024);
            scan:
            while (keep > 0) {
                long start = Math.max(0, keep - block.capacity());
                block.clear().limit((int) (keep - start));
                while (block.hasRemaining()) {
                    if (channel.read(block, start + block.position()) < 0) {
                        break;
                    }
                }
                for (int i = block.position() - 1; i >= 0; i--) {
                    if (block.get(i) == '\n') {
                        keep = start + i + 1;
                        break scan;
                    }
                }
                keep = start;
            }
            channel.truncate(keep);
            channel.position(keep);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair " + path, e);
        }
    }

    /** Writes {@code line} and a newline as one unit; safe to call from several threads. */
    public synchronized void writeLine(String line) {
        ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + path, e);
        }
    }

    /** Writes the UTF-8 bytes of a line, which must hold no newline, and a newline, as one unit. */
    public synchronized void writeLine(byte[] utf8Line) {
        ByteBuffer[] buffers = {ByteBuffer.wrap(utf8Line), ByteBuffer.wrap(NEWLINE)};
        try {
            while (buffers[1].hasRemaining()) {
                channel.write(buffers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    /** The file's length in bytes: where the next line will start. */
    public synchronized long length() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + path, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.force(false);
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path, e);
        }
    }
}
