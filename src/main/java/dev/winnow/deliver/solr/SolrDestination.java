package dev.winnow.deliver.solr;

import dev.winnow.deliver.DeliveryOptions;
import dev.winnow.deliver.Destination;
import dev.winnow.deliver.Outbound;
import dev.winnow.deliver.Rejection;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SinkUnavailableException;
import dev.winnow.deliver.SinkUri;

import java.util.List;

/** Placeholder until the Solr producer lands. */
public final class SolrDestination implements Destination {

    public static SolrDestination of(SinkUri uri, DeliveryOptions options, Secrets secrets) {
        throw new IllegalArgumentException("solr sinks are not available yet: " + uri.display());
    }

    @Override
    public List<Rejection> send(List<Outbound> batch) throws SinkUnavailableException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
