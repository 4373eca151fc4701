package dev.winnow.crawl;

import java.util.List;

/**
 * What a page says about crawling it further.
 *
 * @param links    absolute hrefs of the links to follow (nofollow links left out)
 * @param feeds    absolute hrefs of the RSS/Atom feeds it announces
 * @param nofollow the page (meta robots or X-Robots-Tag) asks that none of its links be followed
 * @param noindex  the page asks not to be indexed: no record is made of it
 */
public record PageLinks(List<String> links, List<String> feeds, boolean nofollow, boolean noindex) {
}
