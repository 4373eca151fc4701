package dev.winnow.deliver;

import java.util.List;
import java.util.Set;

/**
 * One downstream system that takes records by id. Implementations connect lazily (in {@link #send}), so a server
 * that is down when the run starts is only a retry, and they are idempotent: sending the same record again
 * leaves the same state downstream.
 */
public interface Destination extends AutoCloseable {

    /**
     * Writes (or, for a deleted record, removes) every record of the batch, in order.
     *
     * @return the records the sink refused; every other record of the batch is delivered
     * @throws SinkUnavailableException when the batch may not have been delivered and should be tried again
     */
    List<Rejection> send(List<Outbound> batch) throws SinkUnavailableException;

    /**
     * The top-level record fields the sink reads from {@link Outbound#fields()}; the worker picks them while it
     * reads the batch (ahead of the send), and leaves the rest of each record undecoded.
     */
    default Set<String> fields() {
        return Set.of();
    }

    /**
     * Connects ahead of the first batch, so connecting (and, for a database, creating the table) overlaps reading
     * that batch. Optional: a failure here is met again, and retried, by {@link #send}.
     */
    default void connect() throws SinkUnavailableException {
    }

    @Override
    void close();
}
