package dev.winnow.eval;

import dev.winnow.camel.WinnowConfiguration;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;
import dev.winnow.pipeline.Settings;
import dev.winnow.record.ArticleRecord;
import dev.winnow.record.RecordMapper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The pipeline's stages as Winnow's configuration binds them, called in the order of the pipeline route, for
 * tests that need a page converted without starting the routes. The order is read from the route file itself,
 * so it is written in one place.
 */
public final class Conversion {

    private static final List<PipelineSteps.Step> STAGES = PipelineSteps.read(Path.of("routes/pipeline.camel.yaml"))
            .upTo("record");

    private final Registry registry;

    public Conversion(Settings settings) {
        DefaultCamelContext context = new DefaultCamelContext();
        new WinnowConfiguration(settings).configure(context);
        this.registry = context.getRegistry();
    }

    public Conversion() {
        this(Settings.load());
    }

    /** The page after every stage up to and including normalize. */
    public Page page(String file, byte[] bytes) {
        Page page = Page.of(new PageSource(file, null, bytes, null, Instant.parse("2026-01-01T00:00:00Z")));
        for (PipelineSteps.Step stage : STAGES) {
            page = call(stage, page);
        }
        return page;
    }

    public ArticleRecord record(String file, byte[] bytes) {
        Page page = page(file, bytes);
        return registry.lookupByNameAndType("recordMapper", RecordMapper.class).toRecord(page);
    }

    /** A test page from {@code src/test/resources/pages/}, converted. */
    public Page resource(String path) {
        try (InputStream in = Conversion.class.getResourceAsStream("/pages/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test page " + path);
            }
            return page(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page given as HTML text, converted. */
    public Page html(String html) {
        return page("inline.html", html.getBytes(StandardCharsets.UTF_8));
    }

    public ArticleRecord file(Path path) {
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = path.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            }
            return record(path.toString(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Page call(PipelineSteps.Step stage, Page page) {
        Object bean = registry.lookupByName(stage.ref());
        try {
            return (Page) bean.getClass().getMethod(stage.method(), Page.class).invoke(bean, page);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("stage " + stage.id() + " failed", e.getCause() != null ? e.getCause() : e);
        }
    }
}
