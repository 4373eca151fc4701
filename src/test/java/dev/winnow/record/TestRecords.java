package dev.winnow.record;

import dev.winnow.metadata.Metadata;
import dev.winnow.pipeline.Article;
import dev.winnow.pipeline.Outcome;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Records for tests, made the way the pipeline makes them (through {@link RecordMapper}), never by hand. */
public final class TestRecords {

    private static final RecordMapper MAPPER = new RecordMapper(new WordCounter(),
            Clock.fixed(Instant.parse("2026-11-29T08:00:00.123Z"), ZoneOffset.UTC));

    private TestRecords() {
    }

    /** An article saved as {@code file}, with a title, two authors, a date and the given text. */
    public static ArticleRecord article(String file, String text) {
        Metadata metadata = new Metadata.Builder().title("A title", "h1")
                .published("2025-05-22T12:41:10", "visible label")
                .source("Xinhua", "visible label")
                .authors(List.of("Li Wei", "Ana Ruiz"), "json-ld")
                .siteName("Example News", "og:site_name")
                .language("zh-CN", "html-lang")
                .breadcrumbs(List.of("Home", "World"), "breadcrumb")
                .build();
        Page page = Page.of(new PageSource(file, null, text.getBytes(StandardCharsets.UTF_8), null, Instant.EPOCH))
                .withHtml("<p>" + text + "</p>", "UTF-8", "valid-utf8")
                .withMetadata(metadata)
                .withArticle(Article.chosen(new Element("div")).rendered(text, text, "<p>" + text + "</p>"),
                        Outcome.article());
        return MAPPER.toRecord(page);
    }
}
