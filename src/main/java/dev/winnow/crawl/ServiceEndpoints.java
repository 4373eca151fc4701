package dev.winnow.crawl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code winnow run} serves over HTTP: {@code /health} (the jobs, their last and next runs, as JSON) and
 * {@code /metrics} (pages per host and outcome, bytes, fetch latency, records pending per sink, in the
 * Prometheus text format).
 */
public final class ServiceEndpoints implements AutoCloseable {

    private final HttpServer server;

    private ServiceEndpoints(HttpServer server) {
        this.server = server;
    }

    /** @param pendingPerSink records left in each sink's spool by the last job run that fed it, by sink */
    public static ServiceEndpoints start(String address, int port, CrawlSchedule schedule, CrawlCounters totals,
                                         Map<String, Long> pendingPerSink) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 16);
            server.createContext("/health", exchange -> send(exchange, "application/json", health(schedule)));
            server.createContext("/metrics", exchange -> send(exchange, "text/plain; version=0.0.4",
                    metrics(totals) + sinkMetrics(pendingPerSink)));
            server.start();
            return new ServiceEndpoints(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve health and metrics on " + address + ":" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    static String health(CrawlSchedule schedule) {
        ObjectNode root = CrawlDatabase.JSON.createObjectNode().put("status", "UP");
        ArrayNode jobs = root.putArray("jobs");
        for (CrawlSchedule.JobStatus status : schedule.statuses()) {
            jobs.addObject()
                    .put("name", status.name())
                    .put("running", status.running())
                    .put("lastStarted", status.lastStarted() == null ? null : status.lastStarted().toString())
                    .put("lastSummary", status.lastSummary())
                    .put("nextRun", status.nextRun().toString());
        }
        return root.toString();
    }

    static String metrics(CrawlCounters totals) {
        StringBuilder text = new StringBuilder();
        Map<String, CrawlCounters.HostCounts> hosts = new TreeMap<>(totals.hosts());
        text.append("# HELP winnow_crawl_urls_total URLs handled, by host and outcome.\n")
                .append("# TYPE winnow_crawl_urls_total counter\n");
        hosts.forEach((host, counts) -> {
            for (CrawlTask.Outcome outcome : CrawlTask.Outcome.values()) {
                text.append("winnow_crawl_urls_total{host=\"").append(host).append("\",outcome=\"")
                        .append(outcome.name().toLowerCase()).append("\"} ").append(counts.of(outcome)).append('\n');
            }
        });
        text.append("# HELP winnow_crawl_bytes_total Body bytes received, by host.\n")
                .append("# TYPE winnow_crawl_bytes_total counter\n");
        hosts.forEach((host, counts) -> text.append("winnow_crawl_bytes_total{host=\"").append(host).append("\"} ")
                .append(counts.bytes()).append('\n'));
        text.append("# HELP winnow_crawl_fetch_seconds Time from request to full response, by host.\n")
                .append("# TYPE winnow_crawl_fetch_seconds summary\n");
        hosts.forEach((host, counts) -> {
            text.append("winnow_crawl_fetch_seconds_sum{host=\"").append(host).append("\"} ")
                    .append(counts.latencyMillis() / 1000.0).append('\n');
            text.append("winnow_crawl_fetch_seconds_count{host=\"").append(host).append("\"} ")
                    .append(counts.responses()).append('\n');
        });
        text.append("# HELP winnow_crawl_refused_links_total Links the SSRF guard did not follow.\n")
                .append("# TYPE winnow_crawl_refused_links_total counter\n")
                .append("winnow_crawl_refused_links_total ").append(totals.refused()).append('\n');
        return text.toString();
    }

    static String sinkMetrics(Map<String, Long> pendingPerSink) {
        StringBuilder text = new StringBuilder()
                .append("# HELP winnow_sink_pending Records waiting in a sink's spool after the last run that fed it.\n")
                .append("# TYPE winnow_sink_pending gauge\n");
        new TreeMap<>(pendingPerSink).forEach((sink, pending) -> text.append("winnow_sink_pending{sink=\"")
                .append(sink.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"} ").append(pending).append('\n'));
        return text.toString();
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
