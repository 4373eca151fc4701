package dev.winnow.crawl;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on 127.0.0.1 for crawl tests and benchmarks: one JDK HTTP server per host (its own port), serving
 * whatever paths a test sets up (pages with ETags, files, statuses, redirects, slow and gzipped responses) and
 * logging every request with its time and headers. Paths can be changed while it runs.
 */
public final class TestSite implements AutoCloseable {

    /** One request as the site saw it. */
    public record Request(String path, long atMillis, Map<String, List<String>> headers) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** What a path answers. */
    @FunctionalInterface
    public interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    static {
        // Without it the JDK server's header and body segments meet the client's delayed ACK: 40 ms a request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private TestSite(HttpServer server) {
        this.server = server;
    }

    public static TestSite start() {
        return start("127.0.0.1", 0);
    }

    /** The site most crawl tests need: a home page linking to two article pages, /a and /b. */
    public static TestSite startWithHomeAndTwoPages() {
        return start().page("/", article("Home", "/a", "/b"))
                .page("/a", article("Page A"))
                .page("/b", article("Page B"));
    }

    public static TestSite start(String address, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
            TestSite site = new TestSite(server);
            server.createContext("/", site::handle);
            server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "test-site");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:port}, the host part of every URL of this site. */
    public String origin() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    public String url(String path) {
        return origin() + path;
    }

    /** An HTML page with an ETag; a request whose If-None-Match matches gets 304. */
    public TestSite page(String path, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + sha(body) + "\"";
        answers.put(path, exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", etag);
                send(exchange, 304, null);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("ETag", etag);
            send(exchange, 200, body);
        });
        return this;
    }

    public TestSite file(String path, String contentType, byte[] body) {
        answers.put(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            send(exchange, 200, body);
        });
        return this;
    }

    public TestSite status(String path, int status, String... headerPairs) {
        answers.put(path, exchange -> {
            for (int i = 0; i + 1 < headerPairs.length; i += 2) {
                exchange.getResponseHeaders().set(headerPairs[i], headerPairs[i + 1]);
            }
            send(exchange, status, null);
        });
        return this;
    }

    public TestSite redirect(String path, String location) {
        return status(path, 301, "Location", location);
    }

    public TestSite answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    /** An HTML page sent gzip-encoded. */
    public TestSite gzipPage(String path, String html) {
        byte[] body = gzip(html.getBytes(StandardCharsets.UTF_8));
        answers.put(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, body);
        });
        return this;
    }

    /** A page sent as these bytes with this Content-Encoding (for encodings the JDK cannot produce, such as br). */
    public TestSite encodedPage(String path, String encoding, byte[] body) {
        answers.put(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
            send(exchange, 200, body);
        });
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        List<Request> matching = new ArrayList<>();
        for (Request request : requests) {
            if (request.path().equals(path)) {
                matching.add(request);
            }
        }
        return matching;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(path, System.currentTimeMillis(), copy(exchange.getRequestHeaders())));
        try (exchange) {
            Answer answer = answers.get(path);
            if (answer == null) {
                send(exchange, 404, "not here".getBytes(StandardCharsets.UTF_8));
            } else {
                answer.answer(exchange);
            }
        } catch (IOException e) {
            // The client gave up (a timeout or a cut-off body): nothing to answer.
        }
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (body == null || status == 304 || status == 204) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, List<String>> copy(Headers headers) {
        Map<String, List<String>> copy = new ConcurrentHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A plausible article page: a title, a few paragraphs of running text that name the page (so every page's
     * text differs), and the given links in a navigation list.
     */
    public static String article(String title, String... links) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><nav><ul>");
        for (String link : links) {
            html.append("<li><a href=\"").append(link).append("\">").append(link).append("</a></li>");
        }
        html.append("</ul></nav><article><h1>").append(title).append("</h1>");
        for (int i = 1; i <= 4; i++) {
            html.append("<p>This is paragraph ").append(i).append(" of the story called ").append(title)
                    .append(". It tells, in plain sentences that go on for a while, how the crawler visited the page,")
                    .append(" read its words, and kept only the article while the navigation around it was left")
                    .append(" out, which is what a reader of the record wants to see in the end.</p>");
        }
        return html.append("</article><footer>Copyright the test site</footer></body></html>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
