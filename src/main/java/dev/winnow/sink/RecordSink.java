package dev.winnow.sink;

import dev.winnow.record.ArticleRecord;

import java.io.Closeable;

/** Where records go. Implementations are safe to call from several pipeline threads at once. */
public interface RecordSink extends Closeable {

    void write(ArticleRecord record);

    @Override
    void close();
}
