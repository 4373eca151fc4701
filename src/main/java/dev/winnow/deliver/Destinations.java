package dev.winnow.deliver;

import dev.winnow.deliver.jdbc.JdbcDestination;
import dev.winnow.deliver.kafka.KafkaDestination;
import dev.winnow.deliver.solr.SolrDestination;
import dev.winnow.deliver.webhook.WebhookDestination;
import dev.winnow.pipeline.Settings;

/** The destination a sink URI names. */
final class Destinations {

    private Destinations() {
    }

    static Destination open(SinkUri uri, DeliveryOptions options, Secrets secrets, Settings settings) {
        return switch (uri.kind()) {
            case JDBC -> JdbcDestination.of(uri, options, secrets);
            case WEBHOOK -> WebhookDestination.of(uri, options, secrets);
            case KAFKA -> KafkaDestination.of(uri, options, secrets);
            case SOLR -> SolrDestination.of(uri, options, secrets,
                    DeliveryOptions.duration(settings.string("winnow.deliver.solr-commit-within")));
        };
    }
}
