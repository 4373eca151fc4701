package dev.winnow.deliver;

import dev.winnow.sink.LineFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
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
    private final Path lockFile;
    private LineFile writer;
    private FileChannel lockChannel;
    private volatile boolean open;

    private Spool(Path file, LineCursor cursor, Path lockFile) {
        this.file = file;
        this.cursor = cursor;
        this.lockFile = lockFile;
    }

    static Spool of(Path outputFolder, String sinkKey) {
        Path file = outputFolder.resolve("spool").resolve(sinkKey + ".jsonl");
        Path states = outputFolder.resolve("state").resolve("deliver");
        return new Spool(file, new LineCursor(file, states.resolve(sinkKey + ".spool.offset")),
                states.resolve(sinkKey + ".lock"));
    }

    /**
     * Claims the sink's spool and offsets for this process: two processes feeding one sink from one output folder
     * would each move the other's offsets. The operating system drops the claim when the process dies.
     *
     * @throws IllegalStateException when another process holds it
     */
    void claim() {
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (!tryLock(lockChannel)) {
                lockChannel.close();
                lockChannel = null;
                throw new IllegalStateException("another winnow is delivering to this sink from " + file.getParent().getParent()
                        + " (it holds " + lockFile + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        }
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
    /** Whether the lock was had; held in this process already (the same sink given twice) counts as not. */
    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException heldHere) {
            return false;
        }
    }

    /** Gives up the claim of {@link #claim}, once the spool is closed and tidied. */
    void release() {
        if (lockChannel == null) {
            return;
        }
        try {
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + lockFile, e);
        }
        lockChannel = null;
    }

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
