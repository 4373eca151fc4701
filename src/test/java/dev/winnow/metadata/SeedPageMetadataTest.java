package dev.winnow.metadata;

import dev.winnow.clean.BoilerplateCleaner;
import dev.winnow.decode.CharsetLabels;
import dev.winnow.decode.CharsetSniffer;
import dev.winnow.decode.Decoder;
import dev.winnow.extract.ArticleExtractor;
import dev.winnow.parse.HtmlParser;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;
import dev.winnow.pipeline.Settings;
import dev.winnow.render.ArticleRenderer;
import dev.winnow.render.HtmlSanitizer;
import dev.winnow.render.MarkdownRenderer;
import dev.winnow.render.TextRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed page, in both encodings, through the stages up to language detection: its metadata must be exactly
 * what {@code ../shared/seed/expected-fields.json} says (the text is the extraction stages' concern).
 */
class SeedPageMetadataTest {

    private static Metadata run(String file) throws IOException {
        Settings settings = Settings.load();
        byte[] bytes = Files.readAllBytes(Path.of("samples", file));
        Page page = Page.of(new PageSource("samples/" + file, null, bytes, null, Instant.parse("2025-06-01T00:00:00Z")));
        page = new Decoder(new CharsetSniffer(), new CharsetLabels()).decode(page);
        page = new HtmlParser().parse(page);
        page = new MetadataExtractor(settings).extract(page);
        page = new BoilerplateCleaner().clean(page);
        page = new ArticleExtractor().extract(page);
        page = new ArticleRenderer(new TextRenderer(), new MarkdownRenderer(), new HtmlSanitizer()).render(page);
        page = new LanguageDetector(settings).detect(page);
        return page.metadata();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-utf8.html", "seed-gbk.html"})
    void seedPageYieldsTheExpectedFields(String file) throws IOException {
        Metadata m = run(file);
        assertThat(m.title()).isEqualTo("Is Selling High-end Fake Luxury Goods on WeChat Illegal?");
        assertThat(m.published()).isEqualTo("2025-05-22T12:41:10");
        assertThat(m.modified()).isNull();
        assertThat(m.source()).isEqualTo("Internet sorting");
        assertThat(m.authors()).isEmpty();
        assertThat(m.siteName()).isEqualTo("PiJu Stall 302");
        assertThat(m.breadcrumbs()).containsExactly("PiJu Stall 302", "餐饮行业新闻资讯", "Bag", "Bag2");
        assertThat(m.language()).isEqualTo("en");
    }
}
