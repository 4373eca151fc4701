package dev.winnow.crawl;

import java.util.ArrayList;
import java.util.List;

/**
 * What one crawl run did.
 *
 * @param written   record lines written: new pages, changed pages and deletion events
 * @param unchanged pages fetched whose text had not changed (no record written)
 * @param seconds   how long the run took
 * @param sinks     what each sink of the run did, one summary line each (none without sinks)
 */
public record CrawlSummary(CrawlCounters counters, long written, long unchanged, double seconds, List<String> sinks) {

    public CrawlSummary {
        sinks = List.copyOf(sinks);
    }

    /** This summary with the run's sink summaries added. */
    public CrawlSummary withSinks(List<String> sinkLines) {
        return new CrawlSummary(counters, written, unchanged, seconds, sinkLines);
    }

    /** The crawl's line, then a line per sink: what {@code winnow crawl} prints. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(line());
        sinks.forEach(sink -> lines.add("sink " + sink));
        return lines;
    }

    public long notModified() {
        return counters.of(CrawlTask.Outcome.NOT_MODIFIED) + unchanged;
    }

    public double pagesPerSecond() {
        return seconds > 0 ? counters.fetched() / seconds : 0;
    }

    /** The crawl's own line: pages fetched and what came of them. */
    public String line() {
        return String.format("fetched %d, extracted %d, skipped by robots %d, not modified %d, non-HTML %d,"
                        + " deleted %d, failed %d in %.1f s (%.1f pages/s)",
                counters.fetched(), written - counters.of(CrawlTask.Outcome.DELETED),
                counters.of(CrawlTask.Outcome.ROBOTS), notModified(), counters.of(CrawlTask.Outcome.NOT_HTML),
                counters.of(CrawlTask.Outcome.DELETED), counters.of(CrawlTask.Outcome.FAILED), seconds,
                pagesPerSecond());
    }
}
