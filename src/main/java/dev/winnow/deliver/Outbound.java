package dev.winnow.deliver;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.record.RecordJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * One record on its way to a sink, as read back from a spool line. Sinks read the record as JSON rather than
 * as {@code ArticleRecord}, so a spool written by an older or newer Winnow still delivers, and fields added to
 * the record reach every sink without a change here.
 *
 * <p>The line is read once, by streaming over it, for the id, the deletion flag and the fields the sink asked
 * for ({@link Destination#fields}); the rest is skipped undecoded. A record is some 20 kB, most of it text,
 * markdown and html, which a sink that passes the line on as it is (Kafka, a webhook) never needs decoded.
 */
public final class Outbound {

    private final String id;
    private final boolean deleted;
    private final ObjectNode fields;
    private final byte[] json;

    private Outbound(String id, boolean deleted, ObjectNode fields, byte[] json) {
        this.id = id;
        this.deleted = deleted;
        this.fields = fields;
        this.json = json;
    }

    /**
     * @param read the top-level fields to keep in {@link #fields()}
     * @throws IllegalArgumentException for a line that is no JSON object or has no id
     */
    public static Outbound parse(byte[] json, Set<String> read) {
        String id = null;
        boolean deleted = false;
        ObjectNode fields = RecordJson.mapper().createObjectNode();
        try (JsonParser parser = RecordJson.mapper().getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a record must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("id") && value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else if (name.equals("deleted")) {
                    deleted = value == JsonToken.VALUE_TRUE;
                }
                if (read.contains(name)) {
                    fields.set(name, parser.readValueAsTree());
                } else {
                    // Strings are skipped without being decoded; the parser still checks the whole line is JSON.
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON record: " + e.getMessage(), e);
        }
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a record without an id");
        }
        return new Outbound(id, deleted, fields, json);
    }

    /** The record id: the key every sink upserts by. */
    public String id() {
        return id;
    }

    /** The page is gone: the sink removes the record instead of writing it. */
    public boolean deleted() {
        return deleted;
    }

    /** The fields named when the line was read (those of them the record has). */
    public ObjectNode fields() {
        return fields;
    }

    /** The record exactly as spooled, UTF-8. */
    public byte[] json() {
        return json;
    }

    /** The whole record, read again from {@link #json()}. */
    public ObjectNode record() {
        try {
            return (ObjectNode) RecordJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("record " + id + " was readable a moment ago", e);
        }
    }

    /** A text field of {@code fields}, or null when absent or JSON null. */
    public static String text(ObjectNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
