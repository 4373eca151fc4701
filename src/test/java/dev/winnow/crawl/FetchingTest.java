package dev.winnow.crawl;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FetchingTest {

    @TempDir
    Path out;

    @AutoClose
    private final TestSite site = TestSite.start();

    @Test
    void aRedirectChainEndsInOneRecordOfTheFinalPage() {
        site.page("/", TestSite.article("Home", "/old"))
                .redirect("/old", "/older")
                .redirect("/older", site.url("/new"))
                .page("/new", TestSite.article("The new page"));

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(result.recordUrls()).containsExactlyInAnyOrder(site.url("/"), site.url("/new"));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aRedirectLoopIsReportedOnceAndNotFollowedForever() {
        site.page("/", TestSite.article("Home", "/ping"))
                .redirect("/ping", "/pong")
                .redirect("/pong", "/ping");

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(result.errorMessages()).singleElement().asString().contains("redirect loop");
        assertThat(site.requests("/ping")).hasSize(1);
        assertThat(site.requests("/pong")).hasSize(1);
    }

    @Test
    void aBrokenLinkBecomesAnErrorLineWithoutRetries() {
        site.page("/", TestSite.article("Home", "/missing", "/gone")).status("/gone", 410);

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(result.errorMessages()).containsExactlyInAnyOrder(site.url("/missing") + " HTTP 404",
                site.url("/gone") + " HTTP 410");
        assertThat(result.errors()).allSatisfy(error -> assertThat(error.path("stage").asText()).isEqualTo("discover"));
        assertThat(site.requests("/missing")).hasSize(1);
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void aServerErrorIsRetriedWithBackOffAndThenReported() {
        site.page("/", TestSite.article("Home", "/broken")).status("/broken", 500);

        CrawlRun.Result result = new CrawlRun(out).with("winnow.crawl.retries", "2").crawl("--delay", "300ms", site.url("/"));

        List<TestSite.Request> tries = site.requests("/broken");
        assertThat(tries).hasSize(3);
        // The back-off steps are shorter than the host's delay here: a retry still waits the delay.
        assertThat(tries.get(1).atMillis() - tries.get(0).atMillis()).isGreaterThanOrEqualTo(295);
        assertThat(tries.get(2).atMillis() - tries.get(1).atMillis()).isGreaterThanOrEqualTo(295);
        assertThat(result.errorMessages()).singleElement().asString().contains("HTTP 500 (3 attempts)");
        assertThat(result.errors().get(0).path("stage").asText()).isEqualTo("fetch");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterAndThenSucceeds() {
        int[] calls = {0};
        byte[] page = TestSite.article("Busy page").getBytes(StandardCharsets.UTF_8);
        site.page("/", TestSite.article("Home", "/busy")).answer("/busy", exchange -> {
            if (calls[0]++ == 0) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                TestSite.send(exchange, 429, null);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                TestSite.send(exchange, 200, page);
            }
        });

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(site.requests("/busy")).hasSize(2);
        long waited = site.requests("/busy").get(1).atMillis() - site.requests("/busy").get(0).atMillis();
        assertThat(waited).isGreaterThanOrEqualTo(990);
        assertThat(result.recordUrls()).contains(site.url("/busy"));
    }

    @Test
    void aRetryAfterLongerThanTheCrawlWillWaitFailsTheUrlAtOnce() {
        site.page("/", TestSite.article("Home", "/later")).status("/later", 503, "Retry-After", "3600");

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(site.requests("/later")).hasSize(1);
        assertThat(result.errorMessages()).singleElement().asString().contains("HTTP 503");
    }

    @Test
    void aPageSlowerThanTheTimeoutIsAnError() {
        site.page("/", TestSite.article("Home", "/slow")).answer("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestSite.send(exchange, 200, TestSite.article("Slow").getBytes(StandardCharsets.UTF_8));
        });

        CrawlRun.Result result = new CrawlRun(out).with("winnow.crawl.timeout", "500ms")
                .with("winnow.crawl.retries", "0").crawl(site.url("/"));

        assertThat(result.errorMessages()).singleElement().asString().contains("no complete response within 500 ms");
        assertThat(result.recordUrls()).containsExactly(site.url("/"));
    }

    @Test
    void aPageLargerThanTheLimitIsCutOffAndReported() {
        String huge = TestSite.article("Huge") + "<p>" + "padding ".repeat(40_000) + "</p>";
        site.page("/", TestSite.article("Home", "/huge")).page("/huge", huge);

        CrawlRun.Result result = new CrawlRun(out).with("winnow.crawl.max-bytes", "100000").crawl(site.url("/"));

        assertThat(result.errorMessages()).singleElement().asString().contains("larger than the limit of 100000 bytes");
    }

    @Test
    void aHostThatDoesNotAnswerIsReportedNotSilentlySkipped() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CrawlRun.Result result = new CrawlRun(out).with("winnow.crawl.retries", "0")
                .crawl("http://127.0.0.1:" + closedPort + "/");

        assertThat(result.errorMessages()).singleElement().asString().contains("robots.txt");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void aGzippedPageIsDecodedAndExtracted() {
        site.page("/", TestSite.article("Home", "/zipped")).gzipPage("/zipped", TestSite.article("Zipped story"));

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(site.requests("/zipped").get(0).header("Accept-Encoding")).contains("gzip");
        assertThat(result.records()).filteredOn(record -> record.path("url").asText().endsWith("/zipped"))
                .singleElement().satisfies(record ->
                        assertThat(record.path("text").asText()).contains("paragraph 1 of the story called Zipped story"));
    }

    @Test
    void aBrotliPageIsDecodedAndExtracted() throws java.io.IOException {
        byte[] brotli;
        try (var in = FetchingTest.class.getResourceAsStream("/crawl/brotli-story.html.br")) {
            brotli = in.readAllBytes();
        }
        site.page("/", TestSite.article("Home", "/squeezed")).encodedPage("/squeezed", "br", brotli);

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(site.requests("/squeezed").get(0).header("Accept-Encoding")).contains("br");
        assertThat(result.records()).filteredOn(record -> record.path("url").asText().endsWith("/squeezed"))
                .singleElement().satisfies(record ->
                        assertThat(record.path("text").asText()).contains("must decode the body before the pipeline"));
    }

    @Test
    void filesThatAreNotHtmlAreSkippedAndCounted() {
        site.page("/", TestSite.article("Home", "/report.pdf", "/logo.png"))
                .file("/report.pdf", "application/pdf", new byte[200_000])
                .file("/logo.png", "image/png", new byte[500]);

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(result.recordUrls()).containsExactly(site.url("/"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.summary()).contains("non-HTML 2");
    }
}
