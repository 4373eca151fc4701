package dev.winnow.clean;

import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClassIdWordsTest {

    private final ClassIdWords words = new ClassIdWords();

    @ParameterizedTest
    @CsvSource({
            "site-footer, BOILERPLATE",
            "main-nav-bar, CONTENT",
            "top-nav-bar, BOILERPLATE",
            "elementor-widget-wrap, WEAK_BOILERPLATE",
            "article-footer, CONTENT",
            "adjacent, NEUTRAL",
            "header-ad, WEAK_BOILERPLATE",
            "cebian, WEAK_BOILERPLATE",
            "pinglun-list, BOILERPLATE"})
    void classWordsAreMatchedWholeNotInsideOtherWords(String className, ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"CtxtMenu, NEUTRAL", "topNavBar, NEUTRAL"})
    void aCamelCaseNameIsOneWord(String className, ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"mainContent, CONTENT", "relatedPosts, BOILERPLATE"})
    void commonCamelCaseNamesAreListedWhole(String className, ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"post-author__bio, BOILERPLATE", "entry-author-info, BOILERPLATE", "wp-embedded-content, BOILERPLATE",
            "post-author, CONTENT", "author-name, NEUTRAL", "bio-author, NEUTRAL"})
    void twoWordsInARowCanNameFurnitureOverAContentWord(String className, ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"nextpost, BOILERPLATE", "post-nav next-post, BOILERPLATE", "view-mode-related-teaser, BOILERPLATE",
            "meistgelesen, WEAK_BOILERPLATE", "linkbox_large, WEAK_BOILERPLATE", "post-next-steps, CONTENT"})
    void linksToTheNextPostAndBoxesOfRelatedLinksAreNamedAsFurniture(String className, ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"table-header, NEUTRAL", "card-header, NEUTRAL", "recipe-header__meta, NEUTRAL",
            "site-header, WEAK_BOILERPLATE", "table-header sidebar, WEAK_BOILERPLATE"})
    void theHeaderOfAPartOfTheContentIsNotThePageHeader(String className, ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"widget-content, WEAK_BOILERPLATE", "module-content, NEUTRAL", "module module-content, NEUTRAL",
            "entry-content, CONTENT"})
    void theInsideOfAWidgetOrModuleIsNotNamedAsTheArticle(String className, ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"o-section--has-ads, NEUTRAL", "page--no-sidebar, NEUTRAL", "layout-with-share, NEUTRAL",
            "ads, WEAK_BOILERPLATE", "sidebar, WEAK_BOILERPLATE"})
    void aFurnitureWordAfterHasWithOrNoIsAStateOfTheLayoutNotWhatTheElementIs(String className,
                                                                           ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"module content_module, CONTENT", "table header, WEAK_BOILERPLATE"})
    void twoWordsArePairedOnlyInsideOneClassName(String classNames, ClassIdWords.Naming expected) {
        Element element = new Element("div").attr("class", classNames);

        assertThat(words.naming(element)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"related-posts, BOILERPLATE", "related_post wp_rp, BOILERPLATE",
            "related-articles entry-content, BOILERPLATE", "author-section, BOILERPLATE", "authorbox, BOILERPLATE",
            "saboxplugin-wrap, BOILERPLATE", "news-letter-section, BOILERPLATE", "post-related, CONTENT", "section-author-name, NEUTRAL"})
    void boxesOfRelatedPostsAndAuthorSectionsAreNamedAsFurnitureOverContentWords(String className,
                                                                                 ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"author-bios, BOILERPLATE", "authorbio, BOILERPLATE", "authorbios, BOILERPLATE",
            "authorinfo, BOILERPLATE", "postauthor, BOILERPLATE", "aboutauthor, BOILERPLATE",
            "abouttheauthor, BOILERPLATE", "author-name, NEUTRAL"})
    void authorBoxesNamedInOneWordOrAsTheAuthorsBiosAreNamedAsFurniture(String className,
                                                                       ClassIdWords.Naming expected) {
        assertThat(namingOfClass(className)).isEqualTo(expected);
    }

    private ClassIdWords.Naming namingOfClass(String className) {
        return words.naming(new Element("div").addClass(className));
    }
}
