package dev.winnow.deliver;

import dev.winnow.cli.Main;
import dev.winnow.deliver.webhook.WebhookServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code winnow convert --sink} and {@code winnow deliver} from the command line, against a webhook receiver. */
class DeliverCommandTest {

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

    @Test
    void convertWithASinkDeliversEveryRecordItWrites() throws Exception {
        int exit = Main.run("convert", "samples", "--out", out.toString(), "--sink", server.url());

        assertThat(exit).isZero();
        assertThat(server.stored).hasSize((int) Files.lines(out.resolve("records.jsonl")).count()).isNotEmpty();
        assertThat(out.resolve("spool")).isEmptyDirectory();
    }

    @Test
    void convertWithASinkThatIsDownExitsThreeAndDeliverSendsThePendingRecordsLater() throws Exception {
        server.stop();
        String sink = server.url() + "?retries=1&backoff=10ms";

        int convert = Main.run("convert", "samples", "--out", out.toString(), "--sink", sink);
        server.restart();

        assertThat(convert).isEqualTo(3);
        assertThat(server.stored).isEmpty();

        int deliver = Main.run("deliver", out.toString(), "--sink", sink, "--pending-only");

        assertThat(deliver).isZero();
        assertThat(server.stored).hasSize((int) Files.lines(out.resolve("records.jsonl")).count());
    }

    @Test
    void theNextConvertDeliversWhatTheLastOneLeftPendingBeforeItsOwnRecords() throws Exception {
        server.stop();
        String sink = server.url() + "?retries=1&backoff=10ms";
        assertThat(Main.run("convert", "samples", "--out", out.toString(), "--sink", sink)).isEqualTo(3);
        server.restart();

        int exit = Main.run("convert", "samples", "--out", out.toString(), "--sink", sink);

        assertThat(exit).isZero();
        long records = Files.lines(out.resolve("records.jsonl")).count();
        assertThat(server.posts.get()).isEqualTo(2 * records);
        assertThat(server.stored).hasSize((int) records);
        assertThat(out.resolve("spool")).isEmptyDirectory();
    }

    @Test
    void aSinkNamingAnUnsetTokenVariableIsAUsageErrorBeforeAnyPageIsConverted() {
        int exit = Main.run("convert", "samples", "--out", out.toString(), "--sink",
                server.url() + "?authEnv=WINNOW_TEST_VARIABLE_NOBODY_SETS");

        assertThat(exit).isEqualTo(2);
        assertThat(out.resolve("records.jsonl")).doesNotExist();
    }

    @Test
    void aSinkUriWithAPasswordIsAUsageError() {
        int exit = Main.run("deliver", out.toString(), "--sink", "jdbc:postgresql://127.0.0.1/db?password=hunter2");

        assertThat(exit).isEqualTo(2);
    }

    @Test
    void aDeliverKilledWithSigkillGoesOnWhereItStoppedWhenStartedAgain() throws Exception {
        Records.write(out, Records.articles(300, "Words"));
        server.slow(5);
        String sink = server.url() + "?batch=5";

        Process first = deliverInAnotherProcess(sink);
        while (server.posts.get() < 100 && first.isAlive()) {
            Thread.sleep(5);
        }
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int beforeRestart = server.posts.get();
        assertThat(beforeRestart).isBetween(100, 299);

        Process second = deliverInAnotherProcess(sink);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(second.exitValue()).isZero();
        assertThat(server.stored).hasSize(300);
        // Only the batch in flight at the kill may go twice: the rest was remembered as delivered.
        assertThat(server.posts.get()).isBetween(300, 305);
    }

    @Test
    void deliverReportsEachSinksOwnPaceBesidesTheWholeCommandsTime() throws Exception {
        Records.write(out, Records.articles(40, "Words"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run("deliver", out.toString(), "--sink", server.url() + "?batch=10");
        } finally {
            System.setOut(stdout);
        }

        assertThat(exit).isZero();
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("delivered 40 records in [0-9.]+ s \\([0-9]+ records/s\\); [0-9.]+ s since the JVM started"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("sink " + server.url())
                .matches(".*: 40 delivered, 0 rejected, 0 pending in [0-9.]+ s of sending \\([0-9]+ records/s\\)"));
    }

    private Process deliverInAnotherProcess(String sink) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "dev.winnow.cli.Main", "deliver", out.toString(), "--sink", sink));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
