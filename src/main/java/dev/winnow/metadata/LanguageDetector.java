package dev.winnow.metadata;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Settles the article's language from its declared language and its text. Templates declare one language
 * for every page of a site ({@code lang="zh-CN"} over an English article), so the text, when there is enough
 * of it to tell, overrules a declaration that names another language; otherwise the declaration stands.
 * Detection uses the optimaize language-detector's built-in profiles, loaded once.
 */
public final class LanguageDetector {

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory textObjects = CommonTextObjectFactories.forDetectingOnLargeText();
    /**
     * The same factory (the library's large-text settings) without its filter of web and mail addresses, for
     * text that holds neither "http" nor "@": that filter's mail pattern is tried at every letter of the text,
     * and on such text it can match nothing.
     */
    static final TextObjectFactory TEXT_WITHOUT_ADDRESSES = new TextObjectFactoryBuilder().maxTextLength(10000)
            .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3)).build();
    private final LanguageScripts languageScripts = new LanguageScripts();
    private final int minLetters;
    private final double minProbability;
    private final int maxChars;

    public LanguageDetector(Settings settings) {
        detector = Profiles.DETECTOR;
        minLetters = settings.intValue("winnow.language.min-letters");
        minProbability = settings.doubleValue("winnow.language.min-probability");
        maxChars = settings.intValue("winnow.language.max-chars");
    }

    public Page detect(Page page) {
        Metadata m = page.metadata();
        String text = page.article() != null && page.article().text() != null ? page.article().text() : "";
        String detected = detect(text);
        if (detected == null || sameLanguage(detected, m.language())) {
            return page;
        }
        return page.withMetadata(m.toBuilder().language(detected, "text").build());
    }

    /** The text's language as a BCP 47 tag, or null when the text is too short or too mixed to tell. */
    public String detect(String text) {
        if (text == null || !hasLetters(text, minLetters)) {
            return null;
        }
        String sample = text.length() > maxChars ? text.substring(0, maxChars) : text;
        TextObjectFactory factory = sample.indexOf('@') < 0 && !sample.contains("http") ? TEXT_WITHOUT_ADDRESSES : textObjects;
        // Readings in a script the text does not hold are misreadings; their share goes to the readings left,
        // so a Chinese text that the Korean profile claimed 0.43 of is Chinese, not undecided.
        String language = null;
        double best = 0;
        double misread = 0;
        for (DetectedLanguage found : detector.getProbabilities(factory.forText(sample))) {
            String tag = LanguageTags.bcp47(found.getLocale().toString());
            if (!languageScripts.writtenIn(primary(tag), sample)) {
                misread += found.getProbability();
            } else if (language == null) {
                language = tag;
                best = found.getProbability();
            }
        }
        return language != null && best >= minProbability * (1 - misread) ? language : null;
    }

    private static boolean sameLanguage(String detected, String declared) {
        if (declared == null) {
            return false;
        }
        return primary(detected).equals(primary(declared));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Whether the text has at least {@code wanted} letters; stops counting once it has. */
    private static boolean hasLetters(String text, int wanted) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < wanted; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= wanted;
    }

    /**
     * The n-gram model of all built-in profiles takes about 100 MB and a second to build, and never changes:
     * it is built once per JVM, on first use, and shared by every detector (and every run in one process).
     */
    private static final class Profiles {
        static final com.optimaize.langdetect.LanguageDetector DETECTOR = build();

        private static com.optimaize.langdetect.LanguageDetector build() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language profiles", e);
            }
        }
    }
}
