package dev.winnow.cli;

import dev.winnow.camel.FailedPageHandler;
import dev.winnow.camel.PageLabel;
import dev.winnow.camel.WinnowRuntime;
import dev.winnow.deliver.Deliveries;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SinkReport;
import dev.winnow.deliver.SinkUri;
import dev.winnow.deliver.SpoolStep;
import dev.winnow.files.SavedPageSource;
import dev.winnow.pipeline.Settings;
import dev.winnow.record.ArticleRecord;
import dev.winnow.sink.CountingSink;
import dev.winnow.sink.ErrorLine;
import dev.winnow.sink.ErrorSink;
import dev.winnow.sink.JsonFilesSink;
import dev.winnow.sink.JsonLinesSink;
import dev.winnow.sink.RecordSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** {@code winnow convert}: saved pages in, one record per page out, through the convert route. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {
                "Converts saved web pages into clean JSON records.",
                "Reads every .html, .htm and .xhtml file (each also gzipped) below the folders given, the files given,"
                        + " or one page from standard input for -. Writes records.jsonl (one record a line) and"
                        + " errors.jsonl (one line per page that failed) to the output folder.",
                "Exit code: 0 when every page converted, 1 when some failed (or a sink refused some records), 2 for a"
                        + " usage error, 3 when records wait in a sink's spool (see --sink)."})
final class ConvertCommand implements java.util.concurrent.Callable<Integer> {

    enum Format { jsonl, json }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of saved pages; - for standard input.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl: all records in DIR/records.jsonl; json: one pretty file per record, DIR/<id>.json"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Pages converted at once (default: one per processor).",
            defaultValue = "0")
    int threads;

    @CommandLine.Mixin
    ExtractionOptions extraction;

    @Option(names = "--sink", paramLabel = "URI",
            description = "Also deliver every record to URI (repeatable): jdbc:postgresql://HOST/DB?table=articles"
                    + " (any JDBC URL), solr:http://HOST:8983/solr/CORE, kafka:TOPIC?brokers=HOST:9092, or an"
                    + " http(s):// webhook. Passwords and tokens come from environment variables, never the URI.")
    List<String> sinks = new java.util.ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> pages;
        List<SinkUri> sinkUris;
        try {
            sinkUris = sinks.stream().map(SinkUri::parse).toList();
            Deliveries.check(sinkUris, Settings.load(), Secrets.fromEnvironment());
            pages = new SavedPageSource().list(inputs);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (pages.isEmpty()) {
            // Not an error: a scheduled job may find its drop folder empty. But a user who pointed at the wrong
            // folder must not read "converted 0 pages" as success without being told why.
            spec.commandLine().getErr().println("winnow: no saved pages in " + String.join(", ", inputs)
                    + " (page files end in " + SavedPageSource.ENDINGS_TEXT + ")");
        }
        try {
            java.nio.file.Files.createDirectories(out);
        } catch (java.io.IOException | SecurityException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot use " + out + " as the output folder: " + e);
        }
        if (!java.nio.file.Files.isWritable(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the output folder " + out + " is not writable");
        }
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        AtomicLong handled = new AtomicLong();
        RecordSink records = format == Format.jsonl ? new JsonLinesSink(out.resolve("records.jsonl")) : new JsonFilesSink(out);
        Settings settings = Settings.load();
        SpoolStep spoolStep = new SpoolStep();
        AtomicReference<WinnowRuntime> routes = new AtomicReference<>();
        try (ErrorSink errors = new ErrorSink(out.resolve("errors.jsonl"));
             Deliveries deliveries = Deliveries.spooling(out, sinkUris, settings, Secrets.fromEnvironment(), errors::write);
             CountingSink counted = new CountingSink(deliveredFirst(records, routes));
             WinnowRuntime runtime = WinnowRuntime.start(extraction.applyTo(settings), WinnowHome.routes(),
                     List.of("errors.camel.yaml", "pipeline.camel.yaml", "convert.camel.yaml", "deliver.camel.yaml"),
                     Map.of("recordSink", counted, "failedPageHandler", new FailedPageHandler(errors),
                             "spoolStep", spoolStep));
             AutoCloseable progress = ProgressBar.startIfInteractive(pages.size(), handled::get)) {
            spoolStep.use(deliveries);
            routes.set(runtime);
            // A full queue makes this thread wait for room rather than convert a page itself: while it was busy with
            // a large page, the workers could empty the queue and sit idle until it came back to hand out more.
            ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(workers * 4), ConvertCommand::waitForRoom);
            for (String page : pages) {
                pool.execute(() -> {
                    convertOne(runtime, errors, page);
                    handled.incrementAndGet();
                });
            }
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            progress.close();
            double seconds = (System.nanoTime() - start) / 1e9;
            List<SinkReport> delivered = deliveries.finish();
            long failed = errors.written() - Deliveries.rejected(delivered);
            // The summary is read by scripts: the same decimal point whatever the user's locale.
            System.out.printf(java.util.Locale.ROOT, "converted %d pages, %d failed in %.1f s (%.1f pages/s)%n", counted.written(), failed,
                    seconds, seconds > 0 ? counted.written() / seconds : 0.0);
            if (records instanceof JsonFilesSink files && files.replaced() > 0) {
                System.out.printf("%d record(s) replaced the file of one with the same id (pages with one canonical URL,"
                        + " or an earlier run into %s)%n", files.replaced(), out);
            }
            delivered.forEach(report -> System.out.println("sink " + report.summary()));
            if (Deliveries.pending(delivered) > 0) {
                return 3;
            }
            return failed == 0 && Deliveries.rejected(delivered) == 0 ? 0 : 1;
        }
    }

    /**
     * The run's records file, each record first sent through the deliver route to the sinks' spools (as a crawl
     * does). The pipeline calls it only once the routes run, so {@code routes} is set by then.
     */
    private static RecordSink deliveredFirst(RecordSink records, AtomicReference<WinnowRuntime> routes) {
        return new RecordSink() {
            @Override
            public void write(ArticleRecord record) {
                routes.get().deliver(record);
                records.write(record);
            }

            @Override
            public void close() {
                records.close();
            }
        };
    }

    /** Queues a page once a worker has taken one off the full queue; the pool is never shut down while pages are handed out. */
    private static void waitForRoom(Runnable page, ThreadPoolExecutor pool) {
        try {
            pool.getQueue().put(page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while handing out pages", e);
        }
    }

    /** One page through the route; the route's dead letter channel records failures, this catches the rest. */
    private static void convertOne(WinnowRuntime runtime, ErrorSink errors, String page) {
        try {
            runtime.send("direct:convert", page, Map.of(PageLabel.FILE, page)).ifPresent(failure ->
                    errors.write(new ErrorLine(page, null, "route", failure.getClass().getSimpleName(),
                            String.valueOf(failure.getMessage()), Instant.now().toString())));
        } catch (RuntimeException e) {
            errors.write(new ErrorLine(page, null, "route", e.getClass().getSimpleName(), String.valueOf(e.getMessage()),
                    Instant.now().toString()));
        }
    }
}
