package dev.winnow.record;

import dev.winnow.metadata.Metadata;
import dev.winnow.pipeline.Article;
import dev.winnow.pipeline.Outcome;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;
import dev.winnow.pipeline.RejectReason;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordMapperTest {

    private final RecordMapper mapper = new RecordMapper(new WordCounter(),
            Clock.fixed(Instant.parse("2026-11-29T08:00:00.123456Z"), ZoneOffset.UTC));

    private static Page page(String file, String bytes, String canonical, String text, Outcome outcome) {
        Metadata.Builder metadata = new Metadata.Builder().title("A title", "h1")
                .authors(List.of("Maya Okafor", "Tom Reilly"), "json-ld");
        if (canonical != null) {
            metadata.canonicalUrl(canonical, "link");
        }
        return Page.of(new PageSource(file, null, bytes.getBytes(StandardCharsets.UTF_8), null, Instant.EPOCH))
                .withHtml(bytes, "UTF-8", "valid-utf8")
                .withMetadata(metadata.build())
                .withArticle(Article.chosen(new Element("div")).rendered(text, text, "<p>" + text + "</p>"), outcome);
    }

    @Test
    void theIdOfAPageWithACanonicalUrlDependsOnTheUrlAlone() {
        ArticleRecord a = mapper.toRecord(page("a.html", "<p>one</p>", "https://news.example/a", "one", Outcome.article()));
        ArticleRecord b = mapper.toRecord(page("copy/b.html", "<p>two</p>", "https://news.example/a", "two", Outcome.article()));
        assertThat(a.id()).isEqualTo(b.id()).matches("[0-9a-f]{32}");
        assertThat(a.url()).isEqualTo("https://news.example/a");
    }

    @Test
    void theIdOfAFileWithoutUrlDependsOnPathAndContent() {
        ArticleRecord a = mapper.toRecord(page("a.html", "<p>one</p>", null, "one", Outcome.article()));
        ArticleRecord again = mapper.toRecord(page("a.html", "<p>one</p>", null, "one", Outcome.article()));
        ArticleRecord otherPath = mapper.toRecord(page("b.html", "<p>one</p>", null, "one", Outcome.article()));
        ArticleRecord otherBytes = mapper.toRecord(page("a.html", "<p>one!</p>", null, "one", Outcome.article()));
        assertThat(a.id()).isEqualTo(again.id()).isNotEqualTo(otherPath.id()).isNotEqualTo(otherBytes.id());
        assertThat(a.url()).isNull();
    }

    @Test
    void theContentHashFollowsTheTextOnly() {
        ArticleRecord a = mapper.toRecord(page("a.html", "<p>one</p>", null, "Same text.", Outcome.article()));
        ArticleRecord b = mapper.toRecord(page("b.html", "<div>one</div>", "https://x.example/", "Same text.", Outcome.article()));
        ArticleRecord c = mapper.toRecord(page("a.html", "<p>one</p>", null, "Other text.", Outcome.article()));
        assertThat(a.contentHash()).isEqualTo(b.contentHash()).isNotEqualTo(c.contentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void authorIsTheAuthorsJoined() {
        ArticleRecord record = mapper.toRecord(page("a.html", "<p>one</p>", null, "one", Outcome.article()));
        assertThat(record.author()).isEqualTo("Maya Okafor, Tom Reilly");
        assertThat(record.authors()).containsExactly("Maya Okafor", "Tom Reilly");
    }

    @Test
    void aRejectedPageSaysWhyInLowerCase() {
        ArticleRecord record = mapper.toRecord(page("a.html", "<ul></ul>", null, "", Outcome.rejected(RejectReason.TOO_SHORT)));
        assertThat(record.article()).isFalse();
        assertThat(record.rejectReason()).isEqualTo("too_short");
    }

    @Test
    void provenanceIsWrittenInTheSameOrderEveryRun() {
        ArticleRecord record = mapper.toRecord(page("a.html", "<p>one</p>", "https://news.example/a", "one", Outcome.article()));
        assertThat(record.provenance().keySet()).containsExactly("author", "canonicalUrl", "title");
    }

    @Test
    void extractedAtIsAUtcInstantToTheMillisecond() {
        ArticleRecord record = mapper.toRecord(page("a.html", "<p>one</p>", null, "one", Outcome.article()));
        assertThat(record.extractedAt()).isEqualTo("2026-11-29T08:00:00.123Z");
        assertThat(record.schemaVersion()).isEqualTo(1);
    }

    @Test
    void everyRecordItMakesFollowsTheSchema() {
        assertThat(RecordSchema.violations(mapper.toRecord(page("a.html", "<p>one</p>", null, "one", Outcome.article()))))
                .isEmpty();
        assertThat(RecordSchema.violations(mapper.toRecord(page("a.html", "<p>one</p>", "https://news.example/a", "",
                Outcome.rejected(RejectReason.LISTING))))).isEmpty();
    }
}
