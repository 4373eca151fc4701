package dev.winnow.camel;

import dev.winnow.clean.BoilerplateCleaner;
import dev.winnow.clean.ClassIdWords;
import dev.winnow.decode.CharsetLabels;
import dev.winnow.decode.CharsetSniffer;
import dev.winnow.decode.Decoder;
import dev.winnow.extract.ArticleExtractor;
import dev.winnow.extract.BoilerplateLines;
import dev.winnow.extract.ExtractionSettings;
import dev.winnow.files.SavedPageReader;
import dev.winnow.metadata.LanguageDetector;
import dev.winnow.metadata.MetadataLabels;
import dev.winnow.metadata.MetadataExtractor;
import dev.winnow.normalize.TextNormalizer;
import dev.winnow.parse.HtmlParser;
import dev.winnow.pipeline.Settings;
import dev.winnow.record.RecordMapper;
import dev.winnow.record.WordCounter;
import dev.winnow.render.ArticleRenderer;
import dev.winnow.render.HtmlSanitizer;
import dev.winnow.render.MarkdownRenderer;
import dev.winnow.render.TextRenderer;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

import java.time.Clock;

/**
 * Binds the pipeline's stages as beans, by the names the YAML routes call them. The stages are plain classes
 * with no Camel in them; this is the only place that knows both.
 */
public final class WinnowConfiguration implements CamelConfiguration {

    private final Settings settings;

    public WinnowConfiguration(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void configure(CamelContext context) {
        Clock clock = Clock.systemUTC();
        Registry registry = context.getRegistry();
        registry.bind("savedPageReader", new SavedPageReader(settings.longValue("winnow.read.max-bytes"), clock));
        registry.bind("decoder", new Decoder(new CharsetSniffer(), new CharsetLabels()));
        registry.bind("htmlParser", new HtmlParser());
        registry.bind("metadataExtractor", new MetadataExtractor(settings));
        ClassIdWords words = new ClassIdWords();
        ExtractionSettings extraction = ExtractionSettings.from(settings);
        registry.bind("boilerplateCleaner", new BoilerplateCleaner(words,
                settings.doubleValue("winnow.clean.protected-share"), settings.intValue("winnow.clean.prose-chars"),
                extraction.keepComments()));
        registry.bind("articleExtractor", new ArticleExtractor(words, new BoilerplateLines(new MetadataLabels()), extraction));
        registry.bind("articleRenderer", new ArticleRenderer(new TextRenderer(), new MarkdownRenderer(), new HtmlSanitizer(),
                settings.bool("winnow.extract.tables"), settings.bool("winnow.extract.images")));
        registry.bind("languageDetector", new LanguageDetector(settings));
        registry.bind("textNormalizer", new TextNormalizer());
        registry.bind("recordMapper", new RecordMapper(new WordCounter(), clock));
        context.getCamelContextExtension().addInterceptStrategy(new StageTracker());
    }
}
