package dev.winnow.deliver.webhook;

import dev.winnow.deliver.DeliveryOptions;
import dev.winnow.deliver.Destination;
import dev.winnow.deliver.Outbound;
import dev.winnow.deliver.Rejection;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SinkUnavailableException;
import dev.winnow.deliver.SinkUri;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records POSTed one by one as JSON to a URL. A 2xx answer means delivered; 429, 5xx, a timeout or a refused
 * connection mean "not now" (tried again after a back-off, honouring Retry-After); any other 4xx means the
 * receiver refused that record, which goes to the error file with the answer. A deleted record is posted too,
 * with {@code "deleted": true}: the receiver removes it. Headers {@code X-Winnow-Id} and
 * {@code X-Winnow-Deleted} let a receiver route without parsing the body; receivers upsert by id, so a record
 * posted twice after a retry changes nothing.
 *
 * <p>Auth: {@code authEnv=NAME} sends the value of that environment variable (or secrets-file entry) as the
 * {@code Authorization} header, or as the header named by {@code authHeader=}.
 */
public final class WebhookDestination implements Destination {

    private static final int MAX_ANSWER_CHARS = 500;

    private final URI target;
    private final HttpClient client;
    private final Duration timeout;
    private final String authHeader;
    private final String authValue;

    private WebhookDestination(URI target, HttpClient client, Duration timeout, String authHeader, String authValue) {
        this.target = target;
        this.client = client;
        this.timeout = timeout;
        this.authHeader = authHeader;
        this.authValue = authValue;
    }

    public static WebhookDestination of(SinkUri uri, DeliveryOptions options, Secrets secrets) {
        String authValue = null;
        String variable = uri.option("authEnv", null);
        if (variable != null) {
            authValue = secrets.get(variable).orElseThrow(() -> new IllegalArgumentException(
                    "webhook " + uri.display() + ": authEnv names " + variable + ", which is not set"));
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new WebhookDestination(URI.create(uri.address()), client, options.timeout(),
                uri.option("authHeader", "Authorization"), authValue);
    }

    @Override
    public List<Rejection> send(List<Outbound> batch) throws SinkUnavailableException {
        List<Rejection> rejected = new ArrayList<>();
        for (Outbound record : batch) {
            HttpResponse<String> answer = post(record);
            int status = answer.statusCode();
            if (status >= 200 && status < 300) {
                continue;
            }
            if (status == 429 || status >= 500 || status == 408) {
                throw new SinkUnavailableException("webhook answered HTTP " + status + ": " + excerpt(answer.body()),
                        retryAfter(answer), null);
            }
            rejected.add(new Rejection(record, "webhook answered HTTP " + status + ": " + excerpt(answer.body())));
        }
        return rejected;
    }

    private HttpResponse<String> post(Outbound record) throws SinkUnavailableException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Winnow-Id", record.id())
                .header("X-Winnow-Deleted", Boolean.toString(record.deleted()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(record.json()));
        if (authValue != null) {
            request.header(authHeader, authValue);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SinkUnavailableException("webhook unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkUnavailableException("interrupted", e);
        }
    }

    /** Retry-After as seconds or as an HTTP date. */
    private static Duration retryAfter(HttpResponse<String> answer) {
        String value = answer.headers().firstValue("Retry-After").orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() > MAX_ANSWER_CHARS ? text.substring(0, MAX_ANSWER_CHARS) + "…" : text;
    }

    @Override
    public void close() {
        // HttpClient has no close before Java 21; its connections end with the process.
    }
}
