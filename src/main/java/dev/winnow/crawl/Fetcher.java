package dev.winnow.crawl;

import org.brotli.dec.BrotliInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Fetches one URL with the JDK client: our user agent on every request, a deadline for the whole response,
 * a streamed body cut off at the size limit, gzip and deflate decoded, and retries with back-off on 429, 5xx
 * and connection failures (never on other 4xx). Redirects are not followed here: the crawler queues the
 * target like any URL, so robots, scope and politeness apply to it too.
 */
public final class Fetcher {

    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final long maxBytes;
    private final Backoff backoff;
    private final Clock clock;

    public Fetcher(HttpClient client, String userAgent, Duration timeout, long maxBytes, Backoff backoff, Clock clock) {
        this.client = client;
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.backoff = backoff;
        this.clock = clock;
    }

    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    /**
     * @param headers     extra request headers (the conditional ones of a recrawl)
     * @param wantsBody   whether a 200 with this Content-Type (null when none) is worth reading
     * @param hostDelayMs the host's politeness delay: a retry never comes sooner than that
     */
    public FetchResponse get(String url, Map<String, String> headers, Predicate<String> wantsBody, long hostDelayMs) {
        for (int attempt = 1; ; attempt++) {
            String failure;
            Long retryAfter = null;
            int status = 0;
            CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request(url, headers),
                    info -> new LimitedBody(maxBytes, info.statusCode() == 200
                            && wantsBody.test(info.headers().firstValue("Content-Type").orElse(null))));
            try {
                HttpResponse<byte[]> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                status = response.statusCode();
                if (status != 429 && status < 500) {
                    return toResponse(url, response);
                }
                failure = "HTTP " + status;
                retryAfter = response.headers().firstValue("Retry-After").map(this::retryAfterMillis).orElse(null);
            } catch (TimeoutException e) {
                pending.cancel(true);
                failure = "no complete response within " + timeout.toMillis() + " ms";
            } catch (ExecutionException e) {
                if (e.getCause() instanceof LimitedBody.TooLarge tooLarge) {
                    throw new FetchException(url, 200, tooLarge.getMessage());
                }
                // The request's own timeout (no headers in time) and the deadline for the whole body say the same.
                failure = e.getCause() instanceof HttpConnectTimeoutException ? "no connection in time"
                        : e.getCause() instanceof HttpTimeoutException
                        ? "no complete response within " + timeout.toMillis() + " ms"
                        : describe(e.getCause());
            } catch (InterruptedException e) {
                pending.cancel(true);
                Thread.currentThread().interrupt();
                throw new FetchException(url, 0, "interrupted");
            }
            long wait = backoff.waitBefore(attempt, retryAfter);
            if (wait < 0) {
                throw new FetchException(url, status, failure + (attempt > 1 ? " (" + attempt + " attempts)" : ""));
            }
            pause(url, Math.max(wait, hostDelayMs));
        }
    }

    private HttpRequest request(String url, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Encoding", "gzip, deflate, br");
        headers.forEach(builder::header);
        return builder.GET().build();
    }

    private FetchResponse toResponse(String url, HttpResponse<byte[]> response) {
        var headers = response.headers();
        byte[] body = response.body() == null ? null
                : decode(url, headers.firstValue("Content-Encoding").orElse("identity"), response.body());
        return new FetchResponse(url, response.statusCode(),
                headers.firstValue("Content-Type").orElse(null),
                headers.firstValue("Location").orElse(null),
                headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null),
                headers.firstValue("X-Robots-Tag").orElse(null),
                body, clock.instant());
    }

    private byte[] decode(String url, String encoding, byte[] raw) {
        String name = encoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (name) {
                case "", "identity" -> raw;
                case "gzip", "x-gzip" -> limited(url, new GZIPInputStream(new ByteArrayInputStream(raw)));
                case "deflate" -> inflate(url, raw);
                case "br" -> limited(url, new BrotliInputStream(new ByteArrayInputStream(raw)));
                default -> throw new FetchException(url, 200, "unsupported Content-Encoding " + encoding);
            };
        } catch (IOException e) {
            throw new FetchException(url, 200, "cannot decode the " + name + " body: " + e.getMessage());
        }
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send the raw stream. */
    private byte[] inflate(String url, byte[] raw) throws IOException {
        try {
            return limited(url, new InflaterInputStream(new ByteArrayInputStream(raw)));
        } catch (ZipException e) {
            return limited(url, new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)));
        }
    }

    private byte[] limited(String url, InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new FetchException(url, 200, "the decoded body is larger than the limit of " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    private Long retryAfterMillis(String value) {
        String text = value.strip();
        try {
            return Long.parseLong(text) * 1000;
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(clock.instant(), at.toInstant()).toMillis());
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void pause(String url, long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, 0, "interrupted");
        }
    }
}
