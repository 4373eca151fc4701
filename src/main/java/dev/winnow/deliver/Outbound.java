package dev.winnow.deliver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.record.RecordJson;

/**
 * One record on its way to a sink, as read back from a spool line. Sinks read the record as JSON rather than
 * as {@code ArticleRecord}, so a spool written by an older or newer Winnow still delivers, and fields added to
 * the record reach every sink without a change here.
 *
 * @param id      the record id: the key every sink upserts by
 * @param deleted the page is gone: the sink removes the record instead of writing it
 * @param fields  the record
 * @param json    the record exactly as spooled
 */
public record Outbound(String id, boolean deleted, ObjectNode fields, String json) {

    /** @throws IllegalArgumentException for a line that is no JSON object or has no id */
    public static Outbound parse(String json) {
        JsonNode node;
        try {
            node = RecordJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON record: " + e.getOriginalMessage(), e);
        }
        if (!(node instanceof ObjectNode object) || !node.path("id").isTextual() || node.path("id").asText().isEmpty()) {
            throw new IllegalArgumentException("a record without an id");
        }
        return new Outbound(object.get("id").asText(), object.path("deleted").asBoolean(false), object, json);
    }

    /** A text field, or null when absent or JSON null. */
    public String text(String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
