package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese, Japanese and Korean news and government pages as their CMSs print them, without any machine-readable
 * metadata: labelled lines, position trails and "Headline_Column_Site" titles give every field.
 */
class CjkNewsPagesTest {

    @Test
    void aChineseNewsPageGivesItsFieldsFromTheLabelledLineAndTheEditorLine() {
        Metadata m = MetadataPages.fromResource("zh-news-labelled-line.html");
        assertThat(m.title()).isEqualTo("我市召开安全生产工作会议");
        assertThat(m.siteName()).isEqualTo("某某新闻网");
        assertThat(m.published()).isEqualTo("2025-05-22T12:41:10");
        assertThat(m.source()).isEqualTo("某某日报");
        assertThat(m.authors()).containsExactly("张三");
        assertThat(m.editor()).isEqualTo("李四");
        assertThat(m.breadcrumbs()).containsExactly("首页", "新闻中心", "本地新闻");
    }

    @Test
    void aChineseNewsPageInTraditionalScriptGivesItsFieldsFromTheLabelledLineAndTheEditorLine() {
        Metadata m = MetadataPages.fromResource("zh-hant-news-labelled-line.html");
        assertThat(m.title()).isEqualTo("市府公布夏季用電節約措施");
        assertThat(m.published()).isEqualTo("2025-05-20T14:20:00");
        assertThat(m.source()).isEqualTo("某某日報");
        assertThat(m.authors()).containsExactly("王小明");
        assertThat(m.editor()).isEqualTo("李大華");
        assertThat(m.breadcrumbs()).containsExactly("首頁", "地方新聞");
    }

    @Test
    void aChineseGovernmentNoticeGivesItsDateSourceAndTrailWithoutTheFontSizeLinks() {
        Metadata m = MetadataPages.fromResource("zh-government-notice.html");
        assertThat(m.title()).isEqualTo("关于开展2025年度春季植树活动的通知");
        assertThat(m.siteName()).isEqualTo("某某县人民政府");
        assertThat(m.published()).isEqualTo("2025-03-01");
        assertThat(m.source()).isEqualTo("县林业局");
        assertThat(m.breadcrumbs()).containsExactly("网站首页", "政务公开", "通知公告");
    }

    @Test
    void aGovernmentPageNamesItsIssuingBodyAsTheSourceAndItsDrafterAsTheAuthor() {
        Metadata m = MetadataPages.fromResource("zh-government-issuer.html");
        assertThat(m.title()).isEqualTo("市教育局召开2025年招生工作会议");
        assertThat(m.published()).isEqualTo("2025-04-10");
        assertThat(m.source()).isEqualTo("某某市教育局");
        assertThat(m.authors()).containsExactly("王五");
    }

    @Test
    void aTrailOpenedByAShortPositionLabelLosesTheLabel() {
        Metadata m = MetadataPages.fromResource("zh-news-position-label.html");
        assertThat(m.breadcrumbs()).containsExactly("首页", "财经");
        assertThat(m.published()).isEqualTo("2025-05-22T09:30:00");
        assertThat(m.source()).isEqualTo("中国新闻网");
        assertThat(m.editor()).isEqualTo("王五");
    }

    @Test
    void aJapaneseNewsPageKeepsItsUpdateApartFromItsPublication() {
        Metadata m = MetadataPages.fromResource("ja-news-time.html");
        assertThat(m.title()).isEqualTo("新しい図書館が来月オープン");
        assertThat(m.siteName()).isEqualTo("みなみ新聞");
        assertThat(m.published()).isEqualTo("2025-05-22T12:41:00+09:00");
        assertThat(m.modified()).isEqualTo("2025-05-23");
        assertThat(m.authors()).containsExactly("山田太郎");
        assertThat(m.breadcrumbs()).containsExactly("ホーム", "地域ニュース");
    }

