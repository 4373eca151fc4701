package dev.winnow.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.record.ArticleRecord;
import dev.winnow.record.RecordJson;
import dev.winnow.sink.LineFile;
import dev.winnow.sink.RecordSink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A crawl's {@code records.jsonl}: appended to across runs, and only with news. A record whose text hash equals
 * the last one written under its id is left out, so a recrawl emits only new and changed pages, and a page
 * fetched again after a crash is not written twice. The hashes live in the crawl state, with the length of the
 * file they account for; on opening, the lines written after that length are read back into it, since a crash
 * can come between writing a line and storing its hash. A long-running job's file grows forever, so only that
 * tail is read, not the whole file.
 *
 * <p>Each line is first handed to {@code news} (the run's sinks, through their spools), then written: a crash in
 * between leaves no hash, so the page's record is handed on again when it is fetched again, and a sink gets it
 * twice (an upsert, harmless) rather than never.
 */
public final class CrawlRecordSink implements RecordSink {

    private static final String DELETED = "deleted";
    /** The key, in the crawl's meta map, of the file length the stored hashes account for. */
    private static final String READ_TO = "records-read-to";

    private final LineFile file;
    private final Map<String, String> hashes;
    private final Map<String, String> meta;
    private final Clock clock;
    private final Consumer<ArticleRecord> news;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();

    /**
     * @param hashes the text hash last written per record id (crawl state)
     * @param meta   where the file length those hashes account for is kept (crawl state, committed with them)
     * @param news   receives every record and deletion written, before it is written
     */
    public CrawlRecordSink(Path path, Map<String, String> hashes, Map<String, String> meta, Clock clock,
                           Consumer<ArticleRecord> news) {
        this.file = LineFile.append(path);
        this.hashes = hashes;
        this.meta = meta;
        this.clock = clock;
        this.news = news;
        readBack(path, accountedFor());
        meta.put(READ_TO, Long.toString(file.length()));
    }

    @Override
    public void write(ArticleRecord record) {
        String value = record.deleted() ? DELETED : String.valueOf(record.contentHash());
        if (value.equals(hashes.get(record.id()))) {
            unchanged.incrementAndGet();
            return;
        }
        String line = RecordJson.line(record);
        // Checked again under the lock: two URLs with one canonical URL may be extracted at the same time.
        synchronized (this) {
            if (value.equals(hashes.get(record.id()))) {
                unchanged.incrementAndGet();
                return;
            }
            news.accept(record);
            file.writeLine(line);
            hashes.put(record.id(), value);
            meta.put(READ_TO, Long.toString(file.length()));
        }
        written.incrementAndGet();
    }

    /** Writes the deletion event of a record, unless its deletion was written already. */
    public void delete(String recordId, String url) {
        write(ArticleRecord.deletion(recordId, url, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString()));
    }

    /** Lines written by this sink (records and deletions). */
    public long written() {
        return written.get();
    }

    /** Records left out because their text did not change. */
    public long unchanged() {
        return unchanged.get();
    }

    /**
     * The length of the file the stored hashes account for, or 0 to read it all: when none is stored (a state
     * from before), or it no longer falls on a line's end (the file was replaced or cut).
     */
    private long accountedFor() {
        long length;
        try {
            length = Long.parseLong(meta.getOrDefault(READ_TO, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
        if (length <= 0 || length > file.length()) {
            return 0;
        }
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, length - 1);
            return last.get(0) == '\n' ? length : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    private void readBack(Path path, long from) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
             BufferedReader reader = new BufferedReader(new InputStreamReader(
                     Channels.newInputStream(channel.position(from)), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = CrawlDatabase.JSON.readTree(line);
                String id = record.path("id").asText(null);
                if (id != null) {
                    hashes.put(id, record.path("deleted").asBoolean(false) ? DELETED : record.path("contentHash").asText(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + path, e);
        }
    }

    @Override
    public void close() {
        file.close();
    }
}
