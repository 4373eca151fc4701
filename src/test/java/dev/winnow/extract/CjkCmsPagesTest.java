package dev.winnow.extract;

import dev.winnow.eval.Conversion;
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
}
