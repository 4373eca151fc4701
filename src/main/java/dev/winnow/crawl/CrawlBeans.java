package dev.winnow.crawl;

import dev.winnow.pipeline.Page;
import dev.winnow.record.ArticleRecord;
import dev.winnow.sink.RecordSink;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The crawl route's beans, bound once per Camel context, each passing its call on to the crawl running now.
 * {@code winnow run} runs its jobs one after another in one context, each with its own state and output.
 */
public final class CrawlBeans {

    private volatile Crawler current;

    /** The beans by the names crawl.camel.yaml and pipeline.camel.yaml call them. */
    public Map<String, Object> beans() {
        return Map.of("crawlFetch", new FetchStep(), "crawlDiscovery", new DiscoverStep(),
                "crawlLedger", new CrawlLedger(), "recordSink", new Records());
    }

    /** Runs one crawl with the beans passing calls to it. */
    public CrawlSummary run(Crawler crawler, Consumer<CrawlTask> route) throws InterruptedException {
        current = crawler;
        try {
            return crawler.run(route);
        } finally {
            current = null;
        }
    }

    private Crawler crawler() {
        Crawler crawler = current;
        if (crawler == null) {
            throw new IllegalStateException("no crawl is running");
        }
        return crawler;
    }

    /** The {@code fetch} step. */
    public final class FetchStep {
        public CrawlTask fetch(CrawlTask task) throws InterruptedException {
            return crawler().fetchStep().fetch(task);
        }
    }

    /** The {@code discover} step. */
    public final class DiscoverStep {
        public Page discover(CrawlTask task) {
            return crawler().discoveryStep().discover(task);
        }
    }

    /** The pipeline's {@code write} step, for crawled pages. */
    final class Records implements RecordSink {
        @Override
        public void write(ArticleRecord record) {
            crawler().records().write(record);
        }

        @Override
        public void close() {
            // Each crawl closes its own records file.
        }
    }
}
