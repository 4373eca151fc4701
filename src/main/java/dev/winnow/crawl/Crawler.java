package dev.winnow.crawl;

import dev.winnow.decode.CharsetLabels;
import dev.winnow.decode.CharsetSniffer;
import dev.winnow.decode.Decoder;
import dev.winnow.parse.HtmlParser;
import dev.winnow.pipeline.RuleList;
import dev.winnow.record.ArticleRecord;
import org.h2.mvstore.MVMap;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs one crawl round (or the rest of an interrupted one) against the state folder. It picks the next host
 * whose turn it is, hands that host's next URL to the crawl route (through {@code route}, on a worker thread,
 * with at most {@code concurrency} requests in flight) and, when the route is done with it, stores its outcome
 * and takes it off the frontier in one commit. A round ends when the frontier is empty; the next run then starts a new round with
 * the seeds, every recorded page that is due again and every sitemap or feed read before.
 */
public final class Crawler implements AutoCloseable {

    private static final long POLL_MILLIS = 200;

    private final CrawlOptions options;
    private final Clock clock;
    private final CrawlDatabase database;
    private final Frontier frontier;
    private final UrlStateStore states;
    private final MVMap<String, String> meta;
    private final HostScheduler scheduler;
    private final CrawlCounters counters;
    private final UrlAdmission admission;
    private final RobotsPolicy robots;
    private final CrawlRecordSink records;
    private final CrawlFetch fetch;
    private final Discovery discovery;

    private Crawler(CrawlOptions options, Clock clock, CrawlCounters totals, Consumer<ArticleRecord> news) {
        this.options = options;
        this.clock = clock;
        this.counters = new CrawlCounters(totals);
        this.database = CrawlDatabase.open(options.state());
        this.frontier = new DiskFrontier(database);
        this.states = new DiskUrlStates(database);
        this.meta = database.map("meta");
        this.scheduler = new HostScheduler(options.perHost());
        Set<String> seedHosts = options.seeds().stream().map(CrawlUrl::hostOf).collect(Collectors.toSet());
        this.admission = new UrlAdmission(frontier,
                new CrawlScope(options.seeds(), options.scope(), options.include(), options.exclude(), options.maxDepth()),
                new AddressGuard(seedHosts, options.allowPrivate()), scheduler, counters);
        Fetcher fetcher = new Fetcher(Fetcher.client(options.connectTimeout()), options.userAgent(), options.timeout(),
                options.maxBytes(), options.backoff(), clock);
        this.robots = new RobotsPolicy(fetcher, database.map("robots"), options.agentName(),
                options.robotsTtl().toMillis(), clock);
        this.records = new CrawlRecordSink(options.out().resolve("records.jsonl"), database.map("records"), meta, clock,
                news);
        this.fetch = new CrawlFetch(robots, fetcher, admission, this::delayOf, counters);
        this.discovery = new Discovery(new UrlNormalizer(RuleList.load("tracking-parameters.txt")),
                new Decoder(new CharsetSniffer(), new CharsetLabels()), new HtmlParser(),
                new LinkExtractor(options.agentName()),
                new ListingReader(), admission, states, records, options.maxRedirects());
    }

    /**
     * A crawler whose counts also go to {@code totals} (the running service's metrics), unless it is null.
     *
     * @param news receives each record and deletion event the crawl writes to records.jsonl (the run's sinks)
     */
    public static Crawler open(CrawlOptions options, Clock clock, CrawlCounters totals, Consumer<ArticleRecord> news) {
        return new Crawler(options, clock, totals, news);
    }

    CrawlFetch fetchStep() {
        return fetch;
    }

    Discovery discoveryStep() {
        return discovery;
    }

    CrawlRecordSink records() {
        return records;
    }

