package dev.winnow.deliver.webhook;

import dev.winnow.deliver.DeliveryRun;
import dev.winnow.deliver.Records;
import dev.winnow.deliver.SinkReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSinkTest {

    @TempDir
    Path out;
    private WebhookServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new WebhookServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String sink(String more) {
        return server.url() + "?retries=4&backoff=20ms&timeout=2s" + more;
    }

    @Test
    void aRecordIsPostedAsJsonAndKeptByItsId() throws Exception {
        SinkReport report = DeliveryRun.deliver(out, sink(""), Map.of(),
                List.of(Records.article("a1", "Rivers rise", "The rivers rose."))).finish();

        assertThat(report.delivered()).isEqualTo(1);
        assertThat(server.stored).containsOnlyKeys("a1");
        assertThat(server.stored.get("a1").path("text").asText()).isEqualTo("The rivers rose.");
    }

    @Test
    void anUpdatedRecordReplacesTheOneTheReceiverHas() throws Exception {
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "Rivers rise", "First.")));
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "Rivers rise", "Second.")));

        assertThat(server.stored).containsOnlyKeys("a1");
        assertThat(server.stored.get("a1").path("text").asText()).isEqualTo("Second.");
    }

    @Test
    void aDeletedRecordIsPostedWithDeletedTrueSoTheReceiverRemovesIt() throws Exception {
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "One", "Text."),
                Records.article("a2", "Two", "Text.")));
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.deletion("a1")));

        assertThat(server.stored).containsOnlyKeys("a2");
    }

    @Test
    void deliveringTheSameRecordsTwiceLeavesOneRecordPerId() throws Exception {
        DeliveryRun.deliver(out, sink(""), Map.of(), Records.articles(20, "Words"));
        DeliveryRun.deliver(out, sink(""), Map.of(), Records.articles(20, "Words"));

        assertThat(server.stored).hasSize(20);
        assertThat(server.posts.get()).isEqualTo(40);
    }

    @Test
    void aTooManyRequestsAnswerIsTriedAgainNoSoonerThanRetryAfter() throws Exception {
        server.script.add(WebhookServer.Answer.TOO_MANY_REQUESTS);
        long start = System.nanoTime();

        SinkReport report = DeliveryRun.deliver(out, sink(""), Map.of(), Records.articles(3, "Words")).finish();

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1_000);
        assertThat(report.delivered()).isEqualTo(3);
        assertThat(server.stored).hasSize(3);
    }

    @Test
    void aServerErrorIsTriedAgain() throws Exception {
        server.script.add(WebhookServer.Answer.SERVER_ERROR);
        server.script.add(WebhookServer.Answer.SERVER_ERROR);

        SinkReport report = DeliveryRun.deliver(out, sink(""), Map.of(), Records.articles(3, "Words")).finish();

        assertThat(report.pending()).isZero();
        assertThat(server.stored).hasSize(3);
    }

    @Test
    void aRequestThatTimesOutIsTriedAgain() throws Exception {
        server.script.add(WebhookServer.Answer.HANG);

        SinkReport report = DeliveryRun.deliver(out, sink("&timeout=300ms"), Map.of(), Records.articles(3, "Words")).finish();

        assertThat(report.pending()).isZero();
        assertThat(server.stored).hasSize(3);
    }

    @Test
    void aRecordTheReceiverRefusesGoesToTheErrorFileWithTheAnswerAndTheRestArrive() throws Exception {
        server.refusedIds.add("r00002");

        DeliveryRun run = DeliveryRun.deliver(out, sink(""), Map.of(), Records.articles(5, "Words"));

        assertThat(server.stored).hasSize(4).doesNotContainKey("r00002");
        assertThat(run.finish().rejected()).isEqualTo(1);
        assertThat(run.errors).singleElement().satisfies(error -> assertThat(error.message())
                .contains("422").contains("record r00002 refused"));
    }

    @Test
    void theAuthHeaderComesFromTheEnvironmentAndNeverShowsInAnErrorLine() throws Exception {
        server.refusedIds.add("r00001");

        DeliveryRun run = DeliveryRun.deliver(out, sink("&authEnv=HOOK_TOKEN"), Map.of("HOOK_TOKEN", "Bearer s3cr3t-t0ken"),
                Records.articles(2, "Words"));

        assertThat(server.lastAuthorization).isEqualTo("Bearer s3cr3t-t0ken");
        assertThat(run.errors).singleElement().satisfies(error -> assertThat(error.message())
                .contains("refused").doesNotContain("s3cr3t-t0ken"));
    }

    @Test
    void aServerStoppedMidRunAndRestartedLosesNothing() throws Exception {
        server.stopAfter(30, 300);

        SinkReport report = DeliveryRun.deliver(out, sink("&retries=10&batch=10"), Map.of(),
                Records.articles(100, "Words")).finish();

        assertThat(report.pending()).isZero();
        assertThat(server.stored).hasSize(100);
    }

    @Test
    void aServerDownLongerThanTheRetriesLeavesTheRecordsPendingForTheNextRun() throws Exception {
        server.stop();
        Records.write(out, Records.articles(10, "Words"));
        SinkReport first = DeliveryRun.start(out, sink("&retries=1"), Map.of()).finish();
        server.restart();

        assertThat(first.pending()).isEqualTo(10);
        assertThat(first.failure()).contains("unreachable");

        SinkReport second = DeliveryRun.start(out, sink(""), Map.of()).finish();

        assertThat(second.pending()).isZero();
        assertThat(server.stored).hasSize(10);
    }
}
