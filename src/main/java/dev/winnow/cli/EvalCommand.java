package dev.winnow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.camel.PageLabel;
import dev.winnow.camel.WinnowRuntime;
import dev.winnow.pipeline.Settings;
import dev.winnow.eval.CorpusScore;
import dev.winnow.eval.InMemoryRun;
import dev.winnow.eval.PageScore;
import dev.winnow.eval.Scorer;
import dev.winnow.files.SavedPageSource;
import dev.winnow.record.ArticleRecord;
import dev.winnow.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** {@code winnow eval}: converts each corpus's pages through the real route and scores them against its gold. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {
                "Converts each corpus's html/ folder and scores the records against its gold.jsonl with the metrics"
                        + " of shared/tools/score.py: one line per corpus, then its ten worst pages with a hint.",
                "Exit code: 0 when scored, 2 for a usage error."})
final class EvalCommand implements Callable<Integer> {

    private static final int WORST_SHOWN = 10;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Corpus folders, each with html/ and gold.jsonl.")
    List<Path> corpora;

    @Option(names = "--per-page", paramLabel = "FILE", description = "Write one JSON line of scores per page here.")
    Path perPage;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Pages converted at once (default: the number of processors).")
    int threads;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws Exception {
        Scorer scorer = new Scorer();
        List<ObjectNode> rows = new ArrayList<>();
        try (InMemoryRun run = new InMemoryRun(extraction.applyTo(Settings.load()), WinnowHome.routes(),
                List.of("pipeline.camel.yaml", "convert.camel.yaml"))) {
            for (Path corpus : corpora) {
                convert(run.runtime(), new SavedPageSource().list(List.of(corpus.resolve("html").toString())));
                List<JsonNode> records = new ArrayList<>();
                for (ArticleRecord record : run.drain()) {
                    records.add(RecordJson.mapper().valueToTree(record));
                }
                CorpusScore score = scorer.score(corpus, records);
                System.out.println(score.summary());
                printWorst(score);
                for (PageScore row : score.perPage()) {
                    ObjectNode node = RecordJson.mapper().createObjectNode().put("corpus", score.corpus());
                    node.setAll((ObjectNode) RecordJson.mapper().valueToTree(row));
                    rows.add(node);
                }
            }
        }
        if (perPage != null) {
            try (BufferedWriter out = Files.newBufferedWriter(perPage, StandardCharsets.UTF_8)) {
                for (ObjectNode row : rows) {
                    out.write(RecordJson.line(row));
                    out.newLine();
                }
            }
        }
        return 0;
    }

    private void convert(WinnowRuntime runtime, List<String> pages) throws InterruptedException {
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (String page : pages) {
            pool.execute(() -> runtime.send("direct:convert", page, Map.of(PageLabel.FILE, page)));
        }
        pool.shutdown();
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }

    private static void printWorst(CorpusScore score) {
        score.perPage().stream()
                .sorted(Comparator.comparingDouble(PageScore::quality))
                .limit(WORST_SHOWN)
                .filter(p -> p.quality() < 1.0)
                .forEach(p -> System.out.printf(Locale.ROOT, "  %-24s %.3f  %s (%d chars)%n", p.id(), p.quality(),
                        p.hint(), p.chars()));
    }
}
