package dev.winnow.metadata;

import dev.winnow.parse.HtmlParser;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;
import dev.winnow.pipeline.Settings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTest {

    @Test
    void jsonLdGraphGivesTheArticleFieldsAndTheirProvenance() {
        Metadata m = MetadataPages.fromResource("json-ld-graph.html");
        assertThat(m.published()).isEqualTo("2024-03-05T09:30:00+01:00");
        assertThat(m.modified()).isEqualTo("2024-03-06T10:00:00+01:00");
        assertThat(m.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(m.provenance()).containsEntry("published", "json-ld").containsEntry("author", "json-ld");
    }

    @Test
    void breadcrumbListIsOrderedByPositionAndLosesTheHeadline() {
        Metadata m = MetadataPages.fromResource("json-ld-graph.html");
        assertThat(m.breadcrumbs()).containsExactly("Home", "Local");
        assertThat(m.provenance()).containsEntry("breadcrumbs", "json-ld");
    }

    @Test
    void brokenJsonLdWithCommentsRawNewLinesAndTrailingCommasStillCounts() {
        Metadata m = MetadataPages.fromResource("broken-json-ld.html");
        assertThat(m.published()).isEqualTo("2022-11-08");
        assertThat(m.authors()).containsExactly("Sam Lee");
    }

    @Test
    void openGraphTagsGiveDatesSiteImageTagsAndCanonicalUrl() {
        Metadata m = MetadataPages.fromResource("opengraph.html");
        assertThat(m.title()).isEqualTo("Tides are higher this spring");
        assertThat(m.siteName()).isEqualTo("Coastal Notes");
        assertThat(m.published()).isEqualTo("2023-04-11T08:00:00Z");
        assertThat(m.modified()).isEqualTo("2023-04-12T08:00:00Z");
        assertThat(m.image()).isEqualTo("https://example.org/tides.jpg");
        assertThat(m.tags()).containsExactly("tides", "weather");
        assertThat(m.canonicalUrl()).isEqualTo("https://example.org/2023/04/11/tides");
        assertThat(m.provenance()).containsEntry("published", "meta");
    }

    @Test
    void authorMetaLosesItsByPrefix() {
        assertThat(MetadataPages.fromResource("opengraph.html").authors()).containsExactly("Alex Smith");
    }

    @Test
    void chineseGovernmentMetaTagsGiveTitleDateSourceAndSite() {
        Metadata m = MetadataPages.fromResource("chinese-government.html");
        assertThat(m.title()).isEqualTo("关于做好春季防火工作的通知");
        assertThat(m.published()).isEqualTo("2024-03-01T10:20:00");
        assertThat(m.source()).isEqualTo("市应急管理局");
        assertThat(m.siteName()).isEqualTo("某某市人民政府");
        assertThat(m.provenance()).containsEntry("source", "meta");
    }

    @Test
    void currentPositionTrailGivesBreadcrumbsWithoutItsLabel() {
        assertThat(MetadataPages.fromResource("chinese-government.html").breadcrumbs()).containsExactly("首页", "通知公告");
    }

    @Test
    void microdataGivesHeadlineAuthorAndDate() {
        Metadata m = MetadataPages.fromResource("microdata.html");
        assertThat(m.title()).isEqualTo("Der Garten im März");
        assertThat(m.authors()).containsExactly("Erika Muster");
        assertThat(m.published()).isEqualTo("2022-03-14");
    }

    @Test
    void timeElementByTheHeadlineBeatsSidebarAndCommentTimes() {
        Metadata m = MetadataPages.fromResource("time-element.html");
        assertThat(m.published()).isEqualTo("2020-10-03T07:15:00");
        assertThat(m.provenance()).containsEntry("published", "time-element");
    }

    @Test
    void printedDateByTheHeadlineBeatsAPopularPostsWidget() {
        assertThat(MetadataPages.fromResource("sidebar-date.html").published()).isEqualTo("2019-09-09");
    }

    @Test
    void urlDateIsTheLastResort() {
        Metadata m = MetadataPages.fromResource("url-date.html");
        assertThat(m.published()).isEqualTo("2018-07-21");
        assertThat(m.provenance()).containsEntry("published", "url");
    }

    @Test
    void siteNameBeforeTheHeadlineIsCutAndTheLogoHeadingIsNotTheTitle() {
        Metadata m = MetadataPages.fromResource("site-first-title.html");
        assertThat(m.title()).isEqualTo("Storm closes the mountain pass");
        assertThat(m.siteName()).isEqualTo("Valley Times");
    }

    @Test
    void titleSuffixAfterADashIsTheSiteName() {
        Metadata m = MetadataPages.fromResource("breadcrumb-nav.html");
        assertThat(m.title()).isEqualTo("How to prune roses");
        assertThat(m.siteName()).isEqualTo("Garden Guide");
    }

    @Test
    void breadcrumbNavGivesCrumbsWithoutTheHeadline() {
        assertThat(MetadataPages.fromResource("breadcrumb-nav.html").breadcrumbs()).containsExactly("Home", "Plants");
    }

    @Test
    void trailOfLinksJoinedByArrowsIsABreadcrumb() {
        assertThat(MetadataPages.fromResource("breadcrumb-trail.html").breadcrumbs())
                .containsExactly("City", "Transport", "Buses");
    }

    @Test
    void bylineGivesSeveralAuthorsWithoutNoise() {
        assertThat(MetadataPages.fromResource("byline-noise.html").authors()).containsExactly("Maria Lopez", "Tom Baker");
    }

    @Test
    void newsAgencyBesideTheReporterIsNoAuthor() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><h1>Rain expected</h1><p>By Jana Weiss, dpa</p>"
                + "<p>Rain is expected tomorrow in the north of the country, forecasters said.</p></article></body></html>");
        assertThat(m.authors()).containsExactly("Jana Weiss");
    }

    @Test
    void longCitationAuthorListIsNotThePageAuthor() {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            head.append("<meta name=\"citation_author\" content=\"Author Number").append((char) ('A' + i)).append("\">");
        }
        Metadata m = MetadataPages.fromHtml("<html><head>" + head + "</head><body><h1>Rain expected</h1>"
                + "<p>Rain is expected tomorrow in the north.</p></body></html>");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void bylineClassHoldingACategoryPhraseNamesNoOne() {
        Metadata m = MetadataPages.fromHtml("<html><body><article><h1>Rain expected</h1><p class=\"byline\">in Uncategorized</p>"
                + "<p>Rain is expected tomorrow in the north of the country, forecasters said.</p></article></body></html>");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void emptyEditorLabelNamesNoOne() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>Rain expected</h1><p>Rain is expected tomorrow in the north.</p>"
                + "<ul><li>edit:</li></ul></body></html>");
        assertThat(m.editor()).isNull();
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void futureDatesAndDatesBefore1995AreNotPublicationDates() {
        Metadata m = MetadataPages.fromHtml("<html><head><meta property=\"article:published_time\" content=\"2031-01-01\">"
                + "</head><body><h1>Old map found</h1><p class=\"date\">1 May 1990</p><p>An old map was found.</p></body></html>");
        assertThat(m.published()).isNull();
    }

    @Test
    void relativeDateCountsBackFromTheRetrievalTime() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>Market opens</h1><p>发布时间：3小时前 来源：本地新闻</p>"
                + "<p>The market opened this morning.</p></body></html>");
        assertThat(m.published()).isEqualTo("2025-06-01");
        assertThat(m.source()).isEqualTo("本地新闻");
    }

    @Test
    void configuredTimeZoneGivesLocalTimesTheirOffset() {
        MetadataExtractor shanghai = new MetadataExtractor(Settings.load().with("winnow.metadata.time-zone", "Asia/Shanghai"));
        String html = "<html><body><h1>Market opens</h1><p>发布时间：2025-05-22 12:41:10</p></body></html>";
        Page page = new HtmlParser().parse(Page.of(new PageSource("t.html", null, html.getBytes(), null,
                MetadataPages.RETRIEVED)).withHtml(html, "UTF-8", "test"));
        assertThat(shanghai.extract(page).metadata().published()).isEqualTo("2025-05-22T12:41:10+08:00");
    }

    @Test
    void localTimeStaysLocalWithoutAConfiguredZone() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>Market opens</h1><p>发布时间：2025-05-22 12:41:10</p></body></html>");
        assertThat(m.published()).isEqualTo("2025-05-22T12:41:10");
    }

    @Test
    void bylineEndsWhereALinkBesideItBegins() {
        assertThat(MetadataPages.fromResource("byline-link.html").authors()).containsExactly("Priya Nair");
    }

    @Test
    void wordLeadingToADatePrintedApartIsNotPartOfTheName() {
        assertThat(MetadataPages.fromResource("byline-before-time.html").authors()).containsExactly("Owen Pryce");
    }

    @Test
    void listClassedAsBreadcrumbsInJapaneseGivesTheTrail() {
        assertThat(MetadataPages.fromResource("breadcrumb-list-class.html").breadcrumbs()).containsExactly("ホーム", "地域");
    }

    @Test
    void placeholderCrumbForTheCurrentPageIsDropped() {
        assertThat(MetadataPages.fromResource("breadcrumb-placeholder.html").breadcrumbs()).containsExactly("首页", "新闻中心");
    }

    @Test
    void tagLinksOfTheArticleGiveTagsButCategoriesAndSidebarCloudsDoNot() {
        Metadata m = MetadataPages.fromResource("tag-links.html");
        assertThat(m.tags()).containsExactly("no-dig", "compost");
        assertThat(m.provenance()).containsEntry("tags", "tag-link");
    }

    @Test
    void teaserOfAListingGivesTheListNeitherItsDateNorItsImage() {
        Metadata m = MetadataPages.fromResource("listing.html");
        assertThat(m.published()).isNull();
        assertThat(m.image()).isNull();
    }

    @Test
    void rdfaDublinCoreWithAPrefixCountsAsDublinCore() {
        Metadata m = MetadataPages.fromHtml("<html><head><title>Title Element</title>"
                + "<meta property=\"x:title dc:title\" content=\"My title\"></head>"
                + "<body><h1>Test document</h1><p>Text.</p></body></html>");
        assertThat(m.title()).isEqualTo("My title");
    }

    @Test
    void anXhtmlPageInBritishEnglishReadsSlashedDatesDayFirst() {
        Metadata m = MetadataPages.fromHtml("<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en-GB\"><body>"
                + "<h1>Students told to stay in halls</h1><div class=\"byline\">The Guardian 02/10/2020 Anna Fazackerley</div>"
                + "<p>Text of the article.</p></body></html>");
        assertThat(m.published()).isEqualTo("2020-10-02");
    }
}
