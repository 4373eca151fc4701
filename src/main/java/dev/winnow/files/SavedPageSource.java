package dev.winnow.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The saved pages a conversion reads: files named on the command line, and every page file below folders
 * named there ({@code .html}, {@code .htm}, {@code .xhtml}, each optionally gzipped), in a stable order.
 * {@code -} stands for one page on standard input.
 */
public final class SavedPageSource {

    public static final String STDIN = "-";
    private static final List<String> PAGE_ENDINGS = List.of(".html", ".htm", ".xhtml");

    /** All inputs, expanded; a path that does not exist is an error the user must see before anything runs. */
    public List<String> list(List<String> inputs) {
        List<String> pages = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals(STDIN)) {
                pages.add(STDIN);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(SavedPageSource::isPage).sorted()
                            .map(Path::toString).forEach(pages::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input, e);
                }
            } else if (Files.exists(path)) {
                pages.add(input);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
        }
        return pages;
    }

    static boolean isPage(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (String ending : PAGE_ENDINGS) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
