package dev.winnow.metadata;

import dev.winnow.pipeline.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the article's metadata from the parsed tree, before cleaning removes the evidence. */
public final class MetadataExtractor {

    public Page extract(Page page) {
        Document doc = page.document();
        Metadata.Builder b = page.metadata().toBuilder();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            b.title(h1.text(), "h1");
        } else if (!doc.title().isBlank()) {
            b.title(doc.title(), "title");
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            b.canonicalUrl(canonical.attr("abs:href").isEmpty() ? canonical.attr("href") : canonical.attr("abs:href"), "link");
        }
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (!lang.isBlank()) {
            b.language(lang, "html-lang");
        }
        return page.withMetadata(b.build());
    }
}