    @Test
    void aJapaneseMunicipalPageDatedOnlyByItsUpdateIsDatedByThat() {
        Metadata m = MetadataPages.fromResource("ja-municipal-updated.html");
        assertThat(m.title()).isEqualTo("令和7年度 補助金の募集について");
        assertThat(m.siteName()).isEqualTo("某市役所");
        assertThat(m.published()).isEqualTo("2025-04-01");
        assertThat(m.breadcrumbs()).containsExactly("トップページ", "くらし");
    }

    @Test
    void aKoreanNewsPageGivesEntryAndRevisionTimesAndTheReporterWithoutHisTitle() {
        Metadata m = MetadataPages.fromResource("ko-news-plain-trail.html");
        assertThat(m.title()).isEqualTo("정부, 내년 예산안 발표");
        assertThat(m.siteName()).isEqualTo("한빛일보");
        assertThat(m.published()).isEqualTo("2025-05-22T12:41:00");
        assertThat(m.modified()).isEqualTo("2025-05-23T09:00:00");
        assertThat(m.authors()).containsExactly("김민수");
    }

    @Test
    void aTrailPrintedAsPlainTextWithArrowsInALocationBoxIsABreadcrumb() {
        assertThat(MetadataPages.fromResource("ko-news-plain-trail.html").breadcrumbs())
                .containsExactly("홈", "정치", "정부");
    }

    @Test
    void twoKoreanReportersWithTheirTitlesAreTwoAuthors() {
        assertThat(MetadataPages.fromResource("ko-news-reporters.html").authors()).containsExactly("김민수", "이영희");
    }

    @Test
    void aKoreanBoardPageGivesItsDateAndATrailWithoutItsCurrentPositionLabel() {
        Metadata m = MetadataPages.fromResource("ko-board-view.html");
        assertThat(m.published()).isEqualTo("2025-05-22");
        assertThat(m.breadcrumbs()).containsExactly("홈", "알림소식", "보도자료");
    }

    @Test
    void theReporterAndTheCorrespondentOfAChineseStoryAreBothAuthors() {
        Metadata m = MetadataPages.fromResource("zh-news-reporters.html");
        assertThat(m.authors()).containsExactly("张三", "李四");
        assertThat(m.source()).isEqualTo("某某日报");
        assertThat(m.editor()).isEqualTo("王五");
    }

    @Test
    void aSourceLabelPrintedRightAfterTheDateWithoutAGapIsStillRead() {
        Metadata m = MetadataPages.fromResource("zh-news-glued-spans.html");
        assertThat(m.source()).isEqualTo("某某日报");
        assertThat(m.published()).isEqualTo("2025-05-22T08:15:32");
    }

    @Test
    void aPhotoCreditIsNoAuthorAndAnUnlabelledDateLineStillGivesItsSource() {
        Metadata m = MetadataPages.fromResource("zh-news-photo-credit.html");
        assertThat(m.authors()).containsExactly("张三");
        assertThat(m.source()).isEqualTo("科技日报");
        assertThat(m.published()).isEqualTo("2025-05-22T10:30:00");
    }

    @Test
    void aKoreanReporterNameLabelGivesTheReporter() {
        Metadata m = MetadataPages.fromResource("ko-news-reporter-name-label.html");
        assertThat(m.authors()).containsExactly("박지훈");
        assertThat(m.published()).isEqualTo("2025-05-22T12:41:00");
    }

    @Test
    void aKoreanApprovalTimeInTheBylineIsTheDateAndNoAuthor() {
        Metadata m = MetadataPages.fromResource("ko-news-approval-time.html");
        assertThat(m.authors()).containsExactly("이영희");
        assertThat(m.published()).isEqualTo("2025-05-22T12:41:00");
    }

    @Test
    void aGovernmentPageInATableLayoutGivesItsFieldsFromTheGovernmentMetaTags() {
        Metadata m = MetadataPages.fromResource("zh-trs-gov.html");
        assertThat(m.title()).isEqualTo("关于印发《某某市2024年城乡环境整治实施方案》的通知");
        assertThat(m.siteName()).isEqualTo("某某市人民政府");
        assertThat(m.published()).isEqualTo("2024-03-15T16:20:00");
        assertThat(m.source()).isEqualTo("市住建局");
        assertThat(m.authors()).isEmpty();
        assertThat(m.breadcrumbs()).containsExactly("首页", "政务公开", "政策文件");
    }

