package dev.winnow.crawl;

/**
 * What one crawl run did.
 *
 * @param written   record lines written: new pages, changed pages and deletion events
 * @param unchanged pages fetched whose text had not changed (no record written)
 * @param seconds   how long the run took
 */
public record CrawlSummary(CrawlCounters counters, long written, long unchanged, double seconds) {

    public long notModified() {
        return counters.of(CrawlTask.Outcome.NOT_MODIFIED) + unchanged;
    }

    public double pagesPerSecond() {
        return seconds > 0 ? counters.fetched() / seconds : 0;
    }

    /** The line {@code winnow crawl} prints. */
    public String line() {
        return String.format("fetched %d, extracted %d, skipped by robots %d, not modified %d, non-HTML %d,"
                        + " deleted %d, failed %d in %.1f s (%.1f pages/s)",
                counters.fetched(), written - counters.of(CrawlTask.Outcome.DELETED),
                counters.of(CrawlTask.Outcome.ROBOTS), notModified(), counters.of(CrawlTask.Outcome.NOT_HTML),
                counters.of(CrawlTask.Outcome.DELETED), counters.of(CrawlTask.Outcome.FAILED), seconds,
                pagesPerSecond());
    }
}
