package dev.winnow.extract;

import dev.winnow.eval.Conversion;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.RejectReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {

    private final Conversion conversion = new Conversion();

    @Test
    void theArticleWinsOverAListOfLinksBesideIt() {
        Page page = conversion.resource("extract/sidebar.html");

        assertThat(page.article().text()).startsWith("The river rose through the night")
                .doesNotContain("Most read", "Storm hits the coast");
        assertThat(page.outcome().isArticle()).isTrue();
    }

    @Test
    void shortLinesAmongParagraphsWrittenAsDivsStayWhileALoneShortLabelGoes() {
        String text = conversion.resource("extract/div-paragraphs.html").article().text();

        assertThat(text).contains("1 kg ripe plums", "250 g flour", "2 eggs", "Bake it for forty minutes")
                .doesNotContain("Advertisement");
    }

    @Test
    void shortDivLinesOpenedByATypedBulletStayAsListItemsWhileALoneShortLabelGoes() {
        String text = conversion.resource("extract/bullet-div-lines.html").article().text();

        assertThat(text).contains("• Kindle readers", "• Nook readers", "• Kobo readers").doesNotContain("Sponsored");
    }

    @Test
    void theSidebarBesideAShortPostIsNeitherTakenAsASiblingNorReachedByWideningTheCut() {
        String text = conversion.resource("extract/sidebar-widgets.html").article().text();

        assertThat(text).contains("The harbour cranes stand black", "a second trail in the second picture")
                .doesNotContain("About copyright", "no control over the changes", "small server in a cupboard");
    }

    @Test
    void aShortPostsContentBoxStaysThoughItsListOfRelatedLinksMakesItDenseWithLinksWhileTheListGoes() {
        String text = conversion.resource("extract/short-post-related-links.html").article().text();

        assertThat(text).contains("here are a few more taken with the new lens")
                .doesNotContain("The night ferry seen from the lighthouse");
    }

    @Test
    void aShortPostWinsOverTheLongerTextInsideASideWidgetsContentBox() {
        String text = conversion.resource("extract/widget-content.html").article().text();

        assertThat(text).contains("reading of my new picture book").doesNotContain("Thank you for visiting my blog");
    }

    @Test
    void theLeadParagraphInTheArticleHeaderJoinsTheBodyButTheRestOfTheHeaderDoesNot() {
        String text = conversion.resource("extract/header-lead.html").article().text();

        assertThat(text).startsWith("After two winters in dry dock").contains("The harbour master said")
                .doesNotContain("Our new app", "library's new opening hours");
    }

    @Test
    void aLongSubheadingNamedAsTheLeadJoinsTheBodyButAShortOneDoesNot() {
        String text = conversion.resource("extract/header-subheading.html").article().text();

        assertThat(text).startsWith("After two winters of repairs").contains("The harbour master said")
                .doesNotContain("Harbour news");
    }

    @Test
    void aLeadBlockOfItsOwnBetweenTheHeadlineAndADeeplyNestedBodyJoinsTheBody() {
        String text = conversion.resource("extract/standalone-lead.html").article().text();

        assertThat(text).startsWith("Three hundred apple trees, planted by the monks")
                .contains("The trust that bought the orchard");
    }

    @Test
    void aTeaserBeforeTheHeadlineAndTheCaptionOfTheLeadPictureDoNotJoinTheBody() {
        String text = conversion.resource("extract/standalone-lead.html").article().text();

        assertThat(text).doesNotContain("looking for new tenors", "seen from the lane on a spring morning");
    }

    @Test
    void theParagraphOfProseAfterTheHeadlineInTheArticlesHeaderElementJoinsTheBody() {
        String text = conversion.resource("extract/header-paragraph.html").article().text();

        assertThat(text).startsWith("The bridge that has carried the valley road since 1820")
                .contains("Engineers found cracks").doesNotContain("Local news", "By Ann Example");
    }

    @Test
    void aShortBoxThatWrapsALineOfCodeStaysButAShortLabelBoxGoes() {
        String text = conversion.resource("extract/short-code.html").article().text();

        assertThat(text).contains("poetry add frobnicate").doesNotContain("Share this");
    }

    @Test
    void theLongSubtitleOfAnHgroupInTheArticlesHeaderJoinsTheBody() {
        String text = conversion.resource("extract/hgroup-subtitle.html").article().text();

        assertThat(text).startsWith("After ten years of work by volunteers").contains("The mill, built in 1790");
    }

    @Test
    void aBoxOfLinksInsideTheArticleIsDroppedAndAParagraphBoxKept() {
        Page page = conversion.resource("extract/junk-box.html");

        assertThat(page.article().text()).doesNotContain("Flood maps", "Insurance advice");
        assertThat(page.article().text()).contains("Reporting was contributed by the regional desk");
    }

    @Test
    void aShortLineWrittenAsADivAboveParagraphsOfProseStaysAsTheirSubheading() {
        String text = conversion.resource("extract/div-subheadings.html").article().text();

        assertThat(text).contains("Monday 4 July", "Tuesday 5 July", "The rain came in from the west");
    }

    @Test
    void aMonthsCalendarInsideThePostIsDroppedThoughItHasTheHeaderCellsOfATableOfData() {
        String text = conversion.resource("extract/month-calendar.html").article().text();

        assertThat(text).contains("The new organ, paid for by the appeal", "The next concert is at Christmas")
                .doesNotContain("Mo | Tu", "28 | 29");
    }

    @Test
    void aPageOfLinkedItemsKeepsItsItemsButLosesABarOfLinksWithoutProseAmongThem() {
        String text = conversion.resource("extract/link-directory-topics.html").article().text();

        assertThat(text).contains("The Towpath Trust, which keeps the path open",
                "Two of the cottages are open to visitors in August").doesNotContain("Railways");
    }

    @Test
    void aPostWhoseLinkedTitleAndLinkLinesRaiseItsLinkDensityStaysForItsParagraphsOfProse() {
        String text = conversion.resource("extract/linked-posts.html").article().text();

        assertThat(text).contains("The three locks above the town opened again", "About forty people came",
                "A heron has taken to standing on the balance beam", "The top pound froze over on Tuesday night",
                "The volunteers painted the balance beams");
    }

    @Test
    void anUnclosedNamedAnchorAroundThePageDoesNotTurnItsTextIntoLinks() {
        Page page = conversion.resource("extract/named-anchor.html");

        assertThat(page.article().text()).contains("Harbour governance looks at the rules",
                "The harbour board meets four times a year").doesNotContain("Topic list");
        assertThat(page.outcome().isArticle()).isTrue();
    }

    @Test
    void anInlineElementStandingAsItsOwnLineBetweenBlocksIsReadAsALine() {
        String text = conversion.resource("extract/loose-lines.html").article().text();

        assertThat(text).doesNotContain("Was this article helpful?").contains("The mayor thanked the volunteers",
                "and back to overview pages are printed for them");
        assertThat(text.lines()).doesNotContain("Back to overview");
    }

    @Test
    void boilerplateLinesAreDroppedWhereverTheySit() {
        String text = conversion.resource("extract/lines.html").article().text();

        assertThat(text).doesNotContain("Release time", "【大】", "字号", "【big】", "edit:", "责任编辑", "上一篇",
                "Next article", "打印本页", "Share this article", "版权所有", "ICP", "All rights reserved");
    }

    @Test
    void proseThatMentionsBoilerplateWordsIsKept() {
        String text = conversion.resource("extract/lines.html").article().text();

        assertThat(text).contains("The print edition will carry a full list of the streets that were closed");
    }

    @Test
    void aBylineOrDateLineWithoutAColonIsDroppedWhenItHoldsADate() {
        String text = conversion.resource("extract/dated-lines.html").article().text();

        assertThat(text).doesNotContain("Posted by Owen Pryce", "Publié le");
    }

    @Test
    void aDateAloneUnderTheHeadlineIsDroppedWithItsWeekdayButALineWithMoreWordsOrAWordAfterTheDateIsKept() {
        String text = conversion.resource("extract/bare-date-lines.html").article().text();

        assertThat(text).doesNotContain("31. Mai 2012", "23.10.2018")
                .contains("Die neue Fähre über den See", "Ab dem 1. Juni 2012 im Fahrplan", "23. Juli 2012, 19:28 MESZ");
    }

    @Test
    void theLeadInTheHeaderJoinsTheBodyWhenAPrintOnlyLineBeforeItJoinedFirst() {
        String text = conversion.resource("extract/lead-after-print-line.html").article().text();

        assertThat(text).contains("From March a sleeper will leave the capital", "The operator bought twelve carriages");
    }

    @Test
    void aRunOfParagraphsThatAreEachOneLinkToAnotherStoryOfTheSiteIsDropped() {
        String text = conversion.resource("extract/teaser-links.html").article().text();

        assertThat(text).doesNotContain("The new lighthouse keeper starts", "Fish market reopens")
                .contains("The work is paid for by the port");
    }

    @Test
    void aLinkToAnotherPageOfTheSiteThatEndsTheArticleIsDropped() {
        String text = conversion.resource("extract/teaser-link-at-end.html").article().text();

        assertThat(text).doesNotContain("discussion in the forum").contains("A day licence can be bought online");
    }

    @Test
    void aSingleLinkedLineAndALinkToAnotherSiteAreKept() {
        String text = conversion.resource("extract/teaser-links.html").article().text();

        assertThat(text).contains("Ferry timetable changes for the summer season", "How dredging works in shallow water");
    }

    @Test
    void aRunOfLinksToPlacesWithinThePageIsTheArticlesContentsAndIsKept() {
        String text = conversion.resource("extract/contents-links.html").article().text();

        assertThat(text).contains("Choosing a hive for a small space", "Talking to the neighbours first")
                .contains("Most complaints come from surprise");
    }

    @Test
    void aSentenceThatOpensWithByAndADateIsKept() {
        String text = conversion.resource("extract/dated-lines.html").article().text();

        assertThat(text).contains("By 9 December 2024 the flock had moved on to the hawthorns behind the station.");
    }

    @Test
    void aLineOfBackToAndPrintLinksIsDropped() {
        String text = conversion.resource("extract/link-lines.html").article().text();

        assertThat(text).doesNotContain("Retour aux actualités", "Imprimer", "Back to articles");
    }

    @Test
    void aRunOfProseInAFontBesideTheBestBlockJoinsItButACopyrightLineInASpanDoesNot() {
        String text = conversion.resource("extract/inline-prose-sibling.html").article().text();

        assertThat(text).contains("Part one. The ferry left the harbour", "the radio had been broken",
                "Part two.", "delivered the next day").doesNotContain("All rights reserved", "Serials");
    }

    @Test
    void backToTopLinksAreDroppedInBracketsAndBesideAJumpTarget() {
        String text = conversion.resource("extract/top-links.html").article().text();

        assertThat(text).doesNotContain("Back to top", "Back To The Top", "Top of Page")
                .contains("Top of the class in languages", "The exchange year costs");
    }

    @Test
    void aLineOfReplyAndTopLinksUnderACommentIsDropped() {
        String text = conversion.resource("extract/top-links.html").article().text();

        assertThat(text).contains("still writes to her host family").doesNotContain("[reply]", "reply");
    }

    @Test
    void aTagsLabelFollowedByLinksIsDropped() {
        String text = conversion.resource("extract/link-lines.html").article().text();

        assertThat(text).doesNotContain("Tags: library");
    }

    @Test
    void proseThatOpensWithBackToOrTagsIsKept() {
        String text = conversion.resource("extract/link-lines.html").article().text();

        assertThat(text).contains("Back to the drawing board, said the mayor",
                "Tags sewn into the returned books");
    }

    @Test
    void aKickerEqualToThePageSectionIsDroppedAboveTheBodyButASubheadingBelowIsKept() {
        String text = conversion.resource("extract/headline-companions.html").article().text();

        assertThat(text).startsWith("A second standfirst").contains("\n\nEnvironment\n\n");
    }

    @Test
    void aStandfirstOrLabelledSummaryThatRepeatsTheDescriptionIsDroppedAndAnotherKept() {
        String text = conversion.resource("extract/headline-companions.html").article().text();

        assertThat(text).doesNotContain("Two seabed turbines", "导读")
                .contains("A second standfirst that says something the description does not say at all.");
    }

    @Test
    void theHeadlineRepeatedAtTheTopOfTheBodyIsDroppedButALineThatOnlyStartsWithItIsKept() {
        String text = conversion.resource("extract/headline.html").article().text();

        assertThat(text).startsWith("Flood in the lower town brings back memories of 1953");
    }

    @Test
    void chineseTextIsMeasuredInCharactersAndWinsOverItsMenu() {
        Page page = conversion.resource("extract/cjk.html");

        assertThat(page.article().text()).startsWith("昨夜河水暴涨").doesNotContain("首页", "网站地图");
        assertThat(page.outcome().isArticle()).isTrue();
    }

    @Test
    void aPageOfLinksIsRejectedAsAListingButKeepsItsText() {
        Page page = conversion.resource("extract/listing.html");

        assertThat(page.outcome().reason()).isEqualTo(RejectReason.LISTING);
        assertThat(page.article().text()).contains("Story number 1 about the flood");
    }

    @Test
    void aListOfHeadlineLinksWithShortBlurbsIsRejectedAsAListing() {
        Page page = conversion.resource("extract/teasers.html");

        assertThat(page.outcome().reason()).isEqualTo(RejectReason.LISTING);
    }

    @Test
    void anArticleWithTheSameListOfTeasersBelowItsProseIsAnArticle() {
        Page page = conversion.resource("extract/article-with-teasers.html");

        assertThat(page.outcome().isArticle()).isTrue();
    }

    @Test
    void theBlurbsOfTeasersBesideTheArticleDoNotWidenTheCutToTakeThemIn() {
        String text = conversion.resource("extract/article-beside-teasers.html").article().text();

        assertThat(text).contains("Paragraph 3 of the report").doesNotContain("Other story number", "A blurb of this");
    }

    @Test
    void theProseOfASideColumnDoesNotWidenTheCutAroundAShortArticle() {
        Page page = conversion.resource("extract/side-column-prose.html");

        assertThat(page.article().text()).contains("The Wendmoor orchard opens", "The cider barn stays shut")
                .doesNotContain("I am Tilda Farrow", "Some posts mention farms", "My longer pieces");
        assertThat(page.outcome().isArticle()).isTrue();
    }

    @Test
    void oneParagraphOfProseElsewhereDoesNotWidenTheCutAroundAShortPost() {
        String text = conversion.resource("extract/short-post-credit.html").article().text();

        assertThat(text).contains("Pictures from last night's lantern walk").doesNotContain("please link back");
    }

    @Test
    void aBlockOfProseBesideTheAncestorTheCutWidensToJoinsIt() {
        String text = conversion.resource("extract/prose-beside-widened-cut.html").article().text();

        assertThat(text).contains("The ewes came down", "On Thursday the storm",
                "This journal follows a year on a small hill farm").doesNotContain("Autumn");
    }

    @Test
    void aFormWithoutProseInsideTheArticleIsDroppedWithItsLabels() {
        String text = conversion.resource("extract/form-in-article.html").article().text();

        assertThat(text).contains("The bell ringers of Harlow practise").doesNotContain("Family name", "monthly letter");
    }

    @Test
    void aFormThatWrapsTheWholeArticleKeepsItsProse() {
        String text = conversion.resource("extract/form-around-article.html").article().text();

        assertThat(text).contains("The bell ringers of Harlow practise", "Their newest member is eleven",
                "On the first Sunday of the month");
    }

    @Test
    void theCutDoesNotWidenIntoAFrameThatIsMostlyLinks() {
        Page page = conversion.resource("extract/widening-into-link-columns.html");

        assertThat(page.article().text()).contains("The tall ship Marrowind left", "She sails north")
                .doesNotContain("This diary has followed", "Archive of the harbour diary");
        assertThat(page.outcome().isArticle()).isTrue();
    }

    @Test
    void shortBlurbsBesideAnArticleBodyNamedAsContentDoNotWidenTheCut() {
        String text = conversion.resource("extract/short-blurbs-beside-article.html").article().text();

        assertThat(text).contains("After thirty-one years at the Fennick lock", "not more than once a week")
                .doesNotContain("Offer number", "lakeside inn");
    }

    @Test
    void aShortListWithALinkInEachItemIsKeptInsideTheArticle() {
        String text = conversion.resource("extract/short-list.html").article().text();

        assertThat(text).contains("A map of the shore as it was in 1900", "Tide tables laid over the old charts");
    }

    @Test
    void aPageWithOneShortLineIsRejectedAsTooShort() {
        Page page = conversion.resource("extract/short.html");

        assertThat(page.outcome().reason()).isEqualTo(RejectReason.TOO_SHORT);
        assertThat(page.article().text()).isEqualTo("Page moved. See the new address.");
    }

    @Test
    void aPageWithNothingButNavigationIsRejectedAsEmpty() {
        Page page = conversion.resource("extract/empty.html");

        assertThat(page.outcome().reason()).isEqualTo(RejectReason.EMPTY);
    }

    @Test
    void textSplitAcrossTheRowsOfALayoutTableIsKeptWhole() {
        String text = conversion.resource("extract/table-layout.html").article().text();

        assertThat(text).contains("The river rose", "Engineers said", "The mayor thanked").doesNotContain("Archive");
    }

    @Test
    void theArticleCellOfALayoutTableTakesTheSectionsInTheRowsBelowItAndTheParagraphsBesideTheTable() {
        String text = conversion.resource("extract/layout-rows.html").article().text();

        assertThat(text).contains("These notes were first read out", "Every spring the tide", "the parish has voted to move the footpath",
                "The new path opens in the autumn").doesNotContain("Essays", "Privacy", "Pages kept by the parish");
    }

    @Test
    void whenTheBestBlockSitsInsideALayoutCellTheLettersInTheRowsBelowJoinItButTheMenuCellBesideItDoesNot() {
        String text = conversion.resource("extract/letters-in-layout-rows.html").article().text();

        assertThat(text).contains("the winter the race froze solid", "the race was dug in the spring of 1821",
                "my pupils have pinned up").doesNotContain("Back issues", "Privacy");
    }

    @Test
    void aSubheadingRightBeforeTheArticlesBodyIsKeptWithIt() {
        String text = conversion.resource("extract/subheading-before-body.html").article().text();

        assertThat(text).startsWith("The winter the ferry stayed in port").contains("the island's midwinter supper")
                .doesNotContain("More notes");
    }

    @Test
    void aPageNestedFarBeyondTheParserDepthCapConverts() {
        String deep = "<div>".repeat(20_000) + "<p>" + "Deep text goes on and on, sentence after sentence. ".repeat(10)
                + "</p>" + "</div>".repeat(20_000);

        Page page = conversion.html("<html><body>" + deep + "</body></html>");

        assertThat(page.article().text()).contains("Deep text goes on and on");
    }
}
