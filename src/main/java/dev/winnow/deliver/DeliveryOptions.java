package dev.winnow.deliver;

import dev.winnow.pipeline.Settings;

import java.time.Duration;

/**
 * How one sink is fed: records per batch, how many times a failing batch is tried again and how long to wait
 * in between. Defaults come from {@code winnow.deliver.*} in application.properties; a sink URI's
 * {@code batch=}, {@code retries=} and {@code backoff=} override them for that sink.
 *
 * @param batchSize    records sent together (also the most a sink holds in memory)
 * @param batchBytes   the most bytes of record JSON a batch holds, so a batch of huge pages stays bounded
 * @param retries      tries after the first before a batch is left in the spool for the next run
 * @param backoff      the wait before the first retry; it doubles each time, with jitter
 * @param backoffMax   the longest wait between two tries
 * @param timeout      the longest one request to the sink's server may take
 */
public record DeliveryOptions(int batchSize, long batchBytes, int retries, Duration backoff, Duration backoffMax,
                              Duration timeout) {

    public static DeliveryOptions of(Settings settings, SinkUri uri) {
        return new DeliveryOptions(
                Integer.parseInt(uri.option("batch", settings.string("winnow.deliver.batch-size"))),
                settings.longValue("winnow.deliver.batch-max-bytes"),
                Integer.parseInt(uri.option("retries", settings.string("winnow.deliver.retries"))),
                duration(uri.option("backoff", settings.string("winnow.deliver.backoff"))),
                duration(settings.string("winnow.deliver.backoff-max")),
                duration(uri.option("timeout", settings.string("winnow.deliver.timeout"))));
    }

    /** {@code 250ms}, {@code 2s}, {@code 1m}; a bare number is milliseconds. */
    public static Duration duration(String text) {
        String value = text.strip();
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            }
            if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.ofMillis(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: " + text + " (e.g. 250ms, 2s, 1m)", e);
        }
    }
}
