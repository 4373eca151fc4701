package dev.winnow.deliver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SinkWaitTest {

    @TempDir
    Path out;

    /** A port nothing listens on: connections are refused at once, so the sink only ever retries. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aRunThatStopsWaitingLeavesWhatTheSinkDidNotTakePendingInItsSpool() throws Exception {
        Records.write(out, Records.articles(3, "Words"));
        String sink = "http://127.0.0.1:" + closedPort() + "/hook?retries=8&backoff=2s";
        DeliveryRun run = DeliveryRun.start(out, sink, Map.of());
        long started = System.nanoTime();

        SinkReport report = run.finish(Duration.ofMillis(500));

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        assertThat(report.pending()).isEqualTo(3);
        assertThat(report.delivered()).isZero();
        assertThat(report.failure()).contains("wait for its sinks ran out");
    }
}
