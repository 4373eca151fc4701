package dev.winnow.eval;

import dev.winnow.camel.FailedPageHandler;
import dev.winnow.camel.WinnowRuntime;
import dev.winnow.pipeline.Settings;
import dev.winnow.record.ArticleRecord;
import dev.winnow.sink.ErrorSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Conversion routes running in this process whose records stay in memory, for {@code winnow eval} and
 * {@code winnow bench}: they measure the records, so nothing is written but a temporary error file, removed when
 * the run closes.
 */
public final class InMemoryRun implements AutoCloseable {

    private final Path errorsFile;
    private final ErrorSink errors;
    private final CollectingSink records = new CollectingSink();
    private final WinnowRuntime runtime;

    /** @param routeFiles the route files the run needs, besides the error routes */
    public InMemoryRun(Settings settings, Path routesFolder, List<String> routeFiles) throws IOException {
        errorsFile = Files.createTempFile("winnow-in-memory-errors", ".jsonl");
        errors = new ErrorSink(errorsFile);
        List<String> files = new ArrayList<>(List.of("errors.camel.yaml"));
        files.addAll(routeFiles);
        runtime = WinnowRuntime.start(settings, routesFolder, files,
                Map.of("recordSink", records, "failedPageHandler", new FailedPageHandler(errors)));
    }

    public WinnowRuntime runtime() {
        return runtime;
    }

    /** The records made since the last call. */
    public List<ArticleRecord> drain() {
        return records.drain();
    }

    @Override
    public void close() {
        try (errors) {
            runtime.close();
        } finally {
            try {
                Files.deleteIfExists(errorsFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + errorsFile, e);
            }
        }
    }
}
