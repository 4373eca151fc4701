package dev.winnow.crawl;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What a crawl did, for its summary line and its metrics. */
public final class CrawlCounters {

    private final Map<CrawlTask.Outcome, AtomicLong> outcomes = new EnumMap<>(CrawlTask.Outcome.class);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public CrawlCounters() {
        for (CrawlTask.Outcome outcome : CrawlTask.Outcome.values()) {
            outcomes.put(outcome, new AtomicLong());
        }
    }

    void count(CrawlTask.Outcome outcome) {
        outcomes.get(outcome).incrementAndGet();
    }

    void fetched(long bodyBytes) {
        requests.incrementAndGet();
        bytes.addAndGet(bodyBytes);
    }

    /** A link the SSRF guard would not follow. */
    void refusedLink() {
        refused.incrementAndGet();
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
}
