package dev.winnow.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;

import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a listing with crawler-commons: a sitemap, a sitemap index, either gzipped, or an RSS/Atom feed (which
 * crawler-commons reads as a sitemap of its items). Not strict about paths, since many sites list pages outside
 * the sitemap's folder; scope decides what is followed.
 */
public final class ListingReader {

    /** A page a listing names, with its {@code lastmod} (or a feed item's date) when it gave one. */
    public record Entry(String url, Instant lastModified) {
    }

    /** A listing's content: pages, and further listings (an index's sitemaps). */
    public record Listing(List<Entry> pages, List<String> listings) {
    }

    public Listing read(String url, String contentType, byte[] body) {
        try {
            AbstractSiteMap parsed = new SiteMapParser(false).parseSiteMap(
                    contentType == null ? "application/xml" : contentType, body, new URL(url));
            List<Entry> pages = new ArrayList<>();
            List<String> listings = new ArrayList<>();
            if (parsed instanceof SiteMapIndex index) {
                for (AbstractSiteMap sitemap : index.getSitemaps()) {
                    listings.add(sitemap.getUrl().toString());
                }
            } else if (parsed instanceof SiteMap sitemap) {
                for (SiteMapURL entry : sitemap.getSiteMapUrls()) {
                    pages.add(new Entry(entry.getUrl().toString(),
                            entry.getLastModified() == null ? null : entry.getLastModified().toInstant()));
                }
            }
            return new Listing(pages, listings);
        } catch (UnknownFormatException | IOException e) {
            throw new FetchException(url, 200, "not a sitemap or feed: " + e.getMessage());
        }
    }
}
