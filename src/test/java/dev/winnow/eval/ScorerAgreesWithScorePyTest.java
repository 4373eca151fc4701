package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.record.RecordJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Java scorer and {@code shared/tools/score.py} give the same figures, to three decimals, on the same records. */
class ScorerAgreesWithScorePyTest {

    private static final Path SCORE_PY = Path.of("../shared/tools/score.py");
    private final Conversion conversion = new Conversion();
    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"readability, 4", "trafilatura-eval, 20", "cleaneval, 15", "dragnet, 25"})
    void bothScorersGiveTheSameFigures(String corpus, int every, @TempDir Path dir) throws Exception {
        CorpusSample sample = CorpusSample.of(corpus, every);
        List<JsonNode> records = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Path page : sample.pages()) {
            JsonNode record = RecordJson.mapper().valueToTree(conversion.file(page));
            records.add(record);
            lines.add(RecordJson.line(record));
        }
        Path recordsFile = dir.resolve("records.jsonl");
        Files.write(recordsFile, lines, StandardCharsets.UTF_8);

        CorpusScore java = new Scorer().score(sample.corpus(), records);
        JsonNode python = runScorePy(sample.corpus(), recordsFile, dir.resolve("out.json"));

        assertThat(java.records()).isEqualTo(python.get("records").asInt());
        if (python.has("shingle")) {
            assertThat(java.shingle().f1()).isCloseTo(python.at("/shingle/f1").asDouble(), within(0.0005));
            assertThat(java.shingle().precision()).isCloseTo(python.at("/shingle/precision").asDouble(), within(0.0005));
        }
        if (python.has("snippet")) {
            assertThat(java.snippet().f1()).isCloseTo(python.at("/snippet/f1").asDouble(), within(0.0005));
        }
        for (String field : List.of("date", "title", "author")) {
            if (python.has(field)) {
                CorpusScore.Accuracy accuracy = switch (field) {
                    case "date" -> java.date();
                    case "title" -> java.title();
                    default -> java.author();
                };
                assertThat(accuracy.accuracy()).as(field)
                        .isCloseTo(python.at("/" + field + "/accuracy").asDouble(), within(0.0005));
            }
        }
    }

    private JsonNode runScorePy(Path corpus, Path records, Path out) throws Exception {
        Process process = new ProcessBuilder("python3", SCORE_PY.toString(), corpus.toString(), records.toString(), "--json")
                .redirectOutput(out.toFile())
                .redirectErrorStream(false)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return mapper.readTree(out.toFile());
    }
}
