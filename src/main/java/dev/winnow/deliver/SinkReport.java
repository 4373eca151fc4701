package dev.winnow.deliver;

/**
 * What one sink did in a run, for the summary and the exit code.
 *
 * @param sink      the sink as shown (no secrets)
 * @param delivered records written or removed downstream
 * @param rejected  records the sink refused (each one a line of the error file)
 * @param pending   records waiting in the spool for the next run or {@code winnow deliver}
 * @param failure   why the sink stopped trying in this run, or null
 */
public record SinkReport(String sink, long delivered, long rejected, long pending, String failure) {

    public String summary() {
        return String.format("%s: %d delivered, %d rejected, %d pending%s", sink, delivered, rejected, pending,
                failure == null ? "" : " (gave up: " + failure + ")");
    }
}
