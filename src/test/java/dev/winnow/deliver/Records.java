package dev.winnow.deliver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.record.RecordJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Records as a run writes them, and the records file of a run's output folder, for the sink tests. */
public final class Records {

    private Records() {
    }

    public static ObjectNode article(String id, String title, String text) {
        ObjectNode record = RecordJson.mapper().createObjectNode();
        record.put("id", id);
        record.put("url", "https://news.example/" + id);
        record.putNull("file");
        record.put("article", true);
        record.put("title", title);
        record.put("published", "2024-03-05");
        record.put("modified", "2024-03-06T10:15:00+01:00");
        record.put("author", "Ana Lima");
        record.putArray("authors").add("Ana Lima");
        record.put("siteName", "Example News");
        record.put("language", "en");
        record.putArray("breadcrumbs").add("News").add("World");
        record.putArray("tags").add("rivers").add("climate");
        record.put("description", "About " + title);
        record.put("text", text);
        record.put("wordCount", text.split("\\s+").length);
        record.put("contentHash", Integer.toHexString(text.hashCode()));
        record.put("extractedAt", "2024-03-07T08:00:00Z");
        record.put("schemaVersion", 1);
        return record;
    }

    public static ObjectNode deletion(String id) {
        ObjectNode record = RecordJson.mapper().createObjectNode();
        record.put("id", id);
        record.put("url", "https://news.example/" + id);
        record.put("deleted", true);
        return record;
    }

    public static List<ObjectNode> articles(int count, String text) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> article(String.format("r%05d", i), "Title " + i, text + " " + i))
                .collect(Collectors.toList());
    }

    /** Writes the records as {@code records.jsonl} of {@code folder}, replacing an earlier one. */
    public static Path write(Path folder, List<ObjectNode> records) {
        Path file = folder.resolve("records.jsonl");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, records.stream().map(RecordJson::line).collect(Collectors.joining("\n", "", "\n")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
