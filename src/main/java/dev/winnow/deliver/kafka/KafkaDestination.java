package dev.winnow.deliver.kafka;

import dev.winnow.deliver.DeliveryOptions;
import dev.winnow.deliver.Destination;
import dev.winnow.deliver.Outbound;
import dev.winnow.deliver.Rejection;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SinkUnavailableException;
import dev.winnow.deliver.SinkUri;

import java.util.List;

/** Placeholder until the Kafka producer lands. */
public final class KafkaDestination implements Destination {

    public static KafkaDestination of(SinkUri uri, DeliveryOptions options, Secrets secrets) {
        throw new IllegalArgumentException("kafka sinks are not available yet: " + uri.display());
    }

    @Override
    public List<Rejection> send(List<Outbound> batch) throws SinkUnavailableException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
