package dev.winnow.record;

import dev.winnow.metadata.Metadata;
import dev.winnow.pipeline.Article;
import dev.winnow.pipeline.Page;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;

/** Builds the record of a page that went through every stage. */
public final class RecordMapper {

    private final WordCounter wordCounter;
    private final Clock clock;

    public RecordMapper(WordCounter wordCounter, Clock clock) {
        this.wordCounter = wordCounter;
        this.clock = clock;
    }

    public ArticleRecord toRecord(Page page) {
        Metadata m = page.metadata();
        Article a = page.article();
        String url = m.canonicalUrl() != null ? m.canonicalUrl() : page.source().url();
        List<String> authors = m.authors();
        return new ArticleRecord(
                id(page, url),
                url,
                page.source().file(),
                page.outcome().isArticle(),
                page.outcome().reason() == null ? null : page.outcome().reason().code(),
                m.title(),
                m.published(),
                m.modified(),
                m.source(),
                authors.isEmpty() ? null : String.join(", ", authors),
                authors,
                m.editor(),
                m.siteName(),
                m.language(),
                m.breadcrumbs(),
                m.tags(),
                m.description(),
                m.image(),
                a.text(),
                a.markdown(),
                a.html(),
                a.comments(),
                wordCounter.count(a.text()),
                Hashes.sha256(a.text()),
                page.charset(),
                new TreeMap<>(m.provenance()),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(),
                ArticleRecord.SCHEMA_VERSION,
                false);
    }

    /** Stable across runs: the canonical URL names the article; a file without one is named by path and bytes. */
    private static String id(Page page, String url) {
        if (url != null) {
            return Hashes.sha256(url).substring(0, 32);
        }
        return Hashes.sha256(String.valueOf(page.source().file()), Hashes.sha256(page.source().bytes()))
                .substring(0, 32);
    }
}
