package dev.winnow.deliver;

import java.time.Duration;
import java.util.Locale;

/**
 * What one sink did in a run, for the summary and the exit code.
 *
 * @param sink      the sink as shown (no secrets)
 * @param delivered records written or removed downstream
 * @param rejected  records the sink refused (each one a line of the error file)
 * @param pending   records waiting in the spool for the next run or {@code winnow deliver}
 * @param failure   why the sink stopped trying in this run, or null
 * @param sending   from the start of the first batch sent to the sink's answer to the last one taken, retries and
 *                  back-off included: the sink's own pace, without the process's start, the connection and the
 *                  reading of the first batch
 */
public record SinkReport(String sink, long delivered, long rejected, long pending, String failure, Duration sending) {

    /** Records taken per second of {@link #sending}, or 0 when nothing was sent. */
    public double rate() {
        long nanos = sending.toNanos();
        return nanos > 0 ? (delivered + rejected) * 1e9 / nanos : 0;
    }

    public String summary() {
        String pace = sending.isZero() ? ""
                : String.format(Locale.ROOT, " in %.2f s of sending (%.0f records/s)", sending.toNanos() / 1e9, rate());
        return String.format("%s: %d delivered, %d rejected, %d pending%s%s", sink, delivered, rejected, pending, pace,
                failure == null ? "" : " (gave up: " + failure + ")");
    }
}
