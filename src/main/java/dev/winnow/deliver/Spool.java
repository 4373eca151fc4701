package dev.winnow.deliver;

import dev.winnow.sink.LineFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A sink's durable queue: every record meant for the sink is appended here (by the pipeline, at disk speed, so
 * a slow sink never holds up extraction and nothing waits in memory), and the sink's worker reads it from its
 * delivered offset. What a run could not deliver stays here for the next run or {@code winnow deliver}; once
 * every line is delivered the file and its offset are removed together.
 *
 * <p>Files: {@code OUT/spool/<sink>.jsonl}, offset in {@code OUT/state/deliver/<sink>.spool.offset}.
 */
final class Spool implements AutoCloseable {

    private final Path file;
    private final LineCursor cursor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private LineFile writer;
    private volatile boolean open;

    private Spool(Path file, LineCursor cursor) {
        this.file = file;
        this.cursor = cursor;
    }

    static Spool of(Path outputFolder, String sinkKey) {
        Path file = outputFolder.resolve("spool").resolve(sinkKey + ".jsonl");
        Path state = outputFolder.resolve("state").resolve("deliver").resolve(sinkKey + ".spool.offset");
        return new Spool(file, new LineCursor(file, state));
    }

    /** Opens the spool for appending; a line torn by a killed process is cut off first. */
    void openForAppend() {
        lock.lock();
        try {
            writer = LineFile.append(file);
            open = true;
        } finally {
            lock.unlock();
        }
    }

    void append(String line) {
        writer.writeLine(line);
        lock.lock();
        try {
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether lines may still be appended (a reader at the end should wait, not stop). */
    boolean open() {
        return open;
    }

    /** Waits a little for an append, or for the spool to close. */
    void awaitAppend(long millis) throws InterruptedException {
        lock.lock();
        try {
            if (open) {
                appended.await(millis, TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    LineCursor cursor() {
        return cursor;
    }

    /** Stops appends; readers then stop at the end. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
            open = false;
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes a fully delivered spool. The offset goes first: a process killed in between finds the lines again
     * and delivers them once more, which is harmless; the other order could apply an old offset to new lines.
     */
    void removeIfDrained() {
        if (open || !cursor.drained()) {
            return;
        }
        cursor.forget();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
