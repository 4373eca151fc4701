package dev.winnow.sink;

import dev.winnow.record.ArticleRecord;
import dev.winnow.record.RecordJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One pretty-printed file per record, {@code <id>.json}. Each is written to a temporary name and then renamed,
 * so a killed run leaves whole files only. Two pages with one canonical URL share an id, so the later replaces
 * the earlier's file; such replacements are counted, for the run's summary to say so.
 */
public final class JsonFilesSink implements RecordSink {

    private final Path folder;
    private final AtomicLong replaced = new AtomicLong();
    private final Object renaming = new Object();

    public JsonFilesSink(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    @Override
    public void write(ArticleRecord record) {
        Path target = folder.resolve(record.id() + ".json");
        try {
            // A temporary name of its own: two pages with the same canonical URL may be written at once.
            Path temporary = Files.createTempFile(folder, "." + record.id() + ".", ".json.tmp");
            Files.writeString(temporary, RecordJson.pretty(record) + "\n", StandardCharsets.UTF_8);
            // The look and the rename are one step: two threads writing one id would otherwise both look first,
            // see no file, and the replacement would go uncounted.
            synchronized (renaming) {
                if (Files.exists(target)) {
                    replaced.incrementAndGet();
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Records whose file replaced one already there with the same id (from this run or an earlier one). */
    public long replaced() {
        return replaced.get();
    }

    @Override
    public void close() {
        // Every file is complete as soon as write returns.
    }
}
