package dev.winnow.sink;

import dev.winnow.record.ArticleRecord;
import dev.winnow.record.RecordJson;

import java.nio.file.Path;

/** Records as JSON Lines: one record a line in {@code records.jsonl}. */
public final class JsonLinesSink implements RecordSink {

    private final LineFile file;

    public JsonLinesSink(Path file) {
        this.file = LineFile.create(file);
    }

    @Override
    public void write(ArticleRecord record) {
        file.writeLine(RecordJson.lineBytes(record));
    }

    @Override
    public void close() {
        file.close();
    }
}
