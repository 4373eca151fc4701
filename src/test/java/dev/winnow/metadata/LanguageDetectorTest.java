package dev.winnow.metadata;

import dev.winnow.pipeline.Article;
import dev.winnow.pipeline.Outcome;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;
import dev.winnow.pipeline.Settings;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector(Settings.load());

    private static final String ENGLISH = "In the realm of digital commerce, micro-commerce has become a prevalent way for "
            + "individuals to engage in selling and buying activities. With the rise of social media platforms, many "
            + "owners have found success in marketing and distributing their products through these channels.";
    private static final String GERMAN = "Im März beginnt die Aussaat der ersten Gemüsesorten im Frühbeet. Wer früh "
            + "anfängt, kann schon im Mai die ersten Radieschen und den ersten Salat aus dem eigenen Garten ernten.";

    private static Page page(String declared, String text) {
        Metadata.Builder b = Metadata.EMPTY.toBuilder();
        if (declared != null) {
            b.language(declared, "html-lang");
        }
        Page page = Page.of(new PageSource("t.html", null, new byte[0], null, Instant.EPOCH)).withMetadata(b.build());
        return page.withArticle(Article.chosen(null).rendered(text, text, ""), Outcome.article());
    }

    @Test
    void englishTextOverrulesATemplateThatDeclaresChinese() {
        Metadata m = DETECTOR.detect(page("zh-CN", ENGLISH)).metadata();
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.provenance()).containsEntry("language", "text");
    }

    @Test
    void declarationThatAgreesWithTheTextKeepsItsRegion() {
        Metadata m = DETECTOR.detect(page("de-AT", GERMAN)).metadata();
        assertThat(m.language()).isEqualTo("de-AT");
        assertThat(m.provenance()).containsEntry("language", "html-lang");
    }

    @Test
    void textGivesTheLanguageWhenThePageDeclaresNone() {
        assertThat(DETECTOR.detect(page(null, GERMAN)).metadata().language()).isEqualTo("de");
    }

    @Test
    void shortTextLeavesTheDeclarationStanding() {
        assertThat(DETECTOR.detect(page("fr", "Hello world")).metadata().language()).isEqualTo("fr");
    }

    @Test
    void chineseTextIsDetectedWithItsScript() {
        String chinese = "为做好春季防火工作，各区县应急管理局要加强巡查，落实责任，及时消除隐患，确保人民群众生命财产安全。"
                + "各单位要高度重视，精心组织，认真开展防火宣传教育活动，提高群众的防火意识和自救能力。";
        assertThat(DETECTOR.detect(page(null, chinese)).metadata().language()).startsWith("zh");
    }

    @Test
    void chineseInTraditionalScriptIsNotReadAsKoreanOverTheDeclaredChinese() {
        String traditional = "市政府今日公布夏季用電節約措施，要求各機關在尖峰時段調高冷氣溫度，並鼓勵市民配合節約用電，減輕電網負荷。"
                + "經濟發展局表示，今年夏季用電需求預計創下新高，除了機關帶頭節電外，也將加強宣導家庭節電的方法。"
                + "市府強調，相關措施將持續滾動檢討，視用電情形調整實施範圍。";
        assertThat(DETECTOR.detect(page("zh-TW", traditional)).metadata().language()).isEqualTo("zh-TW");
        assertThat(DETECTOR.detect(traditional)).satisfiesAnyOf(
                language -> assertThat(language).isNull(), language -> assertThat(language).startsWith("zh"));
    }

    @Test
    void chineseThatTheKoreanProfilePartlyClaimsIsReadAsChineseWhenThePageDeclaresNothing() {
        String chinese = "4月9日，市教育局召开2025年招生工作会议，总结去年招生工作，部署今年普通高中和中等职业学校招生工作。"
                + "会议要求，各县区教育部门要严格执行招生政策，规范招生行为，做好招生信息公开，主动接受社会监督。"
                + "会议强调，要坚持公平公正，畅通咨询渠道，确保招生工作平稳有序。";
        assertThat(DETECTOR.detect(page(null, chinese)).metadata().language()).startsWith("zh");
    }

    @Test
    void aLanguageIsNotBelievedFromATextWithNoneOfItsScriptsLetters() {
        LanguageScripts scripts = new LanguageScripts();
        assertThat(scripts.writtenIn("ko", "各機關在尖峰時段調高冷氣溫度")).isFalse();
        assertThat(scripts.writtenIn("ko", "서울시는 오늘 各機關")).isTrue();
        assertThat(scripts.writtenIn("ja", "東京都は今日、新しい計画を発表した")).isTrue();
        assertThat(scripts.writtenIn("ru", "Hello world")).isFalse();
        assertThat(scripts.writtenIn("de", "Привет")).isTrue();
    }

    @Test
    void textWithoutAddressesGivesTheSameTextObjectWithoutTheAddressFilter() {
        for (String text : new String[] {ENGLISH, GERMAN, "Привет, мир. Hello 世界 — 2024"}) {
            assertThat(LanguageDetector.TEXT_WITHOUT_ADDRESSES.forText(text).toString()).isEqualTo(
                    com.optimaize.langdetect.text.CommonTextObjectFactories.forDetectingOnLargeText().forText(text).toString());
        }
    }
}

