package dev.winnow.deliver;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Waits between tries of a failing batch: doubling from a first wait up to a ceiling, each wait drawn at random
 * between half and all of that ("equal jitter"), so sinks that failed together do not all come back at the same
 * instant. A server's own Retry-After is honoured when it asks for longer.
 */
final class Backoff {

    private final Duration first;
    private final Duration ceiling;
    private final RandomGenerator random;

    Backoff(Duration first, Duration ceiling, RandomGenerator random) {
        this.first = first;
        this.ceiling = ceiling;
        this.random = random;
    }

    /** @param retry 1 for the wait before the first retry */
    Duration delay(int retry, Optional<Duration> retryAfter) {
        long cap = ceiling.toMillis();
        long grown = first.toMillis() << Math.min(retry - 1, 30);
        long full = Math.min(cap, grown < 0 ? cap : grown);
        long half = full / 2;
        long jittered = half + random.nextLong(full - half + 1);
        long asked = retryAfter.map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.max(jittered, Math.min(asked, cap)));
    }
}
