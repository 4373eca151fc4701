package dev.winnow.crawl;

import crawlercommons.robots.BaseRobotRules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The crawl route's fetch step: asks robots.txt, then fetches the URL (conditionally, when an earlier round
 * recorded the page), and hands the host back to the scheduler as soon as the response is in.
 */
public final class CrawlFetch {

    private final RobotsPolicy robots;
    private final Fetcher fetcher;
    private final UrlAdmission admission;
    private final ToLongFunction<String> hostDelay;
    private final CrawlCounters counters;

    /** @param hostDelay the politeness delay of a host, in milliseconds */
    public CrawlFetch(RobotsPolicy robots, Fetcher fetcher, UrlAdmission admission, ToLongFunction<String> hostDelay,
                      CrawlCounters counters) {
        this.robots = robots;
        this.fetcher = fetcher;
        this.admission = admission;
        this.hostDelay = hostDelay;
        this.counters = counters;
    }

    public CrawlTask fetch(CrawlTask task) throws InterruptedException {
        CrawlUrl url = task.url();
        try {
            RobotsPolicy.Verdict verdict = robots.rulesFor(url.url());
            BaseRobotRules rules = verdict.rules();
            if (verdict.fetchedNow()) {
                for (String sitemap : rules.getSitemaps()) {
                    admission.admit(CrawlUrl.found(sitemap, 0, CrawlUrl.Kind.LISTING), false);
                }
            }
            if (rules.isDeferVisits()) {
                throw new FetchException(url.url(), 0, "robots.txt of " + url.host()
                        + " could not be fetched (server error or no answer), so the host is not crawled now");
            }
            if (!rules.isAllowed(url.url())) {
                task.finish(CrawlTask.Outcome.ROBOTS);
                return task;
            }
            if (verdict.fetchedNow()) {
                // robots.txt was a request too: the page waits its turn after it.
                Thread.sleep(hostDelay.applyAsLong(url.host()));
            }
            boolean listing = url.kind() == CrawlUrl.Kind.LISTING || url.depth() == 0;
            long started = System.nanoTime();
            task.sending();
            FetchResponse response = fetcher.get(url.url(), conditionalHeaders(task.previous()),
                    type -> ContentTypes.isHtml(type) || listing && ContentTypes.isListing(type),
                    hostDelay.applyAsLong(url.host()));
            counters.fetched(url.host(), response.body() == null ? 0 : response.body().length,
                    (System.nanoTime() - started) / 1_000_000);
            task.responded(response);
            return task;
        } finally {
            task.answered();
        }
    }

    private static Map<String, String> conditionalHeaders(UrlState previous) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (previous != null && previous.hasLiveRecord()) {
            if (previous.etag() != null) {
                headers.put("If-None-Match", previous.etag());
            }
            if (previous.lastModified() != null) {
                headers.put("If-Modified-Since", previous.lastModified());
            }
        }
        return headers;
    }
}
