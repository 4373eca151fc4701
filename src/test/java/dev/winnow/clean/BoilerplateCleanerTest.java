package dev.winnow.clean;

import dev.winnow.eval.Conversion;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.Settings;
import dev.winnow.pipeline.PageSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateCleanerTest {

    private final Conversion conversion = new Conversion();

    @Test
    void navigationElementsAndNavigationRolesArePruned() {
        Page page = conversion.resource("clean/navigation-and-footer.html");

        assertThat(page.article().text()).doesNotContain("Home", "Archive", "Contact the newsroom");
        assertThat(page.article().text()).contains("The river rose through the night");
    }

    @Test
    void aFooterThatHoldsMostOfThePageTextIsKept() {
        Page page = conversion.resource("clean/article-inside-footer.html");

        assertThat(page.article().text()).contains("The river rose through the night", "promised an inquiry");
    }

    @Test
    void anAsideHoldingTheHeadlineIsKeptWhileASideColumnAsideIsPruned() {
        Document document = Jsoup.parse("""
                <html><body><aside><h1>Flood in the lower town</h1><p>The river rose through the night.</p></aside>
                <aside><h3>Recent posts</h3><p>The harbour festival returns next spring.</p></aside>
                <div><p>Residents who had stayed behind, against the advice of the council, were taken out by boat,
                and engineers said the embankment had held for longer than anyone expected.</p></div></body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("aside.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).contains("The river rose through the night").doesNotContain("harbour festival");
    }

    @Test
    void errorMessagesAServerScriptPrintedIntoTheTextAreRemovedAndTheTextAroundThemStays() {
        Document document = Jsoup.parse("""
                <html><body><ul class="cat"><br />
                <b>Warning</b>:  Creating default object from empty value in <b>/www/htdocs/site/includes/classes.php</b> on line <b>407</b><br />
                <li><a href="/hotels/">Hotels</a></li>
                <strong>Deprecated</strong>: Function split() is deprecated in <b>/var/www/lib/format.php</b> on line <b>82</b><br>
                <li><a href="/travel/">Travel</a></li></ul>
                <p><b>Warning</b>: the path along the cliff is closed in winter, as the council says on its notice board
                on line six of the rules.</p></body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("errors.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).doesNotContain("Creating default object", "classes.php", "split()", "format.php")
                .contains("Hotels", "Travel", "Warning: the path along the cliff is closed in winter");
    }

    @Test
    void anAsideNamedAsTheStoryWithProseIsKept() {
        Document document = Jsoup.parse("""
                <html><body><aside class="story"><p>The river rose through the night, and by morning the lower town was
                under water; residents who had stayed behind, against the advice of the council, were taken out by boat.</p></aside>
                <div><p>Engineers said the embankment, built in the nineteenth century, had held for longer than anyone
                expected, and that repairs would take months at a cost not yet known to the council.</p></div>
                </body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("aside.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).contains("The river rose through the night");
    }

    @Test
    void aPageWhoseProseIsAllInsideANoscriptKeepsIt() {
        Document document = Jsoup.parse("""
                <html><body><div class="post"><noscript><p>The river rose through the night, and by morning the lower
                town was under water; residents who had stayed behind, against the advice of the council, were taken
                out by boat.</p></noscript></div></body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("noscript.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).contains("The river rose through the night");
    }

    @Test
    void aNoscriptNoticeBesideTheProseOfThePageIsPruned() {
        Document document = Jsoup.parse("""
                <html><body><noscript><p>This site works best with scripts turned on in your browser, so please turn
                them on for the full experience of our pages, our maps, our galleries and our videos.</p></noscript>
                <div class="post"><p>The river rose through the night, and by morning the lower town was under water;
                residents who had stayed behind, against the advice of the council, were taken out by boat.</p></div>
                </body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("noscript.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).contains("The river rose").doesNotContain("scripts turned on");
    }

    @Test
    void aWrapperNamedAsBoilerplateThatHoldsTheHeadlineAndProseIsKept() {
        Document document = Jsoup.parse("""
                <html><body><nav><a href="/">Home</a> <a href="/about">About</a>
                <a href="/news">News from the town and the harbour</a> <a href="/sport">Sport on the river and the fields</a>
                <a href="/weather">Weather for the week ahead</a> <a href="/letters">Letters to the editor</a>
                <a href="/arts">Arts, books and music in the town</a> <a href="/jobs">Jobs and notices of the council</a>
                <a href="/homes">Homes for sale along the river</a> <a href="/archive">The archive of past years</a></nav>
                <div class="code-nav-container"><h1>Flood in the lower town</h1><p>The river rose through the night, and
                by morning the lower town was under water; residents who had stayed behind, against the advice of the
                council, were taken out by boat.</p></div><div class="sidebar"><p>More notes from the harbour town.</p></div>
                </body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("named.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).contains("The river rose through the night").doesNotContain("Home", "harbour town");
    }

    @Test
    void aWeaklyNamedBoxWithoutProseIsPrunedButAWeaklyNamedWrapperOfProseIsKept() {
        Page page = conversion.resource("clean/weak-words.html");

        assertThat(page.article().text()).doesNotContain("Top ten stories");
        assertThat(page.article().text()).contains("The river rose through the night");
    }

    @Test
    void hiddenElementsArePrunedAndStyledVisibleOnesKept() {
        Document document = Jsoup.parse("""
                <html><body><div style="display: none">Subscribe to our newsletter</div><div hidden>Survey</div>
                <div style="color: red">Visible warning</div></body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("hidden.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).isEqualTo("Visible warning");
    }

    @Test
    void aCopyInABoxTheFrameworkClassHidesIsPrunedAndOneShownOnWideScreensIsKept() {
        Document document = Jsoup.parse("""
                <html><body><div class="story hidden"><p>The council met on Monday to vote on the budget.</p></div>
                <div class="story"><p>The council met on Monday to vote on the budget.</p></div>
                <div class="hidden md:block"><p>Wide screens show this paragraph.</p></div>
                <div class="hidden-xs"><p>Only the smallest screens miss this one.</p></div></body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("hidden-class.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).isEqualTo("The council met on Monday to vote on the budget. "
                + "Wide screens show this paragraph. Only the smallest screens miss this one.");
    }

    @Test
    void theAuthorsBioBoxAfterThePostIsPruned() {
        Document document = Jsoup.parse("""
                <html><body><div class="post"><p>The council met on Monday to vote on the budget, and the library
                kept its Sunday hours after a petition signed by more than a thousand readers.</p>
                <div class="author-bios"><div class="bio"><p>Jane writes about the town hall for the weekly paper, and
                before that she covered schools and courts in the county for ten years.</p></div></div>
                <div class="postauthor"><p>Tom edits the paper's local pages; he lives by the river with two dogs and
                a boat that he says he will finish one day.</p></div></div></body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("author-bio.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).startsWith("The council met on Monday")
                .doesNotContain("Jane writes about", "Tom edits");
    }

    @Test
    void theHiddenFullTextOfAMoreToggleIsKeptAfterItsCutOffPreview() {
        String text = conversion.resource("clean/more-toggle.html").article().text();

        assertThat(text).contains("a bar where the landlord still pours", "the kippers come from the smokehouse");
    }

    @Test
    void aHiddenCopyOfTheTextThatDoesNotFollowThePreviewIsPruned() {
        String text = conversion.resource("clean/more-toggle.html").article().text();

        assertThat(text).doesNotContain("Share this review with a friend");
    }

    @Test
    void aPageMadeOfNothingButASideColumnKeepsIt() {
        Document document = Jsoup.parse("""
                <html><body><div class="sidebar"><h3>Recent posts</h3><ul><li><a href="/1">Spring at the harbour</a></li>
                <li><a href="/2">The new pier</a></li></ul><h3>About</h3><p>Notes from the harbour town.</p></div>
                </body></html>""");

        clean(document);

        assertThat(document.body().text()).contains("Spring at the harbour", "Notes from the harbour town.");
    }

    @Test
    void aShortPostBesideALongSideColumnStillLosesTheColumn() {
        Document document = Jsoup.parse("""
                <html><body><div class="sidebar"><h3>Recent posts</h3><ul>%s</ul></div>
                <p>A short post, but a paragraph of prose all the same: the ferry runs again from Monday, the harbour
                master said, once the last repairs to the pier are finished.</p></body></html>"""
                .formatted("<li><a href=\"/p\">Another post about the harbour town and its ferry</a></li>".repeat(60)));

        clean(document);

        assertThat(document.body().text()).doesNotContain("Recent posts").contains("the ferry runs again");
    }

    @Test
    void rubyReadingsAreDroppedAndTheAnnotatedWordsKept() {
        Document document = Jsoup.parse("""
                <html><body><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもを<ruby>守<rt>まも</rt></ruby>る</p>
                </body></html>""");

        clean(document);

        assertThat(document.body().text()).isEqualTo("子どもを守る");
    }

    @Test
    void aBoxTheTemplateMarksAsNoContentForSearchIsPruned() {
        Document document = Jsoup.parse("""
                <html><body><div class="post"><p>The ferry timetable changes on Monday, when the early boat leaves at
                six instead of half past, and the last one returns from the island an hour later than in winter.</p></div>
                <div class="box nocontent"><h3>About this blog</h3><p>Quay Notes follows the boats and the weather of
                the estuary, and is written by two retired harbour pilots who walk the quay every single morning.</p></div>
                </body></html>""");

        clean(document);

        assertThat(document.body().text()).contains("The ferry timetable changes").doesNotContain("Quay Notes");
    }

    private static void clean(Document document) {
        new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false)
                .clean(Page.of(new PageSource("page.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));
    }

    @Test
    void commentsArePrunedByDefault() {
        Page page = conversion.resource("clean/comments.html");

        assertThat(page.article().text()).doesNotContain("Great reporting");
        assertThat(page.article().comments()).isNull();
    }

    @Test
    void commentsAreSetApartWhenAskedFor() {
        Conversion withComments = new Conversion(Settings.load().with("winnow.extract.comments", "true"));

        Page page = withComments.resource("clean/comments.html");

        assertThat(page.article().text()).doesNotContain("Great reporting");
        assertThat(page.article().comments()).contains("Great reporting");
    }

    @Test
    void theCaptionOfTheLeadPictureInTheHeaderOrAFeaturedBoxIsPruned() {
        String text = conversion.resource("clean/lead-picture-caption.html").article().text();

        assertThat(text).doesNotContain("Sandbags along the harbour wall", "The old bridge seen from the church tower");
    }

    @Test
    void theCaptionOfAPictureInsideTheArticleBodyIsKept() {
        String text = conversion.resource("clean/lead-picture-caption.html").article().text();

        assertThat(text).contains("marked in red on the council's map", "The river rose through the night");
    }

    @Test
    void aBoxNamedAsFurnitureThatHoldsTheHeadlineOfAnotherStoryIsPruned() {
        Document document = Jsoup.parse("""
                <html><body><div class="story"><h1>Flood in the lower town</h1><p>The river rose through the night,
                and by morning the lower town was under water; residents who had stayed behind were taken out by boat.</p>
                <p>Engineers said the embankment had held for longer than anyone expected, and that repairs would take
                months at a cost not yet known to the council or to the water board, which meets again on Monday.</p>
                <div class="author-box"><h1>Jane Doe</h1><p>Jane Doe has written about the rivers of the region for
                twenty years, first for the weekly paper and now for news.example, and lives by the harbour with her two
                dogs and a boat.</p></div>
                </div></body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("box.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).contains("The river rose through the night").doesNotContain("twenty years");
    }

    @Test
    void aWrapperNamedAsFurnitureThatHoldsThePagesHeadlineAndProseIsKept() {
        Document document = Jsoup.parse("""
                <html><body><div class="newsletter-enabled"><h1>Flood in the lower town</h1><p>The river rose through the
                night, and by morning the lower town was under water; residents who had stayed behind, against the advice of
                the council, were taken out by boat.</p>
                </div><div class="story"><p>Engineers said the embankment had held for longer than anyone expected, and
                that repairs would take months at a cost not yet known to the council or to the water board.</p>
                <p>The mayor thanked the volunteers, many of whom had worked without sleep through two nights.</p></div>
                </body></html>""");
        BoilerplateCleaner cleaner = new BoilerplateCleaner(new ClassIdWords(), 0.5, 120, false);

        cleaner.clean(Page.of(new PageSource("wrap.html", null, new byte[0], null, Instant.EPOCH)).withDocument(document));

        assertThat(document.body().text()).contains("The river rose through the night");
    }
}
