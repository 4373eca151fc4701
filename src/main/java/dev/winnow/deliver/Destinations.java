package dev.winnow.deliver;

import dev.winnow.deliver.jdbc.JdbcDestination;
import dev.winnow.deliver.kafka.KafkaDestination;
import dev.winnow.deliver.solr.SolrDestination;
import dev.winnow.deliver.webhook.WebhookDestination;
import dev.winnow.pipeline.Settings;

import java.util.ArrayList;
import java.util.List;

/** The destination a sink URI names. */
final class Destinations {

    private Destinations() {
    }

    /** The destination, with {@code parallel=} connections (by default three for PostgreSQL and Solr, else one). */
    static Destination open(SinkUri uri, DeliveryOptions options, Secrets secrets, Settings settings) {
        int parallel = Integer.parseInt(uri.option("parallel", defaultParallel(uri)));
        if (parallel < 1) {
            throw new IllegalArgumentException("sink " + uri.display() + ": parallel must be at least 1");
        }
        if (uri.kind() == SinkKind.JDBC) {
            return Lanes.of(new ArrayList<>(JdbcDestination.lanes(uri, options, secrets, parallel)));
        }
        List<Destination> lanes = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            lanes.add(connection(uri, options, secrets, settings));
        }
        return Lanes.of(lanes);
    }

    /**
     * Several where the server works a request on one thread and connections are cheap: three rather than two,
     * because a lane also waits on its own side (binding rows, writing the request) and on the commit, and a
     * third keeps two cores busy meanwhile (on the 2-core benchmark machine, 990 records: PostgreSQL 1,345–1,795
     * records/s with three against 1,131–1,735 with two, Solr 640–703 against 318–680). Kafka's producer already
     * keeps several requests in flight, and a webhook receiver may expect its posts one at a time. H2 and other
     * databases keep one connection: not every database takes concurrent upserts of one table gracefully.
     */
    private static String defaultParallel(SinkUri uri) {
        boolean lanes = uri.kind() == SinkKind.SOLR
                || (uri.kind() == SinkKind.JDBC && uri.address().startsWith("jdbc:postgresql:"));
        return lanes ? "3" : "1";
    }

    /** One connection to a sink other than JDBC (whose connections are made together, sharing a migration). */
    private static Destination connection(SinkUri uri, DeliveryOptions options, Secrets secrets, Settings settings) {
        return switch (uri.kind()) {
            case JDBC -> throw new IllegalArgumentException("JDBC connections come from JdbcDestination.lanes");
            case WEBHOOK -> WebhookDestination.of(uri, options, secrets);
            case KAFKA -> KafkaDestination.of(uri, options, secrets);
            case SOLR -> SolrDestination.of(uri, options, secrets,
                    DeliveryOptions.duration(settings.string("winnow.deliver.solr-commit-within")));
        };
    }
}