    @Test
    void aForumPortalArticleNamesItsPosterNotTheSoftwareMakersOfItsAuthorTag() {
        Metadata m = MetadataPages.fromResource("zh-discuz-portal.html");
        assertThat(m.authors()).containsExactly("骑行小王子");
        assertThat(m.published()).isEqualTo("2021-04-12T10:28:00");
    }

    @Test
    void theSoftwareCreditClosingThePageTitleIsNoSiteName() {
        Metadata m = MetadataPages.fromResource("zh-discuz-portal.html");
        assertThat(m.title()).isEqualTo("周末骑行环湖线路推荐，沿途风景太美了");
        assertThat(m.siteName()).isEqualTo("某某户外论坛");
    }

    @Test
    void aDateLinePrintedInsideTheHeadlineAfterABreakIsNoPartOfTheTitle() {
        Metadata m = MetadataPages.fromResource("zh-phpcms-paged.html");
        assertThat(m.title()).isEqualTo("科技小院扎根田间 助力农民增收致富");
        assertThat(m.siteName()).isEqualTo("某某农业信息网");
        assertThat(m.published()).isEqualTo("2016-11-08T14:05:33");
        assertThat(m.source()).isEqualTo("农民日报");
        assertThat(m.editor()).isEqualTo("周洁");
    }

    @Test
    void theCountersAfterTheWriterAreNoPartOfHisName() {
        assertThat(MetadataPages.fromResource("zh-phpcms-paged.html").authors()).containsExactly("赵明 孙丽");
    }

    @Test
    void aForumTrailWithItsSeparatorsInElementsOfTheirOwnIsABreadcrumb() {
        assertThat(MetadataPages.fromResource("zh-discuz-portal.html").breadcrumbs())
                .containsExactly("某某户外论坛", "门户", "户外资讯");
    }

    @Test
    void aChineseWireStorysDatelineNamesItsReporters() {
        assertThat(MetadataPages.fromResource("zh-portal-wire-story.html").authors()).containsExactly("张伟", "李娜");
    }

    @Test
    void aReprintsClosingSourceLineGivesItsSource() {
        assertThat(MetadataPages.fromResource("zh-portal-wire-story.html").source()).isEqualTo("新华社");
    }

    @Test
    void thePrintedTimeRefinesTheSameDayGivenWithoutATimeInTheMarkup() {
        assertThat(MetadataPages.fromResource("zh-portal-wire-story.html").published()).isEqualTo("2023-09-28T07:51:00");
    }

    @Test
    void aCategoryInTheBylineElementIsNoAuthorAndTheAuthorBoxNamesTheWriter() {
        Metadata m = MetadataPages.fromResource("ja-blog-category-byline.html");
        assertThat(m.authors()).containsExactly("たびねこ");
        assertThat(m.published()).isEqualTo("2018-11-03");
        assertThat(m.modified()).isEqualTo("2019-01-15");
        assertThat(m.breadcrumbs()).containsExactly("ホーム", "関東");
    }

    @Test
    void aKoreanStoryOpeningWithItsPaperReporterAndAddressNamesTheReporter() {
        Metadata m = MetadataPages.fromResource("ko-news-bracket-byline.html");
        assertThat(m.authors()).containsExactly("김민수");
        assertThat(m.published()).isEqualTo("2008-05-22T12:41:00");
        assertThat(m.modified()).isEqualTo("2008-05-22T13:00:00");
        assertThat(m.title()).isEqualTo("도심 재개발 구역 3곳 추가 지정");
        assertThat(m.siteName()).isEqualTo("한결일보");
    }

