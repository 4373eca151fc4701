package dev.winnow.sink;

import dev.winnow.record.RecordJson;

import java.io.Closeable;
import java.nio.file.Path;

/** The run's {@code errors.jsonl}: one line per page that failed, so the rest of the batch goes on. */
public final class ErrorSink implements Closeable {

    private final LineFile file;
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    public ErrorSink(Path file) {
        this(LineFile.create(file));
    }

    private ErrorSink(LineFile file) {
        this.file = file;
    }

    /** The error file as it is, added to: a resumed crawl keeps the errors of the run it continues. */
    public static ErrorSink append(Path file) {
        return new ErrorSink(LineFile.append(file));
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
