package dev.winnow.crawl;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before trying a request again: what {@code Retry-After} asks when it asks for a bearable
 * wait, else an exponential back-off with jitter (half the step fixed, half random) so that many crawlers
 * turned away at once do not come back at once.
 *
 * @param retries       tries after the first
 * @param baseMillis    the first back-off step
 * @param maxMillis     the longest back-off step
 * @param retryAfterMax the longest {@code Retry-After} the crawler waits for; a longer one fails the URL
 */
public record Backoff(int retries, long baseMillis, long maxMillis, long retryAfterMax) {

    /**
     * @param failedAttempts  attempts made so far, all failed
     * @param retryAfterMillis the server's {@code Retry-After}, or null
     * @return milliseconds to wait, or -1 to give up
     */
    public long waitBefore(int failedAttempts, Long retryAfterMillis) {
        if (failedAttempts > retries) {
            return -1;
        }
        if (retryAfterMillis != null) {
            return retryAfterMillis > retryAfterMax ? -1 : Math.max(0, retryAfterMillis);
        }
        long step = Math.min(maxMillis, baseMillis << Math.min(30, failedAttempts - 1));
        return step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1);
    }
}
