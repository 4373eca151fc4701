package dev.winnow.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code winnow crawl} in this JVM the way a user does, with test-sized settings (short timeouts, quick
 * back-off, no delay unless a test asks), and reads back what it wrote.
 */
final class CrawlRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run printed and the files it left. */
    record Result(int exitCode, String summary, List<JsonNode> records, List<JsonNode> errors) {

        List<String> recordUrls() {
            List<String> urls = new ArrayList<>();
            records.forEach(record -> urls.add(record.path("url").asText()));
            return urls;
        }

        List<String> errorMessages() {
            List<String> messages = new ArrayList<>();
            errors.forEach(error -> messages.add(error.path("url").asText() + " " + error.path("message").asText()));
            return messages;
        }
    }

    private final Path out;
    private final Map<String, String> settings = new LinkedHashMap<>(Map.of(
            "winnow.crawl.timeout", "2s",
            "winnow.crawl.connect-timeout", "2s",
            "winnow.crawl.retries", "1",
            "winnow.crawl.backoff", "50ms",
            "winnow.crawl.backoff-max", "200ms",
            "winnow.crawl.retry-after-max", "3s",
            "winnow.crawl.delay", "0ms"));

    CrawlRun(Path out) {
        this.out = out;
    }

    CrawlRun with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    Result crawl(String... arguments) {
        Map<String, String> before = new HashMap<>();
        settings.forEach((name, value) -> before.put(name, System.setProperty(name, value)));
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of("crawl", "--out", out.toString()));
            args.addAll(List.of(arguments));
            int exit = Main.run(args.toArray(String[]::new));
            return new Result(exit, printed.toString(StandardCharsets.UTF_8).strip(),
                    lines(out.resolve("records.jsonl")), lines(out.resolve("errors.jsonl")));
        } finally {
            System.setOut(stdout);
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    static List<JsonNode> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
