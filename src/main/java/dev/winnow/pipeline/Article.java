package dev.winnow.pipeline;

import org.jsoup.nodes.Element;

/**
 * The main content of a page: the element the extractor chose (a detached tree that holds only the article's
 * blocks) and, once rendered, its plain text, markdown and sanitized HTML; and the reader comments set apart
 * from it as plain text, when a user asked for them (else null).
 */
public record Article(Element root, String text, String markdown, String html, String comments) {

    public static Article chosen(Element root) {
        return new Article(root, null, null, null, null);
    }

    public Article withComments(String comments) {
        return new Article(root, text, markdown, html, comments);
    }

    public Article rendered(String text, String markdown, String html) {
        return new Article(root, text, markdown, html, comments);
    }
}
