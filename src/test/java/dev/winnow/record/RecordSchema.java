package dev.winnow.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record schema as shipped ({@code schema/record.schema.json} on the classpath), for tests that check the
 * records they produce against it.
 */
public final class RecordSchema {

    private static final JsonSchema SCHEMA = load();

    private RecordSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = RecordSchema.class.getResourceAsStream("/schema/record.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema/record.schema.json is missing from the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with a record, one message per violation; empty when it follows the schema. */
    public static List<String> violations(JsonNode record) {
        Set<ValidationMessage> messages = SCHEMA.validate(record);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public static List<String> violations(ArticleRecord record) {
        return violations(RecordJson.mapper().valueToTree(record));
    }

    /** Fails the test, naming each violation and the page, unless the record follows the schema. */
    public static void assertValid(JsonNode record) {
        assertThat(violations(record))
                .as("schema violations of the record of %s", record.path("file").asText(record.path("url").asText()))
                .isEmpty();
    }
}
