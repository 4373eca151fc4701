package dev.winnow.crawl;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CrawlDiscoveryTest {

    @TempDir
    Path out;

    @AutoClose
    private final TestSite site = TestSite.start();

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

    @Test
    void linksThatDifferOnlyInTrackingParametersOrFragmentsAreFetchedOnce() {
        site.page("/", TestSite.article("Home", "/story?utm_source=feed", "/story?utm_medium=mail&fbclid=x",
                        "/story#comments", "/STORY/../story"))
                .page("/story", TestSite.article("Story"));

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(site.requests()).extracting(TestSite.Request::path).containsOnlyOnce("/story");
        assertThat(result.records()).hasSize(2);
    }

    @Test
    void theRecordOfAPageWithACanonicalLinkIsNamedByTheCanonicalUrl() {
        String page = TestSite.article("Printable story").replace("<head>",
                "<head><link rel=\"canonical\" href=\"" + site.url("/story") + "\">");
        site.page("/", TestSite.article("Home", "/story?print=1")).page("/story?print=1", page);

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(result.recordUrls()).contains(site.url("/story")).doesNotContain(site.url("/story?print=1"));
    }

    @Test
    void nofollowLinksAndPagesThatAskNotToBeFollowedOrIndexedAreRespected() {
        site.page("/", TestSite.article("Home", "/quiet", "/hidden").replace("href=\"/hidden\"",
                        "rel=\"nofollow\" href=\"/hidden\""))
                .page("/quiet", TestSite.article("Quiet", "/beyond").replace("<head>",
                        "<head><meta name=\"robots\" content=\"noindex, nofollow\">"))
                .page("/hidden", TestSite.article("Hidden"))
                .page("/beyond", TestSite.article("Beyond"));

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(site.requests("/hidden")).isEmpty();
        assertThat(site.requests("/beyond")).isEmpty();
        assertThat(site.requests("/quiet")).hasSize(1);
        assertThat(result.recordUrls()).containsExactly(site.url("/"));
    }

    @Test
    void anXRobotsTagHeaderAsksLikeTheMetaTag() {
        byte[] page = TestSite.article("Header says noindex").getBytes(StandardCharsets.UTF_8);
        site.page("/", TestSite.article("Home", "/tagged")).answer("/tagged", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.getResponseHeaders().set("X-Robots-Tag", "noindex");
            TestSite.send(exchange, 200, page);
        });

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(site.requests("/tagged")).hasSize(1);
        assertThat(result.recordUrls()).containsExactly(site.url("/"));
    }

    @Test
    void aSitemapIndexWithAGzippedSitemapSeedsItsPages() {
        site.file("/sitemap.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<sitemap><loc>" + site.url("/sitemap-news.xml.gz") + "</loc></sitemap></sitemapindex>")
                        .getBytes(StandardCharsets.UTF_8))
                .file("/sitemap-news.xml.gz", "application/gzip", TestSite.gzip(("<?xml version=\"1.0\"?>"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>" + site.url("/news/1") + "</loc><lastmod>2026-01-02</lastmod></url>"
                        + "<url><loc>" + site.url("/news/2") + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8)))
                .page("/news/1", TestSite.article("News one"))
                .page("/news/2", TestSite.article("News two"));

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/sitemap.xml"));

        assertThat(result.recordUrls()).containsExactlyInAnyOrder(site.url("/news/1"), site.url("/news/2"));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void theSitemapsRobotsTxtListsAreCrawledToo() {
        site.file("/robots.txt", "text/plain", ("User-agent: *\nAllow: /\nSitemap: " + site.url("/map.xml") + "\n")
                        .getBytes(StandardCharsets.UTF_8))
                .file("/map.xml", "application/xml", ("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>" + site.url("/orphan") + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8))
                .page("/", TestSite.article("Home"))
                .page("/orphan", TestSite.article("Linked from nowhere"));

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(result.recordUrls()).containsExactlyInAnyOrder(site.url("/"), site.url("/orphan"));
    }

    @Test
    void anRssFeedSeedsItsItems() {
        site.file("/feed.rss", "application/rss+xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                        + "<title>News</title><link>" + site.url("/") + "</link><description>d</description>"
                        + "<item><title>One</title><link>" + site.url("/items/1") + "</link>"
                        + "<pubDate>Mon, 05 Jan 2026 10:00:00 GMT</pubDate></item>"
                        + "<item><title>Two</title><link>" + site.url("/items/2") + "</link></item>"
                        + "</channel></rss>").getBytes(StandardCharsets.UTF_8))
                .page("/items/1", TestSite.article("Item one"))
                .page("/items/2", TestSite.article("Item two"));

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/feed.rss"));

        assertThat(result.recordUrls()).containsExactlyInAnyOrder(site.url("/items/1"), site.url("/items/2"));
    }

    @Test
    void anAtomFeedAnnouncedByAPageIsFollowed() {
        site.page("/", TestSite.article("Home").replace("<head>",
                        "<head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\">"))
                .file("/atom.xml", "application/atom+xml", ("<?xml version=\"1.0\"?>"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:x</id>"
                        + "<updated>2026-01-05T10:00:00Z</updated>"
                        + "<entry><title>E</title><id>urn:e</id><updated>2026-01-05T10:00:00Z</updated>"
                        + "<link href=\"" + site.url("/entry") + "\"/></entry></feed>").getBytes(StandardCharsets.UTF_8))
                .page("/entry", TestSite.article("Entry"));

        CrawlRun.Result result = new CrawlRun(out).crawl(site.url("/"));

        assertThat(result.recordUrls()).containsExactlyInAnyOrder(site.url("/"), site.url("/entry"));
    }

    @Test
    void depthIncludeAndExcludeLimitWhatIsQueued() {
        site.page("/", TestSite.article("Home", "/docs/a", "/blog/b", "/docs/skip-me"))
                .page("/docs/a", TestSite.article("Doc A", "/docs/deeper"))
                .page("/docs/deeper", TestSite.article("Deeper"))
                .page("/docs/skip-me", TestSite.article("Skipped"))
                .page("/blog/b", TestSite.article("Blog B"));

        CrawlRun.Result result = new CrawlRun(out).crawl("--max-depth", "1", "--include", "/docs/|/$",
                "--exclude", "skip", site.url("/"));

        assertThat(result.recordUrls()).containsExactlyInAnyOrder(site.url("/"), site.url("/docs/a"));
    }

    @Test
    void linksToAnotherHostAreOutOfTheDefaultHostScope() {
        try (TestSite other = TestSite.start()) {
            other.page("/", TestSite.article("Other"));
            site.page("/", TestSite.article("Home", other.url("/")));

            new CrawlRun(out).crawl(site.url("/"));

            assertThat(other.requests()).isEmpty();
        }
    }

    @Test
    void linksIntoLoopbackAddressesTheSeedsDidNotNameAreRefusedUnlessAllowed() {
        try (TestSite internal = TestSite.start()) {
            internal.page("/", TestSite.article("Internal admin"));
            site.page("/", TestSite.article("Home", internal.url("/")));

            new CrawlRun(out).crawl("--scope", "domain", site.url("/"));
            assertThat(internal.requests()).isEmpty();

            new CrawlRun(out.resolve("allowed")).crawl("--scope", "domain", "--allow-private", site.url("/"));
            assertThat(internal.requests()).extracting(TestSite.Request::path).contains("/");
        }
    }
}
