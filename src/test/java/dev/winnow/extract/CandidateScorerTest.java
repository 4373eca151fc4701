package dev.winnow.extract;

import dev.winnow.clean.ClassIdWords;
import dev.winnow.pipeline.Settings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateScorerTest {

    private final CandidateScorer scorer =
            new CandidateScorer(new ClassIdWords(), ExtractionSettings.from(Settings.load()), new SideColumns(new ClassIdWords()));

    @Test
    void aLongListOfCaptionsDoesNotOutscoreTheParagraphsOfTheArticle() throws IOException {
        Document page = page("extract/gallery-list.html");

        assertThat(scorer.choose(page.body(), TextStatistics.of(page.body(), 80)).id()).isEqualTo("story");
    }

    @Test
    void captionParagraphsInsideListItemsDoNotOutscoreTheParagraphsOfTheArticle() throws IOException {
        Document page = page("extract/slideshow-captions.html");

        assertThat(scorer.choose(page.body(), TextStatistics.of(page.body(), 80)).id()).isEqualTo("bridge-news");
    }

    @Test
    void aSlideshowInsideTheStoryGivesWayToTheStoryThatHoldsIt() throws IOException {
        Document page = page("extract/slideshow-in-story.html");

        assertThat(scorer.choose(page.body(), TextStatistics.of(page.body(), 80)).id()).isEqualTo("story-body");
    }

    @Test
    void aShortPostInTheMainColumnWinsOverTheLongerTextWidgetsOfTheSidebar() throws IOException {
        Document page = page("extract/sidebar-widgets.html");

        assertThat(scorer.choose(page.body(), TextStatistics.of(page.body(), 80)).id()).isEqualTo("post-41");
    }

    private static Document page(String path) throws IOException {
        try (InputStream in = CandidateScorerTest.class.getResourceAsStream("/pages/" + path)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
