package dev.winnow.crawl;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

    /** @param document the page as the pipeline's parse stage parses it, its base URL the page's */
    public PageLinks extract(Document document, String robotsHeader) {
        StringBuilder directives = new StringBuilder(robotsHeader == null ? "" : robotsHeader.toLowerCase(Locale.ROOT));
        List<String> links = new ArrayList<>();
        List<String> feeds = new ArrayList<>();
        // One walk over the elements: CSS selectors would be parsed anew for every page.
        for (Element element : document.getAllElements()) {
            switch (element.normalName()) {
                case "a", "area" -> {
                    if (element.hasAttr("href") && !hasRel(element, "nofollow")) {
                        links.add(element.absUrl("href"));
                    }
                }
                case "link" -> {
                    String type = element.attr("type").toLowerCase(Locale.ROOT);
                    if (hasRel(element, "alternate") && (type.contains("rss") || type.contains("atom"))
                            && element.hasAttr("href")) {
                        feeds.add(element.absUrl("href"));
                    }
                }
                case "meta" -> {
                    String name = element.attr("name").toLowerCase(Locale.ROOT);
                    if (name.equals("robots") || name.equals(agentName)) {
                        directives.append(',').append(element.attr("content").toLowerCase(Locale.ROOT));
                    }
                }
                default -> {
                }
            }
        }
        String said = directives.toString();
        boolean none = said.contains("none");
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
