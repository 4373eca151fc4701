package dev.winnow.crawl;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schedule of {@code winnow run}: on every tick of the jobs route it runs, one after another, each job
 * whose cron time has come, and keeps what the last run of each did for the health endpoint.
 */
public final class CrawlSchedule {

    /** Runs one job's crawl; returns null when the service is not ready to run it yet. */
    @FunctionalInterface
    public interface JobRunner {
        CrawlSummary run(CrawlJob job) throws InterruptedException;
    }

    /**
     * A job's state as the health endpoint shows it.
     *
     * @param lastSummary the last run's summary line, or its failure; null before the first run
     */
    public record JobStatus(String name, boolean running, Instant lastStarted, String lastSummary, Instant nextRun) {
    }

    private final List<CrawlJob> jobs;
    private final JobRunner runner;
    private final Clock clock;
    private final Map<String, JobStatus> statuses = new ConcurrentHashMap<>();

    /** @param runAtStart run every job at once when the service starts, then on its schedule */
    public CrawlSchedule(List<CrawlJob> jobs, JobRunner runner, Clock clock, boolean runAtStart) {
        this.jobs = List.copyOf(jobs);
        this.runner = runner;
        this.clock = clock;
        Instant now = clock.instant();
        for (CrawlJob job : jobs) {
            statuses.put(job.name(), new JobStatus(job.name(), false, null, null, runAtStart ? now : next(job, now)));
        }
    }

    /** The jobs route's one step: runs what is due. */
    public void runDue() throws InterruptedException {
        for (CrawlJob job : jobs) {
            JobStatus status = statuses.get(job.name());
            Instant now = clock.instant();
            if (now.isBefore(status.nextRun())) {
                continue;
            }
            statuses.put(job.name(), new JobStatus(job.name(), true, now, status.lastSummary(), status.nextRun()));
            String summary;
            try {
                CrawlSummary done = runner.run(job);
                if (done == null) {
                    statuses.put(job.name(), status);
                    continue;
                }
                summary = String.join("; ", done.lines());
            } catch (RuntimeException e) {
                summary = "failed: " + e.getMessage();
            }
            statuses.put(job.name(), new JobStatus(job.name(), false, now, summary, next(job, clock.instant())));
        }
    }

    public List<JobStatus> statuses() {
        List<JobStatus> list = new ArrayList<>();
        for (CrawlJob job : jobs) {
            list.add(statuses.get(job.name()));
        }
        return list;
    }

    private static Instant next(CrawlJob job, Instant after) {
        Date next = job.cron().getNextValidTimeAfter(Date.from(after));
        return next == null ? Instant.MAX : next.toInstant();
    }
}
