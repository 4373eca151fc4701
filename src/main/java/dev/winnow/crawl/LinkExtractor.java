package dev.winnow.crawl;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the links of a fetched page and its robots directives: {@code <a>} and {@code <area>} links without
 * {@code rel=nofollow}, announced feeds, and {@code <meta name=robots>} (or one named for our agent) and the
 * {@code X-Robots-Tag} header.
 */
public final class LinkExtractor {

    private final String agentName;

    public LinkExtractor(String agentName) {
        this.agentName = agentName.toLowerCase(Locale.ROOT);
    }

    public PageLinks extract(byte[] body, String url, String robotsHeader) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(body), null, url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page's links", e);
        }
        StringBuilder directives = new StringBuilder(robotsHeader == null ? "" : robotsHeader.toLowerCase(Locale.ROOT));
        for (Element meta : document.select("meta[name][content]")) {
            String name = meta.attr("name").toLowerCase(Locale.ROOT);
            if (name.equals("robots") || name.equals(agentName)) {
                directives.append(',').append(meta.attr("content").toLowerCase(Locale.ROOT));
            }
        }
        String said = directives.toString();
        boolean none = said.contains("none");
        List<String> links = new ArrayList<>();
        for (Element link : document.select("a[href], area[href]")) {
            if (!hasRel(link, "nofollow")) {
                links.add(link.absUrl("href"));
            }
        }
        List<String> feeds = new ArrayList<>();
        for (Element link : document.select("link[rel~=(?i)alternate][href][type~=(?i)(rss|atom)]")) {
            feeds.add(link.absUrl("href"));
        }
        return new PageLinks(links, feeds, none || said.contains("nofollow"), none || said.contains("noindex"));
    }

    private static boolean hasRel(Element link, String value) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (rel.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
