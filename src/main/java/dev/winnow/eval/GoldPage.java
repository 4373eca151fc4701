package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a corpus's {@code gold.jsonl}: its id, and whichever of the gold fields the corpus has (a full
 * text, snippets that must or must not appear, date, title, author). Absent fields are null.
 */
public record GoldPage(String id, String url, String text, List<String> with, List<String> without, String date,
                       String title, String author) {

    static GoldPage of(JsonNode node) {
        return new GoldPage(string(node, "id"), string(node, "url"), string(node, "text"), strings(node, "with"),
                strings(node, "without"), string(node, "date"), string(node, "title"), string(node, "author"));
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(", ", items);
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asText()));
        return items;
    }
}
