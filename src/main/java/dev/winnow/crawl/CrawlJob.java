package dev.winnow.crawl;

import dev.winnow.deliver.SinkUri;
import dev.winnow.pipeline.Settings;
import org.quartz.CronExpression;

import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;

/**
 * A crawl that {@code winnow run} repeats on a schedule: its seeds, a Quartz cron expression (seconds first,
 * e.g. {@code 0 0 * * * ?} for every hour) and any {@code winnow.crawl.*} setting it changes for itself.
 * Jobs are named in {@code winnow.run.jobs} and described by {@code winnow.job.NAME.*} keys, in
 * application.properties or in a jobs file of the same keys.
 *
 * @param overrides crawl setting name (without {@code winnow.crawl.}) to value
 * @param sinks     where each run of the job also delivers its new and changed records and deletions
 *                  ({@code winnow.job.NAME.sinks}, sink URIs separated by commas, as {@code --sink} takes them)
 */
public record CrawlJob(String name, List<String> seeds, CronExpression cron, Map<String, String> overrides,
                       List<SinkUri> sinks) {

    /** The crawl settings a job may set for itself. */
    private static final List<String> OVERRIDABLE = List.of("scope", "max-depth", "max-pages", "include", "exclude",
            "delay", "concurrency", "per-host", "allow-private", "recrawl-after", "user-agent", "timeout",
            "max-bytes");

    public CrawlJob {
        seeds = List.copyOf(seeds);
        overrides = Map.copyOf(overrides);
        sinks = List.copyOf(sinks);
    }

    /**
     * @param jobsFile the jobs file's keys, which win over application.properties; empty when there is none
     */
    public static List<CrawlJob> load(Settings settings, Properties jobsFile) {
        List<CrawlJob> jobs = new ArrayList<>();
        String names = value(settings, jobsFile, "winnow.run.jobs");
        if (names == null || names.isBlank()) {
            return jobs;
        }
        for (String name : names.split("\\s*,\\s*")) {
            String prefix = "winnow.job." + name.strip() + ".";
            String seeds = value(settings, jobsFile, prefix + "seeds");
            String cron = value(settings, jobsFile, prefix + "cron");
            if (seeds == null || cron == null) {
                throw new IllegalArgumentException("job " + name + " needs " + prefix + "seeds and " + prefix + "cron");
            }
            Map<String, String> overrides = new LinkedHashMap<>();
            for (String key : OVERRIDABLE) {
                String value = value(settings, jobsFile, prefix + key);
                if (value != null) {
                    overrides.put(key, value);
                }
            }
            String sinks = value(settings, jobsFile, prefix + "sinks");
            jobs.add(new CrawlJob(name.strip(), Seeds.read(Arrays.asList(seeds.strip().split("\\s*,\\s*"))),
                    cron(name, cron), overrides, sinks(name, sinks)));
        }
        return jobs;
    }

    /** The job's crawl options: its own state folder below {@code stateRoot}, records into {@code out}. */
    public CrawlOptions options(Settings settings, Path out, Path stateRoot) {
        Settings own = settings.with("winnow.crawl.state", stateRoot.resolve(name).toString());
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            own = own.with("winnow.crawl." + override.getKey(), override.getValue());
        }
        return CrawlOptions.from(own, seeds, out);
    }

    private static List<SinkUri> sinks(String job, String uris) {
        try {
            return SinkUri.parseList(uris);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("job " + job + ": " + e.getMessage(), e);
        }
    }

    private static CronExpression cron(String job, String expression) {
        try {
            CronExpression cron = new CronExpression(expression.strip());
            cron.setTimeZone(TimeZone.getTimeZone("UTC"));
            return cron;
        } catch (ParseException e) {
            throw new IllegalArgumentException("job " + job + ": not a cron expression: " + expression
                    + " (" + e.getMessage() + "; write e.g. '0 0/30 * * * ?')");
        }
    }

    private static String value(Settings settings, Properties jobsFile, String name) {
        String fromFile = jobsFile.getProperty(name);
        if (fromFile != null) {
            return fromFile.strip();
        }
        try {
            return settings.string(name);
        } catch (IllegalStateException missing) {
            return null;
        }
    }
}
