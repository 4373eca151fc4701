package dev.winnow.crawl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CrawlDiscoveryTest {

    @TempDir
    Path out;

    private TestSite site;

    @BeforeEach
    void startSite() {
        site = TestSite.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void aCrawlFollowsLinksFromTheSeedAndWritesOneRecordPerPage() {
        site.page("/", TestSite.article("Home", "/a", "/b"))
                .page("/a", TestSite.article("Page A", "/b"))
                .page("/b", TestSite.article("Page B", "/"));

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(result.recordUrls()).containsExactlyInAnyOrder(site.url("/"), site.url("/a"), site.url("/b"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.summary()).startsWith("fetched 3, extracted 3");
    }
}
