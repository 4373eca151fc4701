package dev.winnow.eval;

import dev.winnow.record.ArticleRecord;
import dev.winnow.sink.RecordSink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Keeps the records of a run in memory, for scoring; {@link #drain()} hands them over and starts afresh. */
public final class CollectingSink implements RecordSink {

    private final ConcurrentLinkedQueue<ArticleRecord> records = new ConcurrentLinkedQueue<>();

    @Override
    public void write(ArticleRecord record) {
        records.add(record);
    }

    public List<ArticleRecord> drain() {
        List<ArticleRecord> out = new ArrayList<>();
        for (ArticleRecord r; (r = records.poll()) != null; ) {
            out.add(r);
        }
        return out;
    }

    @Override
    public void close() {
        records.clear();
    }
}
