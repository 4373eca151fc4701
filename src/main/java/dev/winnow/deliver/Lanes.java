package dev.winnow.deliver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Several connections to one sink fed at once ({@code parallel=N}): a batch is cut into one part per lane and
 * the parts go out together, so a server that works each request on one thread (PostgreSQL's backend per
 * connection, Solr's indexing per request) can use more than one core. Parts may arrive in any order: the
 * worker leaves one record per id in a batch. When any part fails, the whole batch is tried again, which the
 * sinks' upserts make harmless for the parts that went through.
 */
final class Lanes implements Destination {

    /** Parts smaller than this are not worth a connection of their own. */
    private static final int MIN_PART = 50;

    private final List<Destination> lanes;
    private final ExecutorService requests;

    private Lanes(List<Destination> lanes) {
        this.lanes = List.copyOf(lanes);
        this.requests = Executors.newFixedThreadPool(lanes.size(), r -> {
            Thread thread = new Thread(r, "winnow-sink-lane");
            thread.setDaemon(true);
            return thread;
        });
    }

    static Destination of(List<Destination> lanes) {
        return lanes.size() == 1 ? lanes.get(0) : new Lanes(lanes);
    }

    @Override
    public Set<String> fields() {
        return lanes.get(0).fields();
    }

    @Override
    public List<Rejection> send(List<Outbound> batch) throws SinkUnavailableException {
        int parts = Math.min(lanes.size(), batch.size() / MIN_PART);
        if (parts <= 1) {
            return lanes.get(0).send(batch);
        }
        int size = (batch.size() + parts - 1) / parts;
        List<CompletableFuture<List<Rejection>>> running = new ArrayList<>();
        for (int lane = 0; lane < parts; lane++) {
            Destination destination = lanes.get(lane);
            List<Outbound> part = batch.subList(lane * size, Math.min(batch.size(), (lane + 1) * size));
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return destination.send(part);
                } catch (SinkUnavailableException e) {
                    throw new CompletionException(e);
                }
            }, requests));
        }
        List<Rejection> rejected = new ArrayList<>();
        joinAll(running).forEach(rejected::addAll);
        return rejected;
    }

    /**
     * Connects every lane, together: left to the first batch, the connections (for a database, each with its
     * password exchange) would hold up that batch.
     */
    @Override
    public void connect() throws SinkUnavailableException {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (Destination lane : lanes) {
            running.add(CompletableFuture.runAsync(() -> {
                try {
                    lane.connect();
                } catch (SinkUnavailableException e) {
                    throw new CompletionException(e);
                }
            }, requests));
        }
        joinAll(running);
    }

    /** Waits for every lane, so none is still at work when the batch is retried; then the first failure, if any. */
    private static <T> List<T> joinAll(List<CompletableFuture<T>> running) throws SinkUnavailableException {
        List<T> results = new ArrayList<>();
        SinkUnavailableException unavailable = null;
        for (CompletableFuture<T> lane : running) {
            try {
                results.add(lane.join());
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof SinkUnavailableException failed)) {
                    throw e;
                }
                unavailable = failed;
            }
        }
        if (unavailable != null) {
            throw unavailable;
        }
        return results;
    }

    @Override
    public void close() {
        requests.shutdown();
        lanes.forEach(Destination::close);
    }
}
