package dev.winnow.deliver.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.winnow.record.RecordJson;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1 that keeps the current record per id (a deleted record removes it), and that a
 * test scripts: the next answers can be 429 with Retry-After, 500, or a hang past the client's timeout; some ids
 * are refused with 422; it can stop by itself after a number of posts and come back on the same port.
 */
public final class WebhookServer implements AutoCloseable {

    /** One scripted answer, used up by the next post. */
    public enum Answer { TOO_MANY_REQUESTS, SERVER_ERROR, HANG }

    public final Map<String, JsonNode> stored = new ConcurrentHashMap<>();
    public final AtomicInteger posts = new AtomicInteger();
    public final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    public final Set<String> refusedIds = ConcurrentHashMap.newKeySet();
    public volatile String lastAuthorization;
    private volatile long delayMillis;
    private volatile int stopAfterPosts = Integer.MAX_VALUE;
    private volatile long restartAfterMillis;
    private final int port;
    private HttpServer server;

    public WebhookServer() throws IOException {
        this(0);
    }

    private WebhookServer(int port) throws IOException {
        server = start(port);
        this.port = server.getAddress().getPort();
    }

    private HttpServer start(int onPort) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        http.createContext("/hook", this::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "webhook-test-server");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return http;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    /** Every post takes this long: a slow receiver. */
    public void slow(long millis) {
        delayMillis = millis;
    }

    /** After this many more posts the server stops, and comes back on the same port after {@code millis}. */
    public void stopAfter(int morePosts, long millis) {
        restartAfterMillis = millis;
        stopAfterPosts = posts.get() + morePosts;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int count = posts.incrementAndGet();
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            Answer scripted = script.poll();
            if (scripted == Answer.HANG) {
                Thread.sleep(3_000);
                answer(exchange, 200, "late");
                return;
            }
            if (scripted == Answer.TOO_MANY_REQUESTS) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, 429, "slow down");
                return;
            }
            if (scripted == Answer.SERVER_ERROR) {
                answer(exchange, 500, "oops");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        JsonNode record = RecordJson.mapper().readTree(new String(body, StandardCharsets.UTF_8));
        String id = record.path("id").asText();
        if (refusedIds.contains(id)) {
            answer(exchange, 422, "{\"error\":\"record " + id + " refused\",\"auth\":\"" + lastAuthorization + "\"}");
            return;
        }
        if (record.path("deleted").asBoolean(false)) {
            stored.remove(id);
        } else {
            stored.put(id, record);
        }
        answer(exchange, 200, "{}");
        if (count == stopAfterPosts) {
            stopAndRestart();
        }
    }

    /** Stops answering: connections are refused. */
    public void stop() {
        server.stop(0);
    }

    /** Answers again, on the same port. */
    public void restart() throws IOException {
        server = start(port);
    }

    private void stopAndRestart() {
        HttpServer old = server;
        Thread restart = new Thread(() -> {
            old.stop(0);
            try {
                Thread.sleep(restartAfterMillis);
                server = start(port);
            } catch (InterruptedException | IOException e) {
                throw new IllegalStateException(e);
            }
        }, "webhook-restart");
        restart.setDaemon(true);
        restart.start();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
