package dev.winnow.crawl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(3, 1000, 5000, 60_000);

    @Test
    void eachRetryWaitsAboutTwiceAsLongWithJitter() {
        assertThat(backoff.waitBefore(1, null)).isBetween(500L, 1000L);
        assertThat(backoff.waitBefore(2, null)).isBetween(1000L, 2000L);
        assertThat(backoff.waitBefore(3, null)).isBetween(2000L, 4000L);
    }

    @Test
    void theWaitNeverPassesTheMaximumStep() {
        assertThat(new Backoff(20, 1000, 5000, 60_000).waitBefore(15, null)).isBetween(2500L, 5000L);
    }

    @Test
    void retryAfterIsHonouredWhenItIsBearable() {
        assertThat(backoff.waitBefore(1, 7000L)).isEqualTo(7000L);
        assertThat(backoff.waitBefore(1, 120_000L)).isEqualTo(-1L);
    }

    @Test
    void afterTheLastRetryTheUrlFails() {
        assertThat(backoff.waitBefore(4, null)).isEqualTo(-1L);
    }
}
