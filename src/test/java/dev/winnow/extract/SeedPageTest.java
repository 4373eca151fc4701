package dev.winnow.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.eval.Conversion;
import dev.winnow.record.ArticleRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed page, in both encodings, gives exactly the seven paragraphs its README states. */
class SeedPageTest {

    private static final Path SEED = Path.of("../shared/seed/expected-fields.json");
    private final Conversion conversion = new Conversion();

    private static String expectedText() throws IOException {
        return new ObjectMapper().readTree(SEED.toFile()).get("text").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples/seed-utf8.html", "samples/seed-gbk.html"})
    void textIsExactlyTheSevenParagraphs(String sample) throws IOException {
        ArticleRecord record = conversion.file(Path.of(sample));

        assertThat(record.text()).isEqualTo(expectedText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples/seed-utf8.html", "samples/seed-gbk.html"})
    void firstParagraphIsAHeadingInMarkdown(String sample) {
        ArticleRecord record = conversion.file(Path.of(sample));

        assertThat(record.markdown()).startsWith("### Is Selling High-end Fake Luxury Goods as Micro-commerce Illegal?\n\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples/seed-utf8.html", "samples/seed-gbk.html"})
    void noneOfThePageFurnitureIsLeft(String sample) {
        ArticleRecord record = conversion.file(Path.of(sample));

        assertThat(record.text()).doesNotContain("For reference", "topics", "Release time", "Source:", "browse:",
                "【big】", "edit:", "热门阅读排行", "© PiJu Stall 302", "on WeChat Illegal?");
        assertThat(record.article()).isTrue();
    }
}
