package dev.winnow.cli;

import dev.winnow.camel.FailedPageHandler;
import dev.winnow.camel.PageLabel;
import dev.winnow.camel.WinnowRuntime;
import dev.winnow.crawl.CrawlBeans;
import dev.winnow.crawl.CrawlCounters;
import dev.winnow.crawl.CrawlOptions;
import dev.winnow.crawl.CrawlSummary;
import dev.winnow.crawl.CrawlTask;
import dev.winnow.crawl.Crawler;
import dev.winnow.crawl.Seeds;
import dev.winnow.deliver.Deliveries;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SinkReport;
import dev.winnow.deliver.SinkUri;
import dev.winnow.deliver.SpoolStep;
import dev.winnow.pipeline.Settings;
import dev.winnow.sink.ErrorLine;
import dev.winnow.sink.ErrorSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code winnow crawl}: a one-off crawl from seeds, through the crawl route into the pipeline. */
@Command(name = "crawl",
        mixinStandardHelpOptions = true,
        description = {
                "Crawls web sites politely from seed URLs and turns their pages into clean JSON records.",
                "Seeds are page URLs, sitemap or RSS/Atom feed URLs, or files of one URL a line. Appends records.jsonl"
                        + " (new and changed pages, and deletion events) and errors.jsonl to the output folder. The crawl"
                        + " state lives in --state: a crawl that was stopped goes on where it stopped; a crawl run again"
                        + " after it finished recrawls with conditional requests and writes only what changed.",
                "Defaults come from the winnow.crawl.* settings (application.properties, or -D with WINNOW_OPTS).",
                "Exit code: 0 when no URL failed, 1 when some failed (or a sink refused some records), 2 for a usage"
                        + " error, 3 when records wait in a sink's spool (see --sink)."})
