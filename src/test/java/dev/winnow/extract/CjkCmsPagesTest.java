package dev.winnow.extract;

import dev.winnow.eval.Conversion;
import dev.winnow.metadata.Metadata;
import dev.winnow.pipeline.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text of Chinese, Japanese and Korean pages as their CMS templates print them, without the templates' furniture. */
class CjkCmsPagesTest {

    private final Conversion conversion = new Conversion();

    @Test
    void theDateAndSourceAChineseTemplatePrintsUnderTheHeadlineWithoutLabelsAreNoText() {
        String text = conversion.resource("extract/zh-date-source-line.html").article().text();

        assertThat(text).startsWith("记者从国家粮食和物资储备局获悉").doesNotContain("经济日报", "08:12");
    }

    @Test
    void aShortKoreanWireStoryOfThreeParagraphsIsAnArticle() {
        Page page = conversion.resource("extract/ko-wire-brief.html");

        assertThat(page.outcome().isArticle()).isTrue();
        assertThat(page.article().text()).startsWith("(서울=새빛통신) 박서연 기자 = 한국은행이")
                .contains("고려했다\"고 설명했다.");
    }

    @Test
    void theFilingTimeAndCopyrightLineClosingAKoreanWireStoryAreNoText() {
        String text = conversion.resource("extract/ko-wire-brief.html").article().text();

        assertThat(text).doesNotContain("송고", "무단 전재", "많이 본 뉴스");
    }

    @Test
    void thePageLinksOfAnArticleSplitIntoPagesAreNoText() {
        String text = conversion.resource("extract/zh-paged-article.html").article().text();

        assertThat(text).contains("力争用五年时间建成功能完善的城市副中心").doesNotContain("下一页", "[2]", "相关新闻", "排行榜");
    }

    @Test
    void aSchoolNewsPageOf2006InGb2312TablesGivesItsTextAndNoAnonymousAuthor() {
        Page page = conversion.resource("extract/zh-school-news-gb2312.html");
        Metadata m = page.metadata();

        assertThat(page.article().text()).startsWith("10月20日至21日，我校2006年秋季田径运动会")
                .doesNotContain("最新文章", "打印此文", "上一篇文章", "ICP");
        assertThat(m.title()).isEqualTo("我校举行2006年秋季运动会");
        assertThat(m.siteName()).isEqualTo("某某市第二中学");
        assertThat(m.published()).isEqualTo("2006-10-23");
        assertThat(m.authors()).isEmpty();
        assertThat(m.breadcrumbs()).containsExactly("某某市第二中学", "新闻中心", "学校新闻");
    }

    @Test
    void aGovernmentFileUnderItsDisclosureTableGivesTheFileWithoutTheTableOrTheQrBox() {
        Page page = conversion.resource("extract/zh-gov-info-table.html");
        Metadata m = page.metadata();

        assertThat(page.article().text()).startsWith("各区、县（市）人民政府").contains("（此件公开发布）")
                .doesNotContain("索 引 号", "发文字号", "扫一扫", "分享到", "相关文件", "ICP");
        assertThat(m.published()).isEqualTo("2021-07-02T09:30:00");
        assertThat(m.source()).isEqualTo("市政府办公室");
        assertThat(m.authors()).isEmpty();
        assertThat(m.breadcrumbs()).containsExactly("首页", "政务公开", "市政府文件");
    }

    @Test
    void aReprintsPrintEditionLineAndItsBracketedEditorsAreNoTextButGiveTheEditorAndSource() {
        Page page = conversion.resource("extract/zh-reprint-print-edition.html");
        Metadata m = page.metadata();

        assertThat(page.article().text()).endsWith("防范倒春寒等灾害性天气对春播生产的不利影响。").doesNotContain("01 版", "责编");
        assertThat(m.editor()).isEqualTo("王震, 岳小彬");
        assertThat(m.source()).isEqualTo("某某日报");
    }

    @Test
    void aJapaneseMunicipalPageLosesItsPageNumberContactBoxAndFeedbackForm() {
        Page page = conversion.resource("extract/ja-municipal-inquiry.html");

        assertThat(page.article().text()).startsWith("令和6年4月1日から").endsWith("ごみに貼って出してください。")
                .doesNotContain("ページID", "お問い合わせ", "役に立ちましたか");
        assertThat(page.metadata().authors()).isEmpty();
        assertThat(page.metadata().breadcrumbs()).containsExactly("ホーム", "くらし・手続き", "ごみ・リサイクル");
    }

    @Test
    void theCopyrightLineClosingABodySetInLinesByBreaksIsNoText() {
        String text = conversion.resource("metadata/ko-news-bracket-byline.html").article().text();

        assertThat(text).endsWith("마련하겠다\"고 말했다.").doesNotContain("무단전재", "관련기사", "많이 본 기사");
    }
}
