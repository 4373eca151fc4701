package dev.winnow.deliver;

import dev.winnow.record.ArticleRecord;

/**
 * The deliver route's one step, bound once per Camel context: it copies a record into the spools of the run
 * going on now. {@code winnow run} runs its jobs one after another in one context, each with its own sinks.
 */
public final class SpoolStep {

    private volatile Deliveries current;

    /** The sinks records go to from now on; null once the run is over. */
    public void use(Deliveries deliveries) {
        current = deliveries;
    }

    public void spool(ArticleRecord record) {
        Deliveries deliveries = current;
        if (deliveries == null) {
            throw new IllegalStateException("no run is delivering records");
        }
        deliveries.spool(record);
    }
}
