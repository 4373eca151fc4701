package dev.winnow.deliver;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.record.RecordJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One record on its way to a sink, as read back from a spool line. Sinks read the record as JSON rather than
 * as {@code ArticleRecord}, so a spool written by an older or newer Winnow still delivers, and fields added to
 * the record reach every sink without a change here.
 *
 * <p>Only the id and the deletion flag are read up front, by streaming over the line: a record is some 20 kB,
 * most of it text, markdown and html, which a sink that passes the line on as it is (Kafka, a webhook) never
 * needs decoded. A sink that needs fields asks for them by name ({@link #fields(Set)}).
 */
public final class Outbound {

    private final String id;
    private final boolean deleted;
    private final byte[] json;

    private Outbound(String id, boolean deleted, byte[] json) {
        this.id = id;
        this.deleted = deleted;
        this.json = json;
    }

    /** @throws IllegalArgumentException for a line that is no JSON object or has no id */
    public static Outbound parse(byte[] json) {
        String id = null;
        boolean deleted = false;
        try (JsonParser parser = RecordJson.mapper().getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a record must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("id") && value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                    continue;
                }
                if (name.equals("deleted")) {
                    deleted = value == JsonToken.VALUE_TRUE;
                }
                // Strings are skipped without being decoded; the parser still checks the whole line is JSON.
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON record: " + e.getMessage(), e);
        }
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a record without an id");
        }
        return new Outbound(id, deleted, json);
    }

    public static Outbound parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The record id: the key every sink upserts by. */
    public String id() {
        return id;
    }

    /** The page is gone: the sink removes the record instead of writing it. */
    public boolean deleted() {
        return deleted;
    }

    /** The record exactly as spooled, UTF-8. */
    public byte[] json() {
        return json;
    }

    /** The whole record. */
    public ObjectNode fields() {
        try {
            return (ObjectNode) RecordJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("record " + id + " was readable a moment ago", e);
        }
    }

    /** Only the named top-level fields of the record; the others are skipped unread. */
    public ObjectNode fields(Set<String> names) {
        ObjectNode picked = RecordJson.mapper().createObjectNode();
        try (JsonParser parser = RecordJson.mapper().getFactory().createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (names.contains(name)) {
                    picked.set(name, parser.readValueAsTree());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("record " + id + " was readable a moment ago", e);
        }
        return picked;
    }

    /** A text field of {@code fields}, or null when absent or JSON null. */
    public static String text(ObjectNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
