package dev.winnow.cli;

import dev.winnow.camel.FailedPageHandler;
import dev.winnow.camel.WinnowRuntime;
import dev.winnow.crawl.CrawlBeans;
import dev.winnow.crawl.CrawlCounters;
import dev.winnow.crawl.CrawlJob;
import dev.winnow.crawl.CrawlSchedule;
import dev.winnow.crawl.ServiceStatus;
import dev.winnow.deliver.Deliveries;
import dev.winnow.deliver.DeliveryOptions;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SpoolStep;
import dev.winnow.pipeline.Settings;
import dev.winnow.sink.ErrorSink;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** {@code winnow run}: the long-running service that recrawls its jobs on their schedules. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
                "Runs Winnow as a service: loads every route in routes/ and recrawls each crawl job on its cron"
                        + " schedule, appending to records.jsonl only pages that are new or whose text changed (and"
                        + " deletion events), and delivers those to the job's sinks. Serves /health and /metrics over HTTP."
                        + " Stops on Ctrl-C or SIGTERM.",
                "Jobs: winnow.run.jobs and winnow.job.NAME.* settings, in application.properties or the --jobs file;"
                        + " winnow.job.NAME.sinks lists sink URIs (as crawl --sink takes them), separated by commas."})
final class RunCommand implements Callable<Integer> {

    private static final long CLOSE_SECONDS = 10;
    /** The routes that serve /health and /metrics. */
    private static final String SERVICE_ROUTES = "service.camel.yaml";

    @Option(names = "--jobs", paramLabel = "FILE", description = "A properties file of crawl jobs.")
    Path jobsFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--state", paramLabel = "DIR", description = "Crawl state folder, one sub-folder per job (default: state in the output folder).")
    Path state;

    @Option(names = "--port", paramLabel = "N", description = "Port of /health and /metrics (default: winnow.run.port).")
    Integer port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load();
        List<CrawlJob> jobs;
        try {
            jobs = CrawlJob.load(settings, jobsFile == null ? new Properties() : read(jobsFile));
            for (CrawlJob job : jobs) {
                Deliveries.check(job.sinks(), settings, Secrets.fromEnvironment());
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (jobs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no crawl jobs: name them in winnow.run.jobs (application.properties or --jobs FILE)");
        }
        Path stateRoot = state != null ? state : out.resolve("state");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CrawlCounters totals = CrawlCounters.recordingTo(registry);
        Map<String, AtomicLong> pendingPerSink = new ConcurrentHashMap<>();
        CrawlBeans crawlBeans = new CrawlBeans();
        SpoolStep spoolStep = new SpoolStep();
        AtomicReference<WinnowRuntime> running = new AtomicReference<>();
        try (ErrorSink errors = ErrorSink.append(out.resolve("errors.jsonl"))) {
            CrawlSchedule schedule = new CrawlSchedule(jobs, job -> {
                WinnowRuntime runtime = running.get();
                if (runtime == null) {
                    return null;
                }
                CrawlCommand.Delivered done = CrawlCommand.crawlOnce(runtime, crawlBeans, spoolStep, errors,
                        job.options(settings, out, stateRoot), totals, settings, job.sinks(),
                        DeliveryOptions.duration(settings.string("winnow.run.sink-wait")));
                done.sinks().forEach(report -> pendingPerSink.computeIfAbsent(report.sink(), sink -> registry.gauge(
                        "winnow.sink.pending", Tags.of("sink", sink), new AtomicLong())).set(report.pending()));
                return done.summary();
            }, Clock.systemUTC(), settings.bool("winnow.run.run-at-start"));
            Map<String, Object> beans = new HashMap<>(crawlBeans.beans());
            beans.put("failedPageHandler", new FailedPageHandler(errors));
            beans.put("crawlSchedule", schedule);
            beans.put("spoolStep", spoolStep);
            beans.put("serviceStatus", new ServiceStatus(schedule, registry));
            // camel-micrometer's name for the registry, so micrometer: endpoints in routes record into it too.
            beans.put("metricsRegistry", registry);
            int httpPort = servedPort(port != null ? port : settings.intValue("winnow.run.port"));
            Map<String, String> server = httpPort < 0 ? Map.of() : Map.of(
                    "camel.server.enabled", "true",
                    "camel.server.host", settings.string("winnow.run.address"),
                    "camel.server.port", Integer.toString(httpPort));
            CountDownLatch stopping = new CountDownLatch(1);
            CountDownLatch closed = new CountDownLatch(1);
            // A stop signal lets the service close its routes and files; a crawl cut short resumes next time.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopping.countDown();
                try {
                    closed.await(CLOSE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            try (WinnowRuntime runtime = WinnowRuntime.start(settings, WinnowHome.routes(), routeFiles(httpPort >= 0),
                    beans, server)) {
                running.set(runtime);
                System.out.printf("winnow run: %d job(s)%s; stop with Ctrl-C%n", jobs.size(),
                        httpPort < 0 ? "" : ", health and metrics on port " + httpPort);
                stopping.await();
            } finally {
                closed.countDown();
            }
        }
        return 0;
    }

    /**
     * Port 0 asks for any free port: platform-http-main's server is told a fixed one, so the free port is found
     * here first and then named to it (and printed). A negative port serves nothing.
     */
    private static int servedPort(int port) throws IOException {
        if (port != 0) {
            return port;
        }
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Every route file of the installation: the service runs them all, its HTTP routes only when it serves. */
    private static List<String> routeFiles(boolean serving) throws IOException {
        List<String> files = new ArrayList<>();
        try (DirectoryStream<Path> routes = Files.newDirectoryStream(WinnowHome.routes(), "*.camel.yaml")) {
            routes.forEach(route -> files.add(route.getFileName().toString()));
        }
        if (!serving) {
            files.remove(SERVICE_ROUTES);
        }
        files.sort(null);
        return files;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the jobs file " + file, e);
        }
        return properties;
    }
}
