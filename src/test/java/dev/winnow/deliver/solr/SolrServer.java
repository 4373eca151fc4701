package dev.winnow.deliver.solr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.deliver.TcpProxy;
import dev.winnow.record.RecordJson;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Solr (standalone, on Jetty) started in-process on 127.0.0.1 for the Solr sink's tests, with one core made
 * from Winnow's configset ({@code solr/winnow/conf}), reached through a {@link TcpProxy} a test can cut.
 */
final class SolrServer implements AutoCloseable {

    static final String CORE = "articles";

    private final JettySolrRunner jetty;
    private final TcpProxy proxy;
    private final HttpClient client = HttpClient.newHttpClient();

    private SolrServer(JettySolrRunner jetty, TcpProxy proxy) {
        this.jetty = jetty;
        this.proxy = proxy;
    }

    static SolrServer start(Path home) throws Exception {
        Files.writeString(home.resolve("solr.xml"), "<solr></solr>\n");
        Path core = home.resolve(CORE);
        Files.createDirectories(core.resolve("conf"));
        Files.writeString(core.resolve("core.properties"), "name=" + CORE + "\n");
        for (String file : List.of("solrconfig.xml", "managed-schema.xml")) {
            try (InputStream in = SolrServer.class.getResourceAsStream("/solr/winnow/conf/" + file)) {
                Files.copy(in, core.resolve("conf").resolve(file));
            }
        }
        JettySolrRunner jetty = new JettySolrRunner(home.toString(), JettyConfig.builder().setPort(0).build());
        jetty.start();
        return new SolrServer(jetty, new TcpProxy(jetty.getLocalPort()));
    }

    /** The core's URL through the proxy. */
    String coreUrl() {
        return "http://127.0.0.1:" + proxy.port() + "/solr/" + CORE;
    }

    TcpProxy proxy() {
        return proxy;
    }

    /** Stops Solr itself (Jetty and the core), and starts it again on the same port after {@code millis}. */
    void restartIn(long millis) throws Exception {
        jetty.stop();
        Thread restart = new Thread(() -> {
            try {
                Thread.sleep(millis);
                jetty.start(true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "solr-restart");
        restart.setDaemon(true);
        restart.start();
    }

    /** The documents matching a query, after a commit (straight to Solr, not through the proxy). */
    JsonNode select(String query) throws IOException, InterruptedException {
        String core = "http://127.0.0.1:" + jetty.getLocalPort() + "/solr/" + CORE;
        get(core + "/update?commit=true");
        return get(core + "/select?rows=1000&wt=json&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .path("response");
    }

    /** Removes every document, between tests. */
    void clear() throws IOException, InterruptedException {
        String core = "http://127.0.0.1:" + jetty.getLocalPort() + "/solr/" + CORE;
        HttpRequest request = HttpRequest.newBuilder(URI.create(core + "/update?commit=true"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"delete\":{\"query\":\"*:*\"}}")).build();
        client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return RecordJson.mapper().readTree(answer.body());
    }

    @Override
    public void close() throws Exception {
        proxy.close();
        jetty.stop();
    }
}
