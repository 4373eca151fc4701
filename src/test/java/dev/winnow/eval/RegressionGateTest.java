package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.record.RecordJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regression gate: a fixed sample of each corpus is converted and scored, and each score must stay at or
 * above the floor pinned in {@code src/test/resources/eval/floors.json}. Raise the floors as scores rise.
 */
class RegressionGateTest {

    private final Conversion conversion = new Conversion();

    @ParameterizedTest
    @CsvSource({"readability, 1", "trafilatura-eval, 5", "cleaneval, 6", "dragnet, 8"})
    void sampleScoresStayAboveTheirFloors(String corpus, int every) throws IOException {
        CorpusSample sample = CorpusSample.of(corpus, every);
        List<JsonNode> records = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Path page : sample.pages()) {
            records.add(RecordJson.mapper().valueToTree(conversion.file(page)));
            ids.add(Scorer.pageId(page.toString()));
        }

        CorpusScore score = new Scorer().score(sample.corpus(), records, ids::contains);

        assertThat(score.mainF1()).as(corpus + " text F1 on every " + every + "th page")
                .isGreaterThanOrEqualTo(floors().get(corpus).asDouble());
    }

    private static JsonNode floors() throws IOException {
        try (InputStream in = RegressionGateTest.class.getResourceAsStream("/eval/floors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
