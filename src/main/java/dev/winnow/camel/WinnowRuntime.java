package dev.winnow.camel;

import dev.winnow.pipeline.Settings;
import dev.winnow.record.ArticleRecord;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Winnow's routes running in camel-main: the YAML files named by a command, loaded from {@code routes/} of
 * the installation, with the stage beans bound and the run's own beans (its sinks) added.
 */
public final class WinnowRuntime implements AutoCloseable {

    private final Main main;
    private final ProducerTemplate producer;

    private WinnowRuntime(Main main, ProducerTemplate producer) {
        this.main = main;
        this.producer = producer;
    }

    /**
     * @param routesFolder the folder of YAML routes
     * @param routeFiles   the route files this run needs, e.g. {@code convert.camel.yaml}
     * @param runBeans     beans that belong to this run, by the names the routes use
     */
    public static WinnowRuntime start(Settings settings, Path routesFolder, List<String> routeFiles,
                                      Map<String, Object> runBeans) {
        return start(settings, routesFolder, routeFiles, runBeans, Map.of());
    }

    /** @param camelProperties camel-main settings of this run, e.g. {@code camel.server.port} for its HTTP server */
    public static WinnowRuntime start(Settings settings, Path routesFolder, List<String> routeFiles,
                                      Map<String, Object> runBeans, Map<String, String> camelProperties) {
        Main main = new Main();
        main.configure().addConfiguration(new WinnowConfiguration(settings));
        String pattern = routeFiles.stream()
                .map(name -> "file:" + routesFolder.toAbsolutePath().normalize().resolve(name))
                .collect(Collectors.joining(","));
        main.addOverrideProperty("camel.main.routes-include-pattern", pattern);
        camelProperties.forEach(main::addOverrideProperty);
        runBeans.forEach(main::bind);
        try {
            main.start();
            return new WinnowRuntime(main, main.getCamelTemplate());
        } catch (Exception e) {
            main.stop();
            throw new IllegalStateException("cannot start Winnow's routes from " + routesFolder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sends one message into a route and waits until the route is done with it.
     *
     * @return the failure the route's own error handling did not take care of, if any
     */
    public Optional<Throwable> send(String endpoint, Object body, Map<String, Object> properties) {
        Exchange done = producer.send(endpoint, exchange -> {
            properties.forEach(exchange::setProperty);
            exchange.getMessage().setBody(body);
        });
        return Optional.ofNullable(done.getException());
    }

    /**
     * Sends a record through the deliver route (deliver.camel.yaml), which spools it for the run's sinks.
     *
     * @throws IllegalStateException when the record could not be spooled
     */
    public void deliver(ArticleRecord record) {
        send("direct:deliver", record, Map.of()).ifPresent(failure -> {
            throw new IllegalStateException("cannot spool record " + record.id() + " for delivery: "
                    + failure.getMessage(), failure);
        });
    }

    @Override
    public void close() {
        main.stop();
    }
}
