package dev.winnow.render;

import dev.winnow.pipeline.Article;
import dev.winnow.pipeline.Page;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Renders the chosen article element as the record's three forms: text, markdown and sanitized HTML. Lazy
 * images get their real address first; tables and images are dropped when the user asked for none.
 */
public final class ArticleRenderer {

    private static final Evaluator IMAGES = QueryParser.parse("img, picture, svg");
    private static final Evaluator NESTED_BLOCK = QueryParser.parse("p, div, table table");

    private final TextRenderer text;
    private final MarkdownRenderer markdown;
    private final HtmlSanitizer sanitizer;
    private final boolean tables;
    private final boolean images;

    public ArticleRenderer(TextRenderer text, MarkdownRenderer markdown, HtmlSanitizer sanitizer, boolean tables,
                           boolean images) {
        this.text = text;
        this.markdown = markdown;
        this.sanitizer = sanitizer;
        this.tables = tables;
        this.images = images;
    }

    public Page render(Page page) {
        Article article = page.article();
        Element root = article.root();
        LazyImages.resolve(root);
        ArticleLinks.resolve(root, page.baseUrl());
        if (!tables) {
            dropDataTables(root);
        }
        if (!images) {
            root.select(IMAGES).remove();
        }
        Article rendered = article.rendered(
                text.render(root),
                markdown.render(root),
                sanitizer.sanitize(root, page.baseUrl()));
        return page.withArticle(rendered, page.outcome());
    }

    /** Tables of data go; a table that lays out the article's own paragraphs stays, or the text would go too. */
    private static void dropDataTables(Element root) {
        for (Element table : root.getElementsByTag("table")) {
            if (table.parent() != null && table.selectFirst(NESTED_BLOCK) == null) {
                table.remove();
            }
        }
    }
}
