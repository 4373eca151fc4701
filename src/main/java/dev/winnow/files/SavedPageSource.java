package dev.winnow.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The saved pages a conversion reads: files named on the command line, and every page file below folders
 * named there ({@code .html}, {@code .htm}, {@code .xhtml}, each optionally gzipped), in a stable order.
 * {@code -} stands for one page on standard input.
 */
public final class SavedPageSource {

    public static final String STDIN = "-";
    private static final List<String> PAGE_ENDINGS = List.of(".html", ".htm", ".xhtml");
    /** The endings as the user is told them. */
    public static final String ENDINGS_TEXT = String.join(", ", PAGE_ENDINGS) + ", each optionally .gz";

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
                pagesBelow(path).stream().sorted().map(Path::toString).forEach(pages::add);
            } else if (Files.exists(path)) {
                pages.add(input);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
        }
        return pages;
    }

    /**
     * The page files below a folder. Links are followed, so a folder of linked pages or a linked folder (the
     * usual way to point at a corpus kept elsewhere) is read as it looks; a link back up the tree is passed over
     * instead of read forever.
     */
    private static List<Path> pagesBelow(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isPage(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return found;
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
