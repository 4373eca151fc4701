package dev.winnow.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecrawlTest {

    @TempDir
    Path out;

    @AutoClose
    private final TestSite site = TestSite.startWithHomeAndTwoPages();

    @Test
    void aSecondCrawlAsksConditionallyAndWritesNothingWhenNothingChanged() {
        CrawlRun run = new CrawlRun(out);
        run.crawl(site.url("/"));

        CrawlRun.Result second = run.crawl(site.url("/"));

        assertThat(second.records()).hasSize(3);
        assertThat(site.requests("/a")).hasSize(2);
        assertThat(site.requests("/a").get(1).header("If-None-Match")).isNotBlank();
        assertThat(second.summary()).contains("not modified 3");
    }

    @Test
    void aSecondCrawlWritesOnlyThePageThatChanged() {
        CrawlRun run = new CrawlRun(out);
        run.crawl(site.url("/"));
        site.page("/b", TestSite.article("Page B, revised"));

        CrawlRun.Result second = run.crawl(site.url("/"));

        List<JsonNode> records = second.records();
        assertThat(records).hasSize(4);
        assertThat(records.get(3).path("url").asText()).isEqualTo(site.url("/b"));
        assertThat(records.get(3).path("text").asText()).contains("Page B, revised");
        assertThat(records.get(3).path("id").asText()).isEqualTo(records.stream()
                .filter(r -> r.path("url").asText().equals(site.url("/b"))).findFirst().orElseThrow().path("id").asText());
    }

    @Test
    void aChangedPageWithoutValidatorsIsComparedByItsTextHash() {
        byte[][] body = {TestSite.article("Plain A").getBytes()};
        site.answer("/a", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            TestSite.send(exchange, 200, body[0]);
        });
        CrawlRun run = new CrawlRun(out);
        run.crawl(site.url("/"));

        CrawlRun.Result unchanged = run.crawl(site.url("/"));
        body[0] = TestSite.article("Plain A, changed").getBytes();
        CrawlRun.Result changed = run.crawl(site.url("/"));

        assertThat(unchanged.records()).hasSize(3);
        assertThat(changed.records()).hasSize(4);
    }

    @Test
    void aRecordedPageThatIsGoneBecomesADeletionRecord() {
        CrawlRun run = new CrawlRun(out);
        CrawlRun.Result first = run.crawl(site.url("/"));
        String idOfB = first.records().stream().filter(r -> r.path("url").asText().equals(site.url("/b")))
                .findFirst().orElseThrow().path("id").asText();
        site.status("/b", 410);

        CrawlRun.Result second = run.crawl(site.url("/"));
        CrawlRun.Result third = run.crawl(site.url("/"));

        JsonNode deletion = second.records().get(second.records().size() - 1);
        assertThat(deletion.path("deleted").asBoolean()).isTrue();
        assertThat(deletion.path("id").asText()).isEqualTo(idOfB);
        assertThat(deletion.path("url").asText()).isEqualTo(site.url("/b"));
        assertThat(second.errors()).isEmpty();
        assertThat(third.records()).hasSameSizeAs(second.records());
    }

    @Test
    void aNewRoundReadsTheSitemapAgainAndFindsItsNewPages() {
        site.file("/robots.txt", "text/plain", ("User-agent: *\nSitemap: " + site.url("/map.xml") + "\n").getBytes());
        site.file("/map.xml", "application/xml", sitemap("/a"));
        CrawlRun run = new CrawlRun(out);
        run.crawl(site.url("/"));
        site.page("/fresh", TestSite.article("Fresh page")).file("/map.xml", "application/xml", sitemap("/a", "/fresh"));

        CrawlRun.Result second = run.crawl(site.url("/"));

        assertThat(second.recordUrls()).containsOnlyOnce(site.url("/fresh"));
        assertThat(site.requests("/map.xml")).hasSize(2);
    }

    private byte[] sitemap(String... paths) {
        StringBuilder xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : paths) {
            xml.append("<url><loc>").append(site.url(path)).append("</loc></url>");
        }
        return xml.append("</urlset>").toString().getBytes();
    }

    @Test
    void pagesNotDeletedCarryDeletedFalse() {
        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(result.records()).allSatisfy(record -> assertThat(record.path("deleted").isBoolean()).isTrue())
                .noneSatisfy(record -> assertThat(record.path("deleted").asBoolean()).isTrue());
    }
}
