package dev.winnow.deliver;

import dev.winnow.pipeline.Settings;
import dev.winnow.record.ArticleRecord;
import dev.winnow.record.RecordJson;
import dev.winnow.sink.ErrorLine;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sinks of one run over one output folder. For {@code convert}, {@code crawl} and {@code run}:
 * {@link #spooling} opens each sink's spool, {@link #spool} (called by the deliver route) copies every record the
 * run keeps into them, and each sink's worker delivers from there while the run goes on. For {@code winnow deliver}: {@link #replaying} delivers what is pending in each
 * spool, then every record of an earlier run's records file.
 */
public final class Deliveries implements AutoCloseable {

    private final List<Spool> spools;
    private final List<SinkWorker> workers;
    private final List<Thread> threads = new ArrayList<>();
    private List<SinkReport> reports;

    private Deliveries(List<Spool> spools, List<SinkWorker> workers) {
        this.spools = spools;
        this.workers = workers;
    }

    /**
     * Checks that every sink can be set up (options, secrets named, table names) before a run starts, so a
     * mistake is a usage error and not a failure half-way. Nothing is contacted: sinks connect lazily.
     *
     * @throws IllegalArgumentException naming the sink and the problem
     */
    public static void check(List<SinkUri> sinks, Settings settings, Secrets secrets) {
        for (SinkUri sink : sinks) {
            Destinations.open(sink, DeliveryOptions.of(settings, sink), secrets, settings).close();
        }
    }

    /** Opens the spools and starts a worker per sink; each first delivers what an earlier run left pending. */
    public static Deliveries spooling(Path outputFolder, List<SinkUri> sinks, Settings settings, Secrets secrets,
                                      Consumer<ErrorLine> rejected) {
        return start(outputFolder, sinks, settings, secrets, rejected, null, false);
    }

    /** Starts a worker per sink that delivers its pending spool, then every line of {@code records} (when not null). */
    public static Deliveries replaying(Path outputFolder, Path records, List<SinkUri> sinks, Settings settings,
                                       Secrets secrets, Consumer<ErrorLine> rejected) {
        return start(outputFolder, sinks, settings, secrets, rejected, records, true);
    }

    private static Deliveries start(Path outputFolder, List<SinkUri> sinks, Settings settings, Secrets secrets,
                                    Consumer<ErrorLine> rejected, Path replay, boolean replaying) {
        List<Spool> spools = new ArrayList<>();
        List<SinkWorker> workers = new ArrayList<>();
        SecureRandom random = new SecureRandom();
        for (SinkUri sink : sinks) {
            DeliveryOptions options = DeliveryOptions.of(settings, sink);
            Spool spool = Spool.of(outputFolder, sink.key());
            try {
                spool.claim();
            } catch (IllegalStateException e) {
                spools.forEach(Spool::release);
                throw e;
            }
            List<SinkWorker.Source> sources = new ArrayList<>();
            if (!replaying) {
                spool.openForAppend();
                sources.add(new SinkWorker.Source(spool.cursor(), spool, false));
            } else {
                sources.add(new SinkWorker.Source(spool.cursor(), null, false));
            }
            if (replay != null) {
                Path state = outputFolder.resolve("state").resolve("deliver").resolve(sink.key() + ".replay.offset");
                sources.add(new SinkWorker.Source(new LineCursor(replay, state), null, true));
            }
            spools.add(spool);
            workers.add(new SinkWorker(sink, Destinations.open(sink, options, secrets, settings), options, sources, rejected,
                    secrets, new Backoff(options.backoff(), options.backoffMax(), random)));
        }
        Deliveries deliveries = new Deliveries(spools, workers);
        for (int i = 0; i < workers.size(); i++) {
            Thread thread = new Thread(workers.get(i), "winnow-sink-" + (i + 1));
            thread.setDaemon(true);
            deliveries.threads.add(thread);
            thread.start();
        }
        return deliveries;
    }

    /**
     * Copies one record into every spool (the deliver route's step, through {@link SpoolStep}). A run spools a
     * record before writing it to its records file, so a process killed in between delivers the record once more
     * rather than never.
     */
    public void spool(ArticleRecord record) {
        if (spools.isEmpty()) {
            return;
        }
        String line = RecordJson.line(record);
        for (Spool spool : spools) {
            spool.append(line);
        }
    }

    /**
     * Closes the spools to new records, waits until every sink delivered all it could, and tells what each did.
     */
    public List<SinkReport> finish() throws InterruptedException {
        return finish(null);
    }

    /**
     * The same, waiting at most {@code patience} (none: as long as the retries take) for the sinks: a sink still
     * retrying then is stopped, and what it did not deliver waits in its spool for the next run. A scheduled job
     * uses this, so a sink that is down does not hold up the next crawl.
     */
    public synchronized List<SinkReport> finish(Duration patience) throws InterruptedException {
        if (reports != null) {
            return reports;
        }
        spools.forEach(Spool::close);
        long deadline = patience == null ? Long.MAX_VALUE : System.nanoTime() + patience.toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (patience == null) {
                thread.join();
            } else if (left > 0) {
                thread.join(Math.max(1, left / 1_000_000));
            }
        }
        for (Thread thread : threads) {
            if (thread.isAlive()) {
                thread.interrupt();
            }
        }
        // A sink stopped in the middle of a send finishes that send (each has its timeout) before it reports.
        for (Thread thread : threads) {
            thread.join();
        }
        List<SinkReport> done = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            workers.get(i).destination().close();
            done.add(workers.get(i).report());
            spools.get(i).removeIfDrained();
            spools.get(i).release();
        }
        reports = List.copyOf(done);
        return reports;
    }

    /** Pending records, over every sink. */
    public static long pending(List<SinkReport> reports) {
        return reports.stream().mapToLong(SinkReport::pending).sum();
    }

    /** Rejected records, over every sink. */
    public static long rejected(List<SinkReport> reports) {
        return reports.stream().mapToLong(SinkReport::rejected).sum();
    }

    /** Finishes, when {@link #finish} was not called (a run that failed on the way). */
    @Override
    public void close() throws InterruptedException {
        finish();
    }
}
