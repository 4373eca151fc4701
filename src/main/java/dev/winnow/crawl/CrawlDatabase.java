package dev.winnow.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The crawl's state on disk: one MVStore file under the state folder holding the frontier, the per-URL state,
 * the robots cache and the hashes of written records. Values are JSON text so the file stays readable by any
 * later version. {@link #commit()} makes everything so far survive a kill -9.
 */
public final class CrawlDatabase implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final int RETENTION_MILLIS = 3000;
    private static final int CLOSE_COMPACTION_MILLIS = 2000;

    private final MVStore store;

    private CrawlDatabase(MVStore store) {
        this.store = store;
    }

    public static CrawlDatabase open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state folder " + folder, e);
        }
        try {
            MVStore store = new MVStore.Builder()
                    .fileName(folder.resolve("crawl.mv.db").toString())
                    .open();
            // A commit per URL writes a chunk per URL; kept for the default 45 s (a guard against power loss
            // before the disk flushed), they grow the file by hundreds of MB a crawl. Kill -9 loses no written
            // chunk, so space is reused after a few seconds.
            store.setRetentionTime(RETENTION_MILLIS);
            return new CrawlDatabase(store);
        } catch (MVStoreException e) {
            throw new IllegalStateException("cannot open the crawl state in " + folder
                    + " (is another winnow crawl using it?): " + e.getMessage(), e);
        }
    }

    MVMap<String, String> map(String name) {
        return store.openMap(name);
    }

    public void commit() {
        store.commit();
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value, e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the crawl state holds an unreadable " + type.getSimpleName() + ": " + json, e);
        }
    }

    /** Closes the store, compacting it for a moment first so the file stays near the size of its data. */
    @Override
    public void close() {
        store.close(CLOSE_COMPACTION_MILLIS);
    }
}
