package dev.winnow.metadata;

import dev.winnow.parse.HtmlParser;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;
import dev.winnow.pipeline.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Runs the parse and metadata stages over a test page, as the pipeline does, at a fixed retrieval time. */
final class MetadataPages {

    static final Instant RETRIEVED = Instant.parse("2025-06-01T12:00:00Z");
    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor(Settings.load());

    private MetadataPages() {
    }

    static Metadata fromResource(String name) {
        try (InputStream in = MetadataPages.class.getResourceAsStream("/pages/metadata/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test page " + name);
            }
            return fromHtml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Metadata fromHtml(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Page page = Page.of(new PageSource("test.html", null, bytes, null, RETRIEVED))
                .withHtml(html, "UTF-8", "test");
        page = new HtmlParser().parse(page);
        return EXTRACTOR.extract(page).metadata();
    }
}
