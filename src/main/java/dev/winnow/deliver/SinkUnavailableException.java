package dev.winnow.deliver;

import java.time.Duration;
import java.util.Optional;

/**
 * The sink could not take a batch now (down, overloaded, timed out): the batch is tried again after a back-off,
 * and after the last retry it waits in the spool. Never carries a record's fault (that is a {@link Rejection}).
 */
public final class SinkUnavailableException extends Exception {

    private final Duration retryAfter;

    public SinkUnavailableException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param retryAfter how long the server asked us to wait (HTTP Retry-After), or null */
    public SinkUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
