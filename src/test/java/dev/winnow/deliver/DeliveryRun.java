package dev.winnow.deliver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.pipeline.Settings;
import dev.winnow.sink.ErrorLine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/** One {@code winnow deliver} of an output folder to one sink, as the sink tests run it. */
public final class DeliveryRun {

    public final List<ErrorLine> errors = new CopyOnWriteArrayList<>();
    private final Deliveries deliveries;

    private DeliveryRun(Path out, String uri, Map<String, String> environment, boolean records) {
        deliveries = Deliveries.replaying(out, records ? out.resolve("records.jsonl") : null, List.of(SinkUri.parse(uri)),
                Settings.load(), new Secrets(environment, new Properties()), errors::add);
    }

    /** Starts delivering {@code out/records.jsonl} (after anything pending) in the background. */
    public static DeliveryRun start(Path out, String uri, Map<String, String> environment) {
        return new DeliveryRun(out, uri, environment, true);
    }

    /** Writes the records as the folder's records file and delivers them. */
    public static DeliveryRun deliver(Path out, String uri, Map<String, String> environment, List<ObjectNode> records)
            throws InterruptedException {
        Records.write(out, records);
        DeliveryRun run = start(out, uri, environment);
        run.finish();
        return run;
    }

    /** Delivers only what is pending in the sink's spool. */
    public static DeliveryRun pendingOnly(Path out, String uri, Map<String, String> environment) throws InterruptedException {
        DeliveryRun run = new DeliveryRun(out, uri, environment, false);
        run.finish();
        return run;
    }

    public SinkReport finish() throws InterruptedException {
        return deliveries.finish().get(0);
    }

    /** Finishes waiting at most {@code patience} for the sink. */
    public SinkReport finish(Duration patience) throws InterruptedException {
        return deliveries.finish(patience).get(0);
    }
}
