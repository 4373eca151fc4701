package dev.winnow.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.deliver.webhook.WebhookServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code winnow run} as a child process: a job recrawled on its schedule, with health and metrics over HTTP, and
 * delivering to its sinks.
 */
class RunServiceTest {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theServiceRecrawlsItsJobOnScheduleAndWritesOnlyWhatChanged() throws Exception {
        try (TestSite site = TestSite.start()) {
            site.page("/", TestSite.article("Home", "/a")).page("/a", TestSite.article("Page A"));
            Path jobs = folder.resolve("jobs.properties");
            Files.writeString(jobs, "winnow.run.jobs = news\n"
                    + "winnow.job.news.seeds = " + site.url("/") + "\n"
                    + "winnow.job.news.cron = 0/2 * * * * ?\n"
                    + "winnow.job.news.delay = 0ms\n");
            Path out = folder.resolve("out");
            Process service = start(jobs, out);
            try {
                int port = portOf(service);
                String health = "http://127.0.0.1:" + port + "/health";
                awaitJson(health, node -> node.at("/jobs/0/lastSummary").asText("").startsWith("fetched 2"));
                assertThat(CrawlRun.lines(out.resolve("records.jsonl"))).hasSize(2);

                site.page("/a", TestSite.article("Page A, updated"));
                awaitJson(health, node -> CrawlRun.lines(out.resolve("records.jsonl")).size() >= 3);
                Thread.sleep(2500);

                List<JsonNode> records = CrawlRun.lines(out.resolve("records.jsonl"));
                assertThat(records).hasSize(3);
                assertThat(records.get(2).path("text").asText()).contains("Page A, updated");
                String metrics = get("http://127.0.0.1:" + port + "/metrics");
                assertThat(metrics).contains("winnow_crawl_urls_total{host=\"" + site.origin() + "\",outcome=\"extracted\"}");
                assertThat(metrics).contains("winnow_crawl_bytes_total{host=\"" + site.origin() + "\"}");
            } finally {
                service.destroy();
                service.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aJobWithASinkDeliversTheChangedPageAndTheDeletionOfEachScheduledRecrawl() throws Exception {
        try (TestSite site = TestSite.startWithHomeAndTwoPages(); WebhookServer hook = new WebhookServer()) {
            Path jobs = folder.resolve("jobs.properties");
            Files.writeString(jobs, "winnow.run.jobs = news\n"
                    + "winnow.job.news.seeds = " + site.url("/") + "\n"
                    + "winnow.job.news.cron = 0/2 * * * * ?\n"
                    + "winnow.job.news.delay = 0ms\n"
                    + "winnow.job.news.sinks = " + hook.url() + "\n");
            Process service = start(jobs, folder.resolve("out"));
            try {
                int port = portOf(service);
                String health = "http://127.0.0.1:" + port + "/health";
                awaitJson(health, node -> hook.stored.size() == 3);

                site.page("/b", TestSite.article("Page B, revised")).status("/a", 410);
                awaitJson(health, node -> hook.stored.size() == 2
                        && hook.stored.values().stream().anyMatch(r -> r.path("title").asText().equals("Page B, revised")));

                assertThat(hook.stored.values()).extracting(record -> record.path("url").asText())
                        .containsExactlyInAnyOrder(site.url("/"), site.url("/b"));
                awaitJson(health, node -> node.at("/jobs/0/lastSummary").asText("").contains("0 pending"));
                assertThat(get("http://127.0.0.1:" + port + "/metrics"))
                        .contains("winnow_sink_pending{sink=\"" + hook.url() + "\"} 0");
            } finally {
                service.destroy();
                service.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static Process start(Path jobs, Path out) throws Exception {
        return new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dwinnow.home=" + System.getProperty("winnow.home", "."), "-Dwinnow.run.tick=200",
                "-cp", System.getProperty("java.class.path"), "dev.winnow.cli.Main",
                "run", "--jobs", jobs.toString(), "--out", out.toString(), "--port", "0")
                .redirectErrorStream(true).start();
    }

    private static int portOf(Process service) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
        Pattern port = Pattern.compile("on port (\\d+)");
        for (String line; (line = lines.readLine()) != null; ) {
            Matcher matcher = port.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("the service never said its port");
    }

    private void awaitJson(String url, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        ObjectMapper json = new ObjectMapper();
        while (!condition.test(json.readTree(get(url)))) {
            assertThat(System.currentTimeMillis()).as("waiting for " + url).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
