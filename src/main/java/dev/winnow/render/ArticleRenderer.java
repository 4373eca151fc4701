package dev.winnow.render;

import dev.winnow.pipeline.Article;
import dev.winnow.pipeline.Page;

/** Renders the chosen article element as the record's three forms: text, markdown and sanitized HTML. */
public final class ArticleRenderer {

    private final TextRenderer text;
    private final MarkdownRenderer markdown;
    private final HtmlSanitizer sanitizer;

    public ArticleRenderer(TextRenderer text, MarkdownRenderer markdown, HtmlSanitizer sanitizer) {
        this.text = text;
        this.markdown = markdown;
        this.sanitizer = sanitizer;
    }

    public Page render(Page page) {
        Article article = page.article();
        Article rendered = article.rendered(
                text.render(article.root()),
                markdown.render(article.root()),
                sanitizer.sanitize(article.root(), page.baseUrl()));
        return page.withArticle(rendered, page.outcome());
    }
}
