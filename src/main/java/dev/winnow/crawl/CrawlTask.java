package dev.winnow.crawl;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One URL's trip through the crawl route: the crawler makes it, the route's steps fill in the response and the
 * outcome, and the crawler reads them back to count and store. As soon as the response is in, the host is
 * released to the next request while this page is still being extracted.
 */
public final class CrawlTask {

    /** What became of the URL. */
    public enum Outcome { EXTRACTED, NOT_MODIFIED, ROBOTS, NOT_HTML, NOINDEX, LISTING, REDIRECT, DELETED, FAILED }

    private final CrawlUrl url;
    private final UrlState previous;
    private final Runnable onSending;
    private final Runnable onAnswered;
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile FetchResponse response;
    private volatile Outcome outcome;
    private volatile String recordId;

    /**
     * @param previous   the URL's state from earlier rounds, or null for a new URL
     * @param onSending  called just before the page's request goes out, where the host's delay starts
     * @param onAnswered called once, when the host may be asked again
     */
    public CrawlTask(CrawlUrl url, UrlState previous, Runnable onSending, Runnable onAnswered) {
        this.url = url;
        this.previous = previous;
        this.onSending = onSending;
        this.onAnswered = onAnswered;
    }

    public CrawlUrl url() {
        return url;
    }

    public UrlState previous() {
        return previous;
    }

    /** The page's request is about to be sent to the host. */
    void sending() {
        onSending.run();
    }

    /** The host is done with this request (answered, refused by robots, or failed). */
    void answered() {
        if (answered.compareAndSet(false, true)) {
            onAnswered.run();
        }
    }

    void responded(FetchResponse response) {
        this.response = response;
    }

    public FetchResponse response() {
        return response;
    }

    void finish(Outcome outcome) {
        this.outcome = outcome;
    }

    void recorded(String recordId) {
        this.recordId = recordId;
        this.outcome = Outcome.EXTRACTED;
    }

    /** The outcome, or {@link Outcome#FAILED} when the route stopped before giving one. */
    public Outcome outcome() {
        return outcome == null ? Outcome.FAILED : outcome;
    }

    public String recordId() {
        return recordId;
    }
}
