package dev.winnow.sink;

import dev.winnow.record.ArticleRecord;

import java.util.concurrent.atomic.AtomicLong;

/** Counts what reaches a sink, for the run's progress and summary. */
public final class CountingSink implements RecordSink {

    private final RecordSink delegate;
    private final AtomicLong written = new AtomicLong();

    public CountingSink(RecordSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void write(ArticleRecord record) {
        delegate.write(record);
        written.incrementAndGet();
    }

    public long written() {
        return written.get();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
