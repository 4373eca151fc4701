package dev.winnow.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.deliver.webhook.WebhookServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crawl killed with kill -9 and started again: nothing done is fetched again, nothing lost (in its records file
 * or at its sink), nothing written twice.
 */
class ResumeTest {

    private static final int HOSTS = 3;
    private static final int PAGES_PER_HOST = 15;
    private static final int CONCURRENCY = 3;

    @TempDir
    Path out;

    @Test
    void aCrawlKilledMidwayGoesOnWhereItStoppedWhenStartedAgain() throws Exception {
        List<TestSite> sites = new ArrayList<>();
        try (WebhookServer hook = new WebhookServer()) {
            List<String> seeds = new ArrayList<>();
            for (int h = 0; h < HOSTS; h++) {
                TestSite site = TestSite.start();
                String[] links = new String[PAGES_PER_HOST];
                for (int p = 0; p < PAGES_PER_HOST; p++) {
                    links[p] = "/p" + p;
                    site.page("/p" + p, TestSite.article("Host " + h + " page " + p));
                }
                site.page("/", TestSite.article("Host " + h + " home", links));
                sites.add(site);
                seeds.add(site.url("/"));
            }

            Process first = crawler(seeds, hook.url());
            waitForRecords(first, 12);
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            List<JsonNode> recordedBeforeKill = CrawlRun.lines(out.resolve("records.jsonl"));
            int beforeKill = recordedBeforeKill.size();
            Set<String> doneBeforeKill = new HashSet<>();
            recordedBeforeKill.forEach(record -> doneBeforeKill.add(java.net.URI.create(record.path("url").asText()).getPath()));

            Process second = crawler(seeds, hook.url());
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

            List<JsonNode> records = CrawlRun.lines(out.resolve("records.jsonl"));
            Set<String> ids = new HashSet<>();
            records.forEach(record -> ids.add(record.path("id").asText()));
            assertThat(beforeKill).isLessThan(HOSTS * (PAGES_PER_HOST + 1));
            assertThat(records).hasSize(HOSTS * (PAGES_PER_HOST + 1));
            assertThat(ids).hasSize(records.size());
            assertThat(hook.stored.keySet()).as("every record reached the sink too").isEqualTo(ids);
            long refetchedDone = 0;
            for (TestSite site : sites) {
                Map<String, Integer> fetches = new HashMap<>();
                site.requests().forEach(request -> fetches.merge(request.path(), 1, Integer::sum));
                assertThat(fetches.get("/robots.txt")).isEqualTo(1);
                refetchedDone += fetches.entrySet().stream()
                        .filter(e -> doneBeforeKill.contains(e.getKey()) && e.getValue() > 1).count();
                // Pages fetched but not yet recorded when the process died are fetched again, once.
                assertThat(fetches.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
            }
            // A page whose record was written is done and not fetched again. The exception is a page killed between
            // writing its record and committing its state: fetched again, not recorded again. Only pages still
            // being extracted can be in that gap, one per host on a quiet machine, at most one per crawl worker
            // on a loaded one, where extraction lags behind the requests.
            assertThat(refetchedDone).isLessThanOrEqualTo(CONCURRENCY + Runtime.getRuntime().availableProcessors());
        } finally {
            sites.forEach(TestSite::close);
        }
    }

    private Process crawler(List<String> seeds, String sink) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dwinnow.home=" + System.getProperty("winnow.home", "."),
                "-cp", System.getProperty("java.class.path"),
                "dev.winnow.cli.Main", "crawl", "--out", out.toString(), "--delay", "150ms",
                "--concurrency", Integer.toString(CONCURRENCY),
                "--sink", sink));
        command.addAll(seeds);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve("crawler.log").toFile()).start();
    }

    private void waitForRecords(Process process, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (CrawlRun.lines(out.resolve("records.jsonl")).size() < count) {
            assertThat(process.isAlive()).as("the crawler still runs").isTrue();
            assertThat(System.currentTimeMillis()).as("records appear within a minute").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
