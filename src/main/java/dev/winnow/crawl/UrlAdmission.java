package dev.winnow.crawl;

/**
 * The one door into the frontier: a URL found anywhere (seed, link, listing, redirect) is queued only when it
 * is in scope, the SSRF guard lets it through and this round has not queued it yet; its host then has work.
 */
public final class UrlAdmission {

    private final Frontier frontier;
    private final CrawlScope scope;
    private final AddressGuard guard;
    private final HostScheduler scheduler;
    private final CrawlCounters counters;

    UrlAdmission(Frontier frontier, CrawlScope scope, AddressGuard guard, HostScheduler scheduler,
                 CrawlCounters counters) {
        this.frontier = frontier;
        this.scope = scope;
        this.guard = guard;
        this.scheduler = scheduler;
        this.counters = counters;
    }

    /**
     * @param scopeExempt true for seeds and the redirects of seeds: the operator named them
     * @return whether the URL was queued
     */
    public boolean admit(CrawlUrl candidate, boolean scopeExempt) {
        if (!scopeExempt && !scope.admits(candidate.url(), candidate.depth())) {
            return false;
        }
        if (!guard.allows(candidate.url())) {
            counters.refusedLink();
            return false;
        }
        if (!frontier.offer(candidate)) {
            return false;
        }
        scheduler.addWork(candidate.host(), 1);
        return true;
    }
}
