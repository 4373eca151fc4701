package dev.winnow.deliver.solr;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.deliver.DeliveryOptions;
import dev.winnow.deliver.Destination;
import dev.winnow.deliver.Outbound;
import dev.winnow.deliver.RecordDates;
import dev.winnow.deliver.Rejection;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SinkUnavailableException;
import dev.winnow.deliver.SinkUri;
import dev.winnow.record.RecordJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records to a Solr core, one document per record id, through Solr's JSON update API: a batch is one request of
 * adds and deletes in order, made visible within {@code commitWithin} (Solr batches the commits). A deleted
 * record is a delete by id. When Solr refuses a batch (HTTP 400: a value it cannot index), the batch is split in
 * halves until the refused documents are alone, so only they go to the error file.
 *
 * <p>Fields follow {@code solr/winnow/conf/managed-schema.xml}: dates as instants, the text in the field of the
 * record's language ({@link SolrLanguages}), breadcrumbs, tags and authors multi-valued.
 */
public final class SolrDestination implements Destination {

    private static final int MAX_ANSWER_CHARS = 500;
    private static final Map<String, String> TEXT_FIELDS = Map.of("url", "url", "title", "title", "source", "source",
            "author", "author", "editor", "editor", "siteName", "site_name", "language", "language",
            "description", "description", "image", "image", "contentHash", "content_hash");

    /** What a document is made of: the record's markdown and html stay unread. */
    private static final Set<String> READ = readFields();

    private final URI update;
    private final HttpClient client;
    private final Duration timeout;
    private final String authHeader;
    private final String authValue;
    private final SolrLanguages languages;

    private SolrDestination(URI update, HttpClient client, Duration timeout, String authHeader, String authValue,
                            SolrLanguages languages) {
        this.update = update;
        this.client = client;
        this.timeout = timeout;
        this.authHeader = authHeader;
        this.authValue = authValue;
        this.languages = languages;
    }

    public static SolrDestination of(SinkUri uri, DeliveryOptions options, Secrets secrets, Duration commitWithin) {
        String core = uri.address().replaceAll("/+$", "");
        String within = uri.option("commitWithin", null);
        long millis = within == null ? commitWithin.toMillis() : DeliveryOptions.duration(within).toMillis();
        String authValue = null;
        String variable = uri.option("authEnv", null);
        if (variable != null) {
            authValue = secrets.get(variable).orElseThrow(() -> new IllegalArgumentException(
                    "solr sink " + uri.display() + ": authEnv names " + variable + ", which is not set"));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(options.timeout()).build();
        return new SolrDestination(URI.create(core + "/update?wt=json&commitWithin=" + millis), client,
                options.timeout(), uri.option("authHeader", "Authorization"), authValue, SolrLanguages.load());
    }

    @Override
    public Set<String> fields() {
        return READ;
    }

    @Override
    public List<Rejection> send(List<Outbound> batch) throws SinkUnavailableException {
        List<Rejection> rejected = new ArrayList<>();
        sendSplitting(batch, rejected);
        return rejected;
    }

    private void sendSplitting(List<Outbound> batch, List<Rejection> rejected) throws SinkUnavailableException {
        HttpResponse<String> answer = post(batch);
        int status = answer.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        if (status != 400) {
            throw new SinkUnavailableException("solr answered HTTP " + status + ": " + reason(answer.body()), null);
        }
        if (batch.size() == 1) {
            rejected.add(new Rejection(batch.get(0), "solr answered HTTP 400: " + reason(answer.body())));
            return;
        }
        int half = batch.size() / 2;
        sendSplitting(batch.subList(0, half), rejected);
        sendSplitting(batch.subList(half, batch.size()), rejected);
    }

    private HttpResponse<String> post(List<Outbound> batch) throws SinkUnavailableException {
        HttpRequest.Builder request = HttpRequest.newBuilder(update)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(commands(batch)));
        if (authValue != null) {
            request.header(authHeader, authValue);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SinkUnavailableException("solr unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkUnavailableException("interrupted", e);
        }
    }

    /** One JSON object of {@code add} and {@code delete} commands, in the batch's order (Solr allows repeated keys). */
    private byte[] commands(List<Outbound> batch) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.size() * 4096);
        try (JsonGenerator json = RecordJson.mapper().getFactory().createGenerator(bytes)) {
            json.writeStartObject();
            for (Outbound record : batch) {
                if (record.deleted()) {
                    json.writeObjectFieldStart("delete");
                    json.writeStringField("id", record.id());
                    json.writeEndObject();
                } else {
                    json.writeObjectFieldStart("add");
                    json.writeFieldName("doc");
                    document(json, record);
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a Solr update", e);
        }
        return bytes.toByteArray();
    }

    private static Set<String> readFields() {
        Set<String> names = new HashSet<>(TEXT_FIELDS.keySet());
        names.addAll(List.of("published", "modified", "extractedAt", "authors", "breadcrumbs", "tags", "wordCount",
                "text"));
        return Set.copyOf(names);
    }

    private void document(JsonGenerator json, Outbound record) throws IOException {
        ObjectNode fields = record.fields();
        json.writeStartObject();
        json.writeStringField("id", record.id());
        for (Map.Entry<String, String> field : TEXT_FIELDS.entrySet()) {
            String value = Outbound.text(fields, field.getKey());
            if (value != null) {
                json.writeStringField(field.getValue(), value);
            }
        }
        date(json, "published", Outbound.text(fields, "published"));
        date(json, "modified", Outbound.text(fields, "modified"));
        date(json, "extracted_at", Outbound.text(fields, "extractedAt"));
        list(json, "authors", fields.get("authors"));
        list(json, "breadcrumbs", fields.get("breadcrumbs"));
        list(json, "tags", fields.get("tags"));
        JsonNode words = fields.get("wordCount");
        if (words != null && !words.isNull()) {
            json.writeFieldName("word_count");
            json.writeTree(words);
        }
        String text = Outbound.text(fields, "text");
        if (text != null) {
            json.writeStringField(languages.textField(Outbound.text(fields, "language")), text);
        }
        json.writeEndObject();
    }

    /** A date Winnow can read goes as an instant; one it cannot goes as written, for Solr to judge. */
    private static void date(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            return;
        }
        json.writeStringField(field, RecordDates.parse(value)
                .map(d -> DateTimeFormatter.ISO_INSTANT.format(d.toInstant()))
                .orElse(value));
    }

    private static void list(JsonGenerator json, String field, JsonNode values) throws IOException {
        if (values != null && values.isArray() && !values.isEmpty()) {
            json.writeFieldName(field);
            json.writeTree(values);
        }
    }

    /** Solr's error message from its JSON answer, else the start of the answer. */
    private static String reason(String body) {
        try {
            JsonNode message = RecordJson.mapper().readTree(body).path("error").path("msg");
            if (message.isTextual()) {
                return message.asText();
            }
        } catch (IOException notJson) {
            // Fall through to the raw answer.
        }
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() > MAX_ANSWER_CHARS ? text.substring(0, MAX_ANSWER_CHARS) + "…" : text;
    }

    @Override
    public void close() {
        // HttpClient has no close before Java 21; its connections end with the process.
    }
}