final class CrawlCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SEED", description = "Seed URLs (pages, sitemaps, feeds) or seed files.")
    List<String> seeds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--state", paramLabel = "DIR", description = "Crawl state folder (default: state in the output folder).")
    String state;

    @Option(names = "--max-pages", paramLabel = "N", description = "Stop after handing out N URLs in this run.")
    Long maxPages;

    @Option(names = "--max-depth", paramLabel = "N", description = "Follow links at most N hops from a seed.")
    Integer maxDepth;

    @Option(names = "--scope", paramLabel = "SCOPE", description = "host, domain or prefix of a seed.")
    String scope;

    @Option(names = "--include", paramLabel = "REGEX", description = "Queue only URLs this matches.")
    String include;

    @Option(names = "--exclude", paramLabel = "REGEX", description = "Never queue URLs this matches.")
    String exclude;

    @Option(names = "--delay", paramLabel = "TIME", description = "Least time from one request to a host to the next (the robots crawl-delay wins when longer), e.g. 1s, 200ms.")
    String delay;

    @Option(names = "--concurrency", paramLabel = "N", description = "Requests in flight at once over all hosts.")
    Integer concurrency;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "Sent on every request; its first word is the name robots.txt rules are read for.")
    String userAgent;

    @Option(names = "--allow-private", description = "Also follow links into private, loopback and link-local addresses.")
    boolean allowPrivate;

    @Option(names = "--sink", paramLabel = "URI",
            description = "Also deliver the crawl's new and changed records and its deletions to URI (repeatable), as"
                    + " convert --sink does: jdbc:postgresql://HOST/DB?table=articles (any JDBC URL),"
                    + " solr:http://HOST:8983/solr/CORE, kafka:TOPIC?brokers=HOST:9092, or an http(s):// webhook.")
    List<String> sinks = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What one crawl did, and what each of its sinks did. */
    record Delivered(CrawlSummary summary, List<SinkReport> sinks) {
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = overridden(Settings.load());
        CrawlOptions options;
        List<SinkUri> sinkUris;
        try {
            sinkUris = sinks.stream().map(SinkUri::parse).toList();
            Deliveries.check(sinkUris, settings, Secrets.fromEnvironment());
            options = CrawlOptions.from(settings, Seeds.read(seeds), out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Delivered done = crawl(settings, options, sinkUris);
        done.summary().lines().forEach(System.out::println);
        if (Deliveries.pending(done.sinks()) > 0) {
            return 3;
        }
        return done.summary().counters().of(CrawlTask.Outcome.FAILED) == 0 && Deliveries.rejected(done.sinks()) == 0
                ? 0 : 1;
    }

    private static Delivered crawl(Settings settings, CrawlOptions options, List<SinkUri> sinkUris)
            throws InterruptedException {
        CrawlBeans crawlBeans = new CrawlBeans();
        try (ErrorSink errors = ErrorSink.append(options.out().resolve("errors.jsonl"))) {
            SpoolStep spoolStep = new SpoolStep();
            Map<String, Object> beans = new HashMap<>(crawlBeans.beans());
            beans.put("failedPageHandler", new FailedPageHandler(errors));
            beans.put("spoolStep", spoolStep);
            try (WinnowRuntime runtime = WinnowRuntime.start(settings, WinnowHome.routes(),
                    List.of("errors.camel.yaml", "pipeline.camel.yaml", "crawl.camel.yaml", "deliver.camel.yaml"),
                    beans)) {
                return crawlOnce(runtime, crawlBeans, spoolStep, errors, options, null, settings, sinkUris, null);
            }
        }
    }

    /**
     * One crawl of a job through the crawl route of a running context, each record and deletion it writes going
     * through the deliver route to its sinks; shared with {@code winnow run}. Each sink first delivers what an
     * earlier run left in its spool.
     *
     * @param sinkWait how long to wait for sinks still retrying after the crawl, or null for as long as they retry
     */
    static Delivered crawlOnce(WinnowRuntime runtime, CrawlBeans crawlBeans, SpoolStep spoolStep, ErrorSink errors,
                               CrawlOptions options, CrawlCounters totals, Settings settings, List<SinkUri> sinkUris,
                               Duration sinkWait)
            throws InterruptedException {
        try (Deliveries deliveries = Deliveries.spooling(options.out(), sinkUris, settings, Secrets.fromEnvironment(),
                errors::write)) {
            CrawlSummary summary;
            spoolStep.use(deliveries);
            try (Crawler crawler = Crawler.open(options, Clock.systemUTC(), totals, runtime::deliver)) {
                summary = crawlBeans.run(crawler, task -> runtime.send("direct:crawl", task,
                                Map.of(PageLabel.URL, task.url().url(), "crawlTask", task))
                        .ifPresent(failure -> errors.write(new ErrorLine(null, task.url().url(), "route",
                                failure.getClass().getSimpleName(), String.valueOf(failure.getMessage()),
                                Instant.now().toString()))));
            } finally {
                spoolStep.use(null);
            }
            List<SinkReport> reports = deliveries.finish(sinkWait);
            return new Delivered(summary.withSinks(reports.stream().map(SinkReport::summary).toList()), reports);
        }
    }

    private Settings overridden(Settings settings) {
        Settings s = settings;
        if (state != null) {
            s = s.with("winnow.crawl.state", state);
        } else {
            s = s.with("winnow.crawl.state", out.resolve("state").toString());
        }
        if (maxPages != null) {
            s = s.with("winnow.crawl.max-pages", maxPages.toString());
        }
        if (maxDepth != null) {
            s = s.with("winnow.crawl.max-depth", maxDepth.toString());
        }
        if (scope != null) {
            s = s.with("winnow.crawl.scope", scope);
        }
        if (include != null) {
            s = s.with("winnow.crawl.include", include);
        }
        if (exclude != null) {
            s = s.with("winnow.crawl.exclude", exclude);
        }
        if (delay != null) {
            s = s.with("winnow.crawl.delay", delay);
        }
        if (concurrency != null) {
            s = s.with("winnow.crawl.concurrency", concurrency.toString());
        }
        if (userAgent != null) {
            s = s.with("winnow.crawl.user-agent", userAgent);
        }
        if (allowPrivate) {
            s = s.with("winnow.crawl.allow-private", "true");
        }
        return s;
    }
}
