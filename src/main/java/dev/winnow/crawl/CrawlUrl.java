package dev.winnow.crawl;

import java.util.ArrayList;
import java.util.List;

/**
 * A URL waiting in the frontier, with what the crawler knows about how it was reached.
 *
 * @param url       the normalized URL
 * @param depth     hops from a seed: seeds are 0, a page's links one more than the page
 * @param kind      a page, or a listing (sitemap, sitemap index, RSS or Atom feed) whose entries are URLs to crawl
 * @param redirects the URLs that redirected here, oldest first, so a loop is seen and the chain stays bounded
 */
public record CrawlUrl(String url, int depth, Kind kind, List<String> redirects) {

    public enum Kind { PAGE, LISTING }

    public CrawlUrl {
        redirects = List.copyOf(redirects);
    }

    public static CrawlUrl seed(String url) {
        return new CrawlUrl(url, 0, Kind.PAGE, List.of());
    }

    /** A URL found on a page or in a listing: a link, a feed, a listing's entry. */
    public static CrawlUrl found(String url, int depth, Kind kind) {
        return new CrawlUrl(url, depth, kind, List.of());
    }

    /** Where this URL redirects to: the same depth and kind, one more hop in the chain. */
    public CrawlUrl redirectedTo(String target) {
        List<String> chain = new ArrayList<>(redirects);
        chain.add(url);
        return new CrawlUrl(target, depth, kind, chain);
    }

    /** The politeness key: scheme, host and port, since two servers on one address are two hosts. */
    public String host() {
        return hostOf(url);
    }

    /** Of a normalized URL: everything before the path. */
    static String hostOf(String url) {
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?' && url.charAt(end) != '#') {
            end++;
        }
        return url.substring(0, end);
    }
}
