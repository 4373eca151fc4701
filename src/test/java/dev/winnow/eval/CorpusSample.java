package dev.winnow.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A fixed sample of a corpus's pages: every n-th page in the order of their file names. */
record CorpusSample(Path corpus, int every) {

    static final Path CORPORA = Path.of("../shared/corpus");

    static CorpusSample of(String name, int every) {
        return new CorpusSample(CORPORA.resolve(name), every);
    }

    List<Path> pages() {
        try (Stream<Path> files = Files.list(corpus.resolve("html"))) {
            List<Path> sorted = files.sorted().toList();
            return java.util.stream.IntStream.range(0, sorted.size()).filter(i -> i % every == 0)
                    .mapToObj(sorted::get).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return corpus.getFileName().toString();
    }
}
