package dev.winnow.crawl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolitenessTest {

    @TempDir
    Path out;

    /**
     * The delay runs from the moment the crawler sends a request; the site stamps the moment it arrives, and two
     * requests can take more or less time to get there: a few milliseconds on a quiet machine, tens when its cores
     * are shared by other heavy work. One late arrival shortens the gap after it by its lateness, so each gap is
     * only held to half the delay (no pacing at all gives gaps of a few milliseconds), while the whole run, from
     * the first arrival to the last, must take the full delay for every gap less one transit's worth.
     */
    private static final long TRANSIT_JITTER = 60;

    @Test
    void pagesDisallowedByRobotsTxtAreNotFetchedAndAreCounted() {
        try (TestSite site = TestSite.start()) {
            site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes())
                    .page("/", TestSite.article("Home", "/open", "/private/secret"))
                    .page("/open", TestSite.article("Open"))
                    .page("/private/secret", TestSite.article("Secret"));

            CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

            assertThat(result.recordUrls()).containsExactlyInAnyOrder(site.url("/"), site.url("/open"));
            assertThat(site.requests("/private/secret")).isEmpty();
            assertThat(result.summary()).contains("skipped by robots 1");
        }
    }

    @Test
    void theGroupForOurAgentNameWinsOverTheGeneralOne() {
        try (TestSite site = TestSite.start()) {
            site.file("/robots.txt", "text/plain", ("User-agent: *\nDisallow: /open-to-us/\n\n"
                            + "User-agent: winnow\nDisallow: /drafts/\n").getBytes())
                    .page("/", TestSite.article("Home", "/drafts/one", "/open-to-us/two"))
                    .page("/drafts/one", TestSite.article("Draft"))
                    .page("/open-to-us/two", TestSite.article("Open to us"));

            new CrawlRun(out).crawl(site.url("/"));

            assertThat(site.requests("/drafts/one")).isEmpty();
            assertThat(site.requests("/open-to-us/two")).hasSize(1);
        }
    }

    @Test
    void everyRequestCarriesTheConfiguredUserAgent() {
        try (TestSite site = TestSite.start()) {
            site.page("/", TestSite.article("Home", "/a")).page("/a", TestSite.article("A"));

            new CrawlRun(out).with("winnow.crawl.user-agent", "TestBot/2.0 (+http://127.0.0.1/bot)").crawl(site.url("/"));

            assertThat(site.requests()).extracting(request -> request.header("User-Agent"))
                    .hasSize(3).containsOnly("TestBot/2.0 (+http://127.0.0.1/bot)");
        }
    }

    @Test
    void requestsToOneHostAreSpacedByTheConfiguredDelay() {
        try (TestSite site = TestSite.start()) {
            site.page("/", TestSite.article("Home", "/1", "/2", "/3"));
            for (int i = 1; i <= 3; i++) {
                site.page("/" + i, TestSite.article("Page " + i));
            }

            new CrawlRun(out).crawl("--delay", "300ms", site.url("/"));

            assertSpaced(site, 4, 300);
        }
    }

    @Test
    void aRobotsCrawlDelayLongerThanTheConfiguredOneWins() {
        try (TestSite site = TestSite.start()) {
            site.file("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n".getBytes())
                    .page("/", TestSite.article("Home", "/1", "/2"))
                    .page("/1", TestSite.article("Page 1"))
                    .page("/2", TestSite.article("Page 2"));

            new CrawlRun(out).crawl("--delay", "100ms", site.url("/"));

            assertSpaced(site, 3, 1000);
        }
    }

    @Test
    void differentHostsAreCrawledInParallelWhileEachWaitsItsDelay() {
        List<TestSite> sites = new ArrayList<>();
        try {
            List<String> seeds = new ArrayList<>();
            for (int h = 0; h < 4; h++) {
                TestSite site = TestSite.start();
                site.page("/", TestSite.article("Home " + h, "/1", "/2"))
                        .page("/1", TestSite.article("Host " + h + " one"))
                        .page("/2", TestSite.article("Host " + h + " two"));
                sites.add(site);
                seeds.add(site.url("/"));
            }
            List<String> args = new ArrayList<>(List.of("--delay", "400ms"));
            args.addAll(seeds);

            CrawlRun.Result result = new CrawlRun(out).crawl(args.toArray(String[]::new));

            // Every host was still being crawled when the last of them started: their request spans overlap.
            long lastFirst = sites.stream().mapToLong(site -> site.requests().get(0).atMillis()).max().orElseThrow();
            long firstLast = sites.stream().mapToLong(site -> site.requests().get(site.requests().size() - 1).atMillis())
                    .min().orElseThrow();
            assertThat(lastFirst).isLessThan(firstLast);
            assertThat(result.records()).hasSize(12);
            sites.forEach(site -> assertSpaced(site, 3, 400));
        } finally {
            sites.forEach(TestSite::close);
        }
    }

    private static void assertSpaced(TestSite site, int gapCount, long delayMillis) {
        List<Long> gaps = gaps(site);
        assertThat(gaps).hasSize(gapCount).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(delayMillis / 2));
        assertThat(gaps.stream().mapToLong(Long::longValue).sum())
                .isGreaterThanOrEqualTo(gapCount * delayMillis - TRANSIT_JITTER);
    }

    /** Milliseconds between one request to the site and the next (robots.txt included). */
    private static List<Long> gaps(TestSite site) {
        List<TestSite.Request> requests = site.requests();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            gaps.add(requests.get(i).atMillis() - requests.get(i - 1).atMillis());
        }
        return gaps;
    }
}
