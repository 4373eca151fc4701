package dev.winnow.deliver;

import dev.winnow.sink.ErrorLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Feeds one sink on its own thread, so a slow or failing sink holds up neither the others nor the extraction.
 * It reads batches of lines from its sources in order (a spool still being written is waited on, not left),
 * sends each batch with retries, and records the offset only after the sink took the batch: a crash between the
 * two sends the batch again, which the sinks' upserts make harmless. After the last retry it stops, and what is
 * left waits in the spool.
 */
final class SinkWorker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkWorker.class);
    private static final long POLL_MILLIS = 100;
    /** The fields an error line names a refused record by. */
    private static final Set<String> WHERE = Set.of("url", "file");

    private final SinkUri uri;
    private final Destination destination;
    private final DeliveryOptions options;
    private final List<Source> sources;
    private final Consumer<ErrorLine> rejected;
    private final Secrets secrets;
    private final Backoff backoff;
    private final Set<String> read;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong rejections = new AtomicLong();
    private final Set<Source> finished = ConcurrentHashMap.newKeySet();
    private volatile String failure;
    private volatile long firstSent;
    private volatile long lastTaken;
    private boolean connected;

    SinkWorker(SinkUri uri, Destination destination, DeliveryOptions options, List<Source> sources,
               Consumer<ErrorLine> rejected, Secrets secrets, Backoff backoff) {
        this.uri = uri;
        this.destination = destination;
        this.options = options;
        this.sources = List.copyOf(sources);
        this.rejected = rejected;
        this.secrets = secrets;
        this.backoff = backoff;
        Set<String> fields = new HashSet<>(destination.fields());
        fields.addAll(WHERE);
        this.read = Set.copyOf(fields);
    }

    /**
     * Lines to deliver: a file with its offset, and (for a spool being written) the spool to wait on.
     *
     * @param forgetWhenDone the offset is dropped once everything is delivered, so a later replay starts over
     */
    record Source(LineCursor cursor, Spool growing, boolean forgetWhenDone) {
    }

    @Override
    public void run() {
        try {
            for (Source source : sources) {
                if (!drain(source)) {
                    return;
                }
                if (source.forgetWhenDone()) {
                    source.cursor().forget();
                }
                finished.add(source);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "stopped before the end: the run's wait for its sinks ran out, or the process is stopping";
        } catch (RuntimeException e) {
            failure = secrets.redact(String.valueOf(e.getMessage()));
            LOG.error("sink {} stopped: {}", uri.display(), failure);
        }
    }

    /** @return false when the sink gave up for this run */
    private boolean drain(Source source) throws InterruptedException {
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "winnow-deliver-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // The next batch is read and parsed while this one is with the sink: the sink's round trip and the
            // JSON work overlap, and no more than two batches per sink are ever in memory.
            Future<Prepared> ahead = reader.submit(() -> prepare(source, source.cursor().offset()));
            connectOnce();
            while (true) {
                Prepared current = await(ahead);
                if (current.records() == 0) {
                    if (!current.mayGrow()) {
                        return true;
                    }
                    source.growing().awaitAppend(POLL_MILLIS);
                    ahead = reader.submit(() -> prepare(source, current.end()));
                    continue;
                }
                ahead = reader.submit(() -> prepare(source, current.end()));
                current.unreadable().forEach(message -> reject(null, message));
                if (!current.batch().isEmpty() && !sendWithRetries(latestPerId(current.batch()), current.batch().size())) {
                    ahead.cancel(true);
                    return false;
                }
                source.cursor().commit(current.end());
            }
        } finally {
            reader.shutdownNow();
        }
    }

    /** Connects while the first batch is read; a sink that is down is left for the first send to retry. */
    private void connectOnce() {
        if (connected) {
            return;
        }
        connected = true;
        try {
            destination.connect();
        } catch (SinkUnavailableException | RuntimeException e) {
            LOG.debug("sink {}: not connected yet: {}", uri.display(), secrets.redact(String.valueOf(e.getMessage())));
        }
    }

    /**
     * A batch ready to send: its records, the lines that are not records, and where it ends.
     *
     * @param mayGrow whether the source could still grow when it was read (a spool still being written)
     */
    private record Prepared(List<Outbound> batch, List<String> unreadable, long end, boolean mayGrow) {
        int records() {
            return batch.size() + unreadable.size();
        }
    }

    private Prepared prepare(Source source, long from) {
        boolean mayGrow = source.growing() != null && source.growing().open();
        LineCursor.Chunk chunk = source.cursor().read(from, options.batchSize(), options.batchBytes());
        List<Outbound> batch = new ArrayList<>(chunk.lines().size());
        List<String> unreadable = new ArrayList<>();
        for (byte[] line : chunk.lines()) {
            try {
                batch.add(Outbound.parse(line, read));
            } catch (IllegalArgumentException e) {
                unreadable.add(e.getMessage());
            }
        }
        return new Prepared(batch, unreadable, chunk.end(), mayGrow);
    }

    private static Prepared await(Future<Prepared> ahead) throws InterruptedException {
        try {
            return ahead.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The batch with only the last record of each id, in order: a later record replaces an earlier one downstream
     * anyway, and a database refuses to upsert one row twice in one multi-row statement.
     */
    static List<Outbound> latestPerId(List<Outbound> batch) {
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            last.put(batch.get(i).id(), i);
        }
        if (last.size() == batch.size()) {
            return batch;
        }
        List<Outbound> latest = new ArrayList<>(last.size());
        for (int i = 0; i < batch.size(); i++) {
            if (last.get(batch.get(i).id()) == i) {
                latest.add(batch.get(i));
            }
        }
        return latest;
    }

    /** @param records how many spool lines the batch stands for (superseded records count as delivered) */
    private boolean sendWithRetries(List<Outbound> batch, int records) throws InterruptedException {
        for (int retry = 0; ; retry++) {
            Exception problem;
            Optional<Duration> retryAfter = Optional.empty();
            try {
                if (firstSent == 0) {
                    firstSent = System.nanoTime();
                }
                List<Rejection> refused = destination.send(batch);
                lastTaken = System.nanoTime();
                for (Rejection rejection : refused) {
                    reject(rejection.record(), rejection.message());
                }
                delivered.addAndGet(records - refused.size());
                return true;
            } catch (SinkUnavailableException e) {
                problem = e;
                retryAfter = e.retryAfter();
            } catch (RuntimeException e) {
                // An answer this code did not expect is treated as the sink being unwell: the batch stays, and
                // is tried again, rather than counted as delivered.
                problem = e;
            }
            String message = secrets.redact(String.valueOf(problem.getMessage()));
            if (retry >= options.retries()) {
                failure = message;
                LOG.warn("sink {}: {}; after {} retries the records wait in the spool", uri.display(), message, retry);
                return false;
            }
            Duration wait = backoff.delay(retry + 1, retryAfter);
            LOG.info("sink {}: {}; retry {} of {} in {} ms", uri.display(), message, retry + 1, options.retries(),
                    wait.toMillis());
            Thread.sleep(wait.toMillis());
        }
    }

    private void reject(Outbound record, String message) {
        rejections.incrementAndGet();
        String url = record == null ? null : Outbound.text(record.fields(), "url");
        String file = record == null ? null : Outbound.text(record.fields(), "file");
        String id = record == null ? "" : "record " + record.id() + ": ";
        rejected.accept(new ErrorLine(file, url, "deliver", uri.kind().name().toLowerCase() + " rejected",
                secrets.redact(id + message + " (sink " + uri.display() + ")"), Instant.now().toString()));
    }

    SinkReport report() {
        long pending = 0;
        for (Source source : sources) {
            if (!finished.contains(source)) {
                pending += source.cursor().pending();
            }
        }
        Duration sending = firstSent == 0 || lastTaken == 0 ? Duration.ZERO : Duration.ofNanos(lastTaken - firstSent);
        return new SinkReport(uri.display(), delivered.get(), rejections.get(), pending, failure, sending);
    }

    Destination destination() {
        return destination;
    }
}
