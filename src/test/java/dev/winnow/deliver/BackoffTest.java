package dev.winnow.deliver;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), new Random(7));

    @Test
    void eachWaitIsBetweenHalfAndAllOfADoublingDelay() {
        for (int retry = 1; retry <= 4; retry++) {
            long full = 100L << (retry - 1);
            assertThat(backoff.delay(retry, Optional.empty()).toMillis()).isBetween(full / 2, full);
        }
    }

    @Test
    void theWaitNeverExceedsTheCeiling() {
        assertThat(backoff.delay(40, Optional.empty()).toMillis()).isBetween(1_000L, 2_000L);
    }

    @Test
    void aLongerRetryAfterFromTheServerIsHonoured() {
        assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(1))).toMillis()).isEqualTo(1_000);
    }
}
