package dev.winnow.extract;

import dev.winnow.pipeline.Article;
import dev.winnow.pipeline.Outcome;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.RejectReason;
import org.jsoup.nodes.Element;

/** Chooses the element that holds the article. */
public final class ArticleExtractor {

    public Page extract(Page page) {
        Element body = page.document().body();
        Element best = body;
        int bestScore = 0;
        for (Element e : body.select("article, main, div, section, td")) {
            int own = 0;
            for (Element p : e.children()) {
                if (p.normalName().equals("p")) {
                    own += p.text().length();
                }
            }
            if (own > bestScore) {
                bestScore = own;
                best = e;
            }
        }
        Element root = best.clone();
        Outcome outcome = root.text().isBlank() ? Outcome.rejected(RejectReason.EMPTY) : Outcome.article();
        return page.withArticle(Article.chosen(root), outcome);
    }
}
