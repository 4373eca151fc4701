package dev.winnow.pipeline;

import dev.winnow.metadata.Metadata;
import org.jsoup.nodes.Document;

/**
 * One page on its way through the stages. Each stage returns a new {@code Page} with its own part filled in;
 * only the Jsoup {@link Document} is shared and changed in place (by cleaning), since copying a tree per stage
 * would cost more than the whole extraction.
 *
 * @param source   where the page came from and its bytes
 * @param html     the decoded text of the page
 * @param charset  the charset used to decode it, and {@code charsetEvidence} what said so
 * @param document the parsed tree
 * @param metadata the fields read from the tree, before cleaning
 * @param article  the chosen main content
 * @param outcome  article or not, and why
 */
public record Page(
        PageSource source,
        String html,
        String charset,
        String charsetEvidence,
        Document document,
        Metadata metadata,
        Article article,
        Outcome outcome) {

    public static Page of(PageSource source) {
        return new Page(source, null, null, null, null, Metadata.EMPTY, null, null);
    }

    public Page withHtml(String html, String charset, String charsetEvidence) {
        return new Page(source, html, charset, charsetEvidence, document, metadata, article, outcome);
    }

    public Page withDocument(Document document) {
        return new Page(source, html, charset, charsetEvidence, document, metadata, article, outcome);
    }

    public Page withMetadata(Metadata metadata) {
        return new Page(source, html, charset, charsetEvidence, document, metadata, article, outcome);
    }

    public Page withArticle(Article article, Outcome outcome) {
        return new Page(source, html, charset, charsetEvidence, document, metadata, article, outcome);
    }

    /** The URL that relative links resolve against: the fetched URL, else the page's canonical URL, else none. */
    public String baseUrl() {
        if (source.url() != null) {
            return source.url();
        }
        return metadata.canonicalUrl() != null ? metadata.canonicalUrl() : "";
    }
}