    /**
     * Crawls until the frontier is empty or {@code maxPages} URLs were handed out.
     *
     * @param route sends a task through the crawl route and returns when the route is done with it
     */
    public CrawlSummary run(Consumer<CrawlTask> route) throws InterruptedException {
        long started = System.nanoTime();
        prepareRound();
        // Requests in flight are limited by the concurrency; pages still being extracted after their answer came
        // hold a worker but no request slot, so a slow extraction does not slow the fetching of other hosts.
        int threads = options.concurrency() + Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "winnow-crawl");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore requests = new Semaphore(options.concurrency());
        Semaphore idleWorkers = new Semaphore(threads);
        AtomicInteger inFlight = new AtomicInteger();
        long handedOut = 0;
        try {
            while (options.maxPages() <= 0 || handedOut < options.maxPages()) {
                idleWorkers.acquire();
                requests.acquire();
                Optional<String> host = scheduler.take(POLL_MILLIS);
                Optional<CrawlUrl> next = host.flatMap(frontier::next);
                if (next.isEmpty()) {
                    host.ifPresent(scheduler::untake);
                    requests.release();
                    idleWorkers.release();
                    if (host.isEmpty() && inFlight.get() == 0 && !scheduler.hasWork()) {
                        break;
                    }
                    continue;
                }
                handedOut++;
                inFlight.incrementAndGet();
                workers.execute(() -> {
                    try {
                        process(next.get(), route, requests::release);
                    } finally {
                        inFlight.decrementAndGet();
                        idleWorkers.release();
                    }
                });
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(1, TimeUnit.DAYS);
            database.commit();
        }
        return new CrawlSummary(counters, records.written(), records.unchanged(),
                (System.nanoTime() - started) / 1e9, List.of());
    }

    private void prepareRound() {
        frontier.queuedPerHost().forEach(scheduler::addWork);
        if (frontier.queuedPerHost().isEmpty()) {
            frontier.startRound();
            meta.put("round-ready", "false");
        }
        for (String seed : options.seeds()) {
            admission.admit(CrawlUrl.seed(seed), true);
        }
        if (!"true".equals(meta.get("round-ready"))) {
            long dueBefore = clock.millis() - options.recrawlAfter().toMillis();
            states.forEach((url, state) -> {
                if (state.fetchedAt() > dueBefore) {
                    return;
                }
                if (state.hasLiveRecord()) {
                    admission.admit(CrawlUrl.found(url, state.depth(), CrawlUrl.Kind.PAGE), false);
                } else if (state.status() == UrlState.Status.LISTING) {
                    // Sitemaps and feeds are read again each round: that is where new pages show up.
                    admission.admit(CrawlUrl.found(url, state.depth(), CrawlUrl.Kind.LISTING), false);
                }
            });
            meta.put("round-ready", "true");
        }
        database.commit();
    }

    /** @param releaseRequest gives the request slot back, once the host answered */
    private void process(CrawlUrl url, Consumer<CrawlTask> route, Runnable releaseRequest) {
        UrlState previous = states.get(url.url()).orElse(null);
        CrawlTask task = new CrawlTask(url, previous, () -> scheduler.sending(url.host(), delayOf(url.host())), () -> {
            scheduler.answered(url.host());
            releaseRequest.run();
        });
        try {
            route.accept(task);
        } finally {
            task.answered();
        }
        CrawlTask.Outcome outcome = task.outcome();
        counters.count(url.host(), outcome);
        states.put(url.url(), stateAfter(task, previous));
        frontier.done(url);
        database.commit();
    }

    private UrlState stateAfter(CrawlTask task, UrlState previous) {
        FetchResponse response = task.response();
        int status = response == null ? 0 : response.status();
        long now = clock.millis();
        int depth = task.url().depth();
        String keptRecord = previous == null ? null : previous.recordId();
        return switch (task.outcome()) {
            case EXTRACTED -> new UrlState(UrlState.Status.FETCHED, depth, status, now, response.etag(),
                    response.lastModified(), task.recordId());
            case NOT_MODIFIED -> new UrlState(UrlState.Status.NOT_MODIFIED, depth, status, now, previous.etag(),
                    previous.lastModified(), keptRecord);
            case DELETED -> new UrlState(UrlState.Status.DELETED, depth, status, now, null, null, keptRecord);
            case LISTING -> new UrlState(UrlState.Status.LISTING, depth, status, now, null, null, null);
            case FAILED -> previous != null
                    ? new UrlState(UrlState.Status.FAILED, depth, status, previous.fetchedAt(), previous.etag(),
                    previous.lastModified(), keptRecord)
                    : new UrlState(UrlState.Status.FAILED, depth, status, now, null, null, null);
            default -> new UrlState(UrlState.Status.SKIPPED, depth, status, now, null, null, null);
        };
    }

    /** The larger of the configured delay and the host's robots.txt crawl-delay. */
    private long delayOf(String host) {
        return Math.max(options.delay().toMillis(), robots.crawlDelayOf(host));
    }

    @Override
    public void close() {
        records.close();
        database.close();
    }
}
