package dev.winnow.crawl;

import dev.winnow.pipeline.RuleList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The seeds of a crawl as a user gives them: URLs (of pages, sitemaps or feeds) and seed files of one URL a
 * line ({@code #} comments allowed), normalized like every URL the crawler queues.
 */
public final class Seeds {

    private Seeds() {
    }

    public static List<String> read(List<String> arguments) {
        UrlNormalizer normalizer = new UrlNormalizer(RuleList.load("tracking-parameters.txt"));
        Set<String> seeds = new LinkedHashSet<>();
        for (String argument : arguments) {
            for (String candidate : expand(argument)) {
                seeds.add(normalizer.normalize(candidate).orElseThrow(() ->
                        new IllegalArgumentException("not an http(s) URL or a seed file: " + candidate)));
            }
        }
        return List.copyOf(seeds);
    }

    private static List<String> expand(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || !Files.isRegularFile(Path.of(argument))) {
            return List.of(argument);
        }
        try {
            List<String> urls = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(argument), StandardCharsets.UTF_8)) {
                String url = line.strip();
                if (!url.isEmpty() && !url.startsWith("#")) {
                    urls.add(url);
                }
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed file " + argument, e);
        }
    }
}
