package dev.winnow.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The address a page names as its own: {@code <link rel=canonical>}, else og:url, else JSON-LD's url. Templates
 * sometimes print two canonical links that disagree (the blog's home page, then the post's own address); such
 * links say nothing for sure, as search engines also read them, so the page's other claims decide. The record's
 * id is made from this address, so two posts must not share one by a template's slip.
 */
final class CanonicalUrl {

    record Found(String url, String evidence) {
    }

    private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel~=(?i)^canonical$][href]");

    private CanonicalUrl() {
    }

    static Found of(Document doc, MetaTags.Read meta, JsonLd ld) {
        Set<String> links = new LinkedHashSet<>();
        for (Element link : PageElements.of(doc).links(CANONICAL_LINK)) {
            String url = AbsoluteUrl.of(link.attr("abs:href"));
            if (url == null) {
                url = AbsoluteUrl.of(link.attr("href"));
            }
            if (url != null) {
                links.add(url);
            }
        }
        if (links.size() == 1) {
            return new Found(links.iterator().next(), "link");
        }
        Optional<String> og = meta.first("url").map(MetaTags.Value::content).map(AbsoluteUrl::of);
        if (og.isPresent()) {
            return new Found(og.get(), "meta");
        }
        String fromLd = AbsoluteUrl.of(ld.url());
        return fromLd == null ? new Found(null, null) : new Found(fromLd, "json-ld");
    }
}
