package dev.winnow.crawl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves a generated web site on 127.0.0.1 until stopped, for the README's crawl example and the crawl
 * benchmarks: {@code HOSTS} hosts (one port each, from {@code FIRST_PORT} up) of {@code PAGES} article pages
 * each, linked as a tree (every page links to its ten children, so 10,000 pages are four links deep), with a
 * robots.txt that keeps crawlers out of /private/ and lists a sitemap, and a sitemap of every page. The seed
 * URLs are printed and written to {@code SEEDS_FILE}.
 *
 * <pre>java -cp target/test-classes:target/classes:target/lib/* dev.winnow.crawl.ServeTestSite HOSTS PAGES FIRST_PORT SEEDS_FILE</pre>
 */
public final class ServeTestSite {

    private static final int FAN_OUT = 10;

    private ServeTestSite() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int firstPort = args.length > 2 ? Integer.parseInt(args[2]) : 8900;
        Path seedsFile = Path.of(args.length > 3 ? args[3] : "seeds.txt");
        List<String> seeds = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            TestSite site = TestSite.start("127.0.0.1", firstPort == 0 ? 0 : firstPort + h);
            fill(site, h, pages);
            seeds.add(site.url("/"));
        }
        Files.write(seedsFile, seeds, StandardCharsets.UTF_8);
        System.out.printf("serving %d host(s) x %d pages; seeds in %s, the first is %s%n", hosts, pages, seedsFile,
                seeds.get(0));
        Thread.currentThread().join();
    }

    static void fill(TestSite site, int host, int pages) {
        StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int p = 0; p < pages; p++) {
            String path = p == 0 ? "/" : "/articles/" + p;
            List<String> links = new ArrayList<>();
            for (int child = p * FAN_OUT + 1; child <= p * FAN_OUT + FAN_OUT && child < pages; child++) {
                links.add("/articles/" + child + "?utm_source=home");
            }
            if (p == 0) {
                links.add("/private/drafts");
            }
            site.page(path, TestSite.article("Story " + p + " of host " + host, links.toArray(String[]::new)));
            sitemap.append("<url><loc>").append(site.url(path)).append("</loc></url>");
        }
        site.page("/private/drafts", TestSite.article("Drafts nobody should crawl"));
        site.file("/robots.txt", "text/plain", ("User-agent: *\nDisallow: /private/\nSitemap: " + site.url("/sitemap.xml")
                + "\n").getBytes(StandardCharsets.UTF_8));
        site.file("/sitemap.xml", "application/xml", sitemap.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8));
    }
}
