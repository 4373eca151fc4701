package dev.winnow.crawl;

import org.h2.mvstore.MVMap;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The frontier in the embedded store. Queue keys are the host, a separator and a sequence number, so each
 * host's URLs sit together in arrival order and the next one is a key lookup; only per-host counts and the
 * handed-out URLs are kept in memory. A URL handed out but not done is still in the queue on disk, so after a
 * crash it is fetched again rather than lost.
 */
public final class DiskFrontier implements Frontier {

    private static final char SEPARATOR = '\u0001';

    private final MVMap<String, String> queue;
    private final MVMap<String, String> queuedInRound;
    private final MVMap<String, String> meta;
    private final Map<String, String> handedOut = new ConcurrentHashMap<>();
    private final Map<String, Long> perHost = new HashMap<>();
    private long round;
    private long sequence;

    public DiskFrontier(CrawlDatabase database) {
        this.queue = database.map("queue");
        this.queuedInRound = database.map("queued");
        this.meta = database.map("meta");
        this.round = Long.parseLong(meta.getOrDefault("round", "1"));
        this.sequence = Long.parseLong(meta.getOrDefault("sequence", "0"));
        for (String key : queue.keySet()) {
            perHost.merge(key.substring(0, key.indexOf(SEPARATOR)), 1L, Long::sum);
        }
    }

    @Override
    public synchronized boolean offer(CrawlUrl url) {
        String current = Long.toString(round);
        if (current.equals(queuedInRound.get(url.url()))) {
            return false;
        }
        queuedInRound.put(url.url(), current);
        sequence++;
        meta.put("sequence", Long.toString(sequence));
        queue.put(key(url.host(), sequence), CrawlDatabase.write(url));
        perHost.merge(url.host(), 1L, Long::sum);
        return true;
    }

    @Override
    public synchronized Optional<CrawlUrl> next(String host) {
        String prefix = host + SEPARATOR;
        Iterator<String> keys = queue.keyIterator(prefix);
        while (keys.hasNext()) {
            String key = keys.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            CrawlUrl url = CrawlDatabase.read(queue.get(key), CrawlUrl.class);
            if (handedOut.putIfAbsent(url.url(), key) == null) {
                return Optional.of(url);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized void done(CrawlUrl url) {
        String key = handedOut.remove(url.url());
        if (key != null && queue.remove(key) != null) {
            perHost.computeIfPresent(url.host(), (host, count) -> count > 1 ? count - 1 : null);
        }
    }

    @Override
    public synchronized Map<String, Long> queuedPerHost() {
        return Map.copyOf(perHost);
    }

    @Override
    public synchronized void startRound() {
        round++;
        meta.put("round", Long.toString(round));
    }

    private static String key(String host, long sequence) {
        String digits = Long.toString(sequence);
        return host + SEPARATOR + "0".repeat(19 - digits.length()) + digits;
    }
}
