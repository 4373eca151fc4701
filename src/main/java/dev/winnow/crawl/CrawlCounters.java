package dev.winnow.crawl;

import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What crawls did, overall and per host: for a run's summary line and for the metrics {@code winnow run} serves.
 * A run's counters can pass every count on to a parent that adds up all runs of the service; the service's
 * counters also record into a Micrometer registry, which {@code winnow run} serves as {@code /metrics}.
 */
public final class CrawlCounters {

    /** One host's counts. */
    public static final class HostCounts {
        private final Map<CrawlTask.Outcome, LongAdder> outcomes = new EnumMap<>(CrawlTask.Outcome.class);
        private final LongAdder bytes = new LongAdder();
        private final LongAdder responses = new LongAdder();
        private final LongAdder latencyMillis = new LongAdder();

        HostCounts() {
            for (CrawlTask.Outcome outcome : CrawlTask.Outcome.values()) {
                outcomes.put(outcome, new LongAdder());
            }
        }

        public long of(CrawlTask.Outcome outcome) {
            return outcomes.get(outcome).sum();
        }

        public long bytes() {
            return bytes.sum();
        }

        public long responses() {
            return responses.sum();
        }

        public long latencyMillis() {
            return latencyMillis.sum();
        }
    }

    private final CrawlCounters parent;
    /** Where the service's metrics go, or null for counters no one serves. */
    private final MeterRegistry registry;
    private final Map<CrawlTask.Outcome, AtomicLong> outcomes = new EnumMap<>(CrawlTask.Outcome.class);
    private final Map<String, HostCounts> hosts = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public CrawlCounters() {
        this(null);
    }

    /** @param parent also counts everything counted here, or null */
    public CrawlCounters(CrawlCounters parent) {
        this(parent, null);
    }

    private CrawlCounters(CrawlCounters parent, MeterRegistry registry) {
        this.parent = parent;
        this.registry = registry;
        for (CrawlTask.Outcome outcome : CrawlTask.Outcome.values()) {
            outcomes.put(outcome, new AtomicLong());
        }
    }

    /** Counters that also record, per host: URLs by outcome, body bytes, and the fetch latency timer. */
    public static CrawlCounters recordingTo(MeterRegistry registry) {
        return new CrawlCounters(null, registry);
    }

    void count(String host, CrawlTask.Outcome outcome) {
        outcomes.get(outcome).incrementAndGet();
        host(host).outcomes.get(outcome).increment();
        if (registry != null) {
            registry.counter("winnow.crawl.urls", "host", host, "outcome", outcome.name().toLowerCase()).increment();
        }
        if (parent != null) {
            parent.count(host, outcome);
        }
    }

    void fetched(String host, long bodyBytes, long latencyMillis) {
        requests.incrementAndGet();
        bytes.addAndGet(bodyBytes);
        HostCounts counts = host(host);
        counts.responses.increment();
        counts.bytes.add(bodyBytes);
        counts.latencyMillis.add(latencyMillis);
        if (registry != null) {
            registry.counter("winnow.crawl.bytes", "host", host).increment(bodyBytes);
            registry.timer("winnow.crawl.fetch", "host", host).record(latencyMillis, TimeUnit.MILLISECONDS);
        }
        if (parent != null) {
            parent.fetched(host, bodyBytes, latencyMillis);
        }
    }

    /** A link the SSRF guard would not follow. */
    void refusedLink() {
        refused.incrementAndGet();
        if (registry != null) {
            registry.counter("winnow.crawl.refused.links").increment();
        }
        if (parent != null) {
            parent.refusedLink();
        }
    }

    private HostCounts host(String host) {
        return hosts.computeIfAbsent(host, h -> new HostCounts());
    }

    public long of(CrawlTask.Outcome outcome) {
        return outcomes.get(outcome).get();
    }

    /** Responses received (pages, listings, errors with a status). */
    public long fetched() {
        return requests.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public long refused() {
        return refused.get();
    }

    /** The counts of every host seen so far. */
    public Map<String, HostCounts> hosts() {
        return Map.copyOf(hosts);
    }
}
