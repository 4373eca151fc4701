package dev.winnow.crawl;

import java.util.Map;
import java.util.Optional;

/**
 * The URLs still to fetch in this crawl round, queued per host so that politeness can pick a host first.
 * The embedded store is the one-machine implementation; one partitioned by host can run across processes.
 */
public interface Frontier {

    /** Queues a URL unless this round already queued it; returns whether it was queued. */
    boolean offer(CrawlUrl url);

    /** The oldest URL of the host that is queued and not yet handed out, if any. */
    Optional<CrawlUrl> next(String host);

    /** Takes a handed-out URL off the queue for good, once its outcome is stored. */
    void done(CrawlUrl url);

    /** Queued URLs per host (handed-out ones included until they are done). */
    Map<String, Long> queuedPerHost();

    /** Forgets what was queued in earlier rounds: from now on every URL may be queued once again. */
    void startRound();
}
