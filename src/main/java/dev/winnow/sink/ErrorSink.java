package dev.winnow.sink;

import dev.winnow.record.RecordJson;

import java.io.Closeable;
import java.nio.file.Path;

/** The run's {@code errors.jsonl}: one line per page that failed, so the rest of the batch goes on. */
public final class ErrorSink implements Closeable {

    private final LineFile file;
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    public ErrorSink(Path file) {
        this.file = LineFile.create(file);
    }

    public void write(ErrorLine line) {
        file.writeLine(RecordJson.line(line));
        written.incrementAndGet();
    }

    public long written() {
        return written.get();
    }

    @Override
    public void close() {
        file.close();
    }
}