    @Test
    void aJapaneseNewsPageGivesItsLastUpdatePrintedInBracketsAfterTheDate() {
        Metadata m = MetadataPages.fromResource("ja-news-last-update.html");
        assertThat(m.published()).isEqualTo("2022-04-10T06:00:00");
        assertThat(m.modified()).isEqualTo("2022-04-10T15:12:00");
        assertThat(m.authors()).containsExactly("佐藤花子");
        assertThat(m.breadcrumbs()).containsExactly("トップ", "ニュース", "教育");
    }

    @Test
    void theLinkToAKoreanReportersOtherStoriesIsNoPartOfHisName() {
        Metadata m = MetadataPages.fromResource("ko-news-reporter-box.html");
        assertThat(m.authors()).containsExactly("최지우");
        assertThat(m.published()).isEqualTo("2020-11-03T14:27:00");
        assertThat(m.modified()).isEqualTo("2020-11-04T09:10:00");
        assertThat(m.siteName()).isEqualTo("한결일보");
    }

    @Test
    void aChineseListOfDatedNewsLinksTakesNoDateFromItsItems() {
        Metadata m = MetadataPages.fromResource("zh-news-list.html");
        assertThat(m.published()).isNull();
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void aKoreanBoardListTakesNoDateFromItsRowsAndNoAuthorFromItsColumnHeadings() {
        Metadata m = MetadataPages.fromResource("ko-board-list.html");
        assertThat(m.published()).isNull();
        assertThat(m.authors()).doesNotContain("등록일");
    }

    @Test
    void anOfficeNamedInTheCopyrightLineIsNoAuthor() {
        assertThat(MetadataPages.fromResource("ko-board-list.html").authors()).isEmpty();
    }

    @Test
    void aJapaneseListOfNewsTakesNoDateFromItsItemsAndNoAuthorFromItsPublishersCopyright() {
        Metadata m = MetadataPages.fromResource("ja-news-list.html");
        assertThat(m.published()).isNull();
        assertThat(m.authors()).isEmpty();
        assertThat(m.title()).isEqualTo("社会ニュース一覧");
        assertThat(m.siteName()).isEqualTo("みなみ新聞");
    }

    private static Metadata withInfoLine(String line) {
        return MetadataPages.fromHtml("<html><head><title>城市更新项目启动_要闻_某某网</title></head><body><h1>城市更新项目启动</h1>"
                + "<div class=\"info\">" + line + "</div><p>这是一篇新闻报道的正文内容，用于测试元数据的提取是否准确无误。有关部门表示，"
                + "相关工作正在稳步推进之中，预计年底前全部完成。</p></body></html>");
    }

    @Test
    void fieldsPrintedInBracketsLoseTheClosingBracket() {
        Metadata m = withInfoLine("【来源：人民日报】【作者：张三】【时间：2025-05-22 09:00】");
        assertThat(m.source()).isEqualTo("人民日报");
        assertThat(m.authors()).containsExactly("张三");
        assertThat(m.published()).isEqualTo("2025-05-22T09:00:00");
    }

    @Test
    void aWireDeskLineGivesItsFilingTimeSourceAndEditor() {
        Metadata m = withInfoLine("发稿时间：2025-05-22 09:00\u3000稿源：人民日报\u3000编辑：李四");
        assertThat(m.published()).isEqualTo("2025-05-22T09:00:00");
        assertThat(m.source()).isEqualTo("人民日报");
        assertThat(m.editor()).isEqualTo("李四");
    }

    @Test
    void theFontSizeSwitcherAfterTheSourceIsNoPartOfIt() {
        assertThat(withInfoLine("发布日期：2025-05-22 信息来源：市政府 字体：[大 中 小]").source()).isEqualTo("市政府");
    }

    @Test
    void aKoreanTitleWithItsSectionPathInAngleBracketsGivesTheSiteName() {
        Metadata m = MetadataPages.fromResource("ko-news-reporter-name-label.html");
        assertThat(m.title()).isEqualTo("서울시, 청년 주거 지원 확대");
        assertThat(m.siteName()).isEqualTo("한빛신문");
    }
}
