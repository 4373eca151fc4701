package dev.winnow.crawl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * What {@code winnow run} answers on the routes of {@code service.camel.yaml}: {@code health} (the jobs, their
 * last and next runs, as JSON) and {@code metrics} (the service's Micrometer registry in the Prometheus text
 * format: URLs per host and outcome, bytes, fetch latency, records pending per sink).
 */
public final class ServiceStatus {

    private final CrawlSchedule schedule;
    private final PrometheusMeterRegistry registry;

    public ServiceStatus(CrawlSchedule schedule, PrometheusMeterRegistry registry) {
        this.schedule = schedule;
        this.registry = registry;
    }

    public String health() {
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

    public String metrics() {
        return registry.scrape();
    }
}
