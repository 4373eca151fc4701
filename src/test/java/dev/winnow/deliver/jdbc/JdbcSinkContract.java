package dev.winnow.deliver.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.deliver.DeliveryRun;
import dev.winnow.deliver.Records;
import dev.winnow.deliver.SinkReport;
import dev.winnow.deliver.TcpProxy;
import dev.winnow.record.RecordJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the JDBC sink promises, checked against a real database server reached through a {@link TcpProxy} (so a
 * test can stop it mid-run): each subclass supplies a server.
 */
abstract class JdbcSinkContract {

    private static final AtomicInteger TABLES = new AtomicInteger();

    @TempDir
    Path out;

    private String table;

    /** The server's JDBC URL through the proxy, without parameters. */
    abstract String urlThroughProxy();

    /** A connection straight to the server, to check what arrived. */
    abstract Connection query() throws SQLException;

    abstract TcpProxy proxy();

    /** The environment the sink reads its password from. */
    abstract Map<String, String> environment();

    @BeforeEach
    void freshTable() {
        table = "articles_" + getClass().getSimpleName().toLowerCase() + "_" + TABLES.incrementAndGet();
    }

    private String sink(String more) {
        return urlThroughProxy() + "?table=" + table + "&user=winnow&retries=4&backoff=20ms" + more;
    }

    private DeliveryRun deliver(List<ObjectNode> records, String more) throws InterruptedException {
        return DeliveryRun.deliver(out, sink(more), environment(), records);
    }

    @Test
    void aNewRecordBecomesOneRowWithTypedColumnsAndTheWholeRecord() throws Exception {
        deliver(List.of(Records.article("a1", "Rivers rise", "The rivers rose again.")), "");

        try (Connection c = query(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT url, title, published, language, word_count, deleted, record FROM " + table)) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("url")).isEqualTo("https://news.example/a1");
            assertThat(row.getString("title")).isEqualTo("Rivers rise");
            assertThat(row.getObject("published", OffsetDateTime.class).toInstant())
                    .isEqualTo(OffsetDateTime.of(2024, 3, 5, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
            assertThat(row.getString("language")).isEqualTo("en");
            assertThat(row.getInt("word_count")).isEqualTo(4);
            assertThat(row.getBoolean("deleted")).isFalse();
            assertThat(RecordJson.mapper().readTree(row.getString("record")).path("text").asText())
                    .isEqualTo("The rivers rose again.");
            assertThat(row.next()).isFalse();
        }
    }

    @Test
    void textInAnyScriptWithQuotesAndBackslashesArrivesUnchanged() throws Exception {
        String text = "Grüße — 雨が降る, дождь, مطر 🌧 \"quoted\" C:\\path\ttab\nnew line";
        deliver(List.of(Records.article("a1", "Título «x»", text)), "");

        assertThat(record("a1").path("text").asText()).isEqualTo(text);
        assertThat(record("a1").path("title").asText()).isEqualTo("Título «x»");
        assertThat(column("a1", "title")).isEqualTo("Título «x»");
    }

    @Test
    void anUpdatedRecordReplacesItsRow() throws Exception {
        deliver(List.of(Records.article("a1", "Rivers rise", "First text.")), "");
        deliver(List.of(Records.article("a1", "Rivers rise further", "Second text.")), "");

        assertThat(ids()).containsExactly("a1");
        assertThat(record("a1").path("text").asText()).isEqualTo("Second text.");
        assertThat(column("a1", "title")).isEqualTo("Rivers rise further");
    }

    @Test
    void aDeletedRecordFlagsItsRowAndClearsTheText() throws Exception {
        deliver(List.of(Records.article("a1", "Rivers rise", "Some text.")), "");
        deliver(List.of(Records.deletion("a1")), "");

        assertThat(ids()).containsExactly("a1");
        assertThat(column("a1", "deleted")).isIn("true", "TRUE", "t");
        assertThat(record("a1").path("text").isNull()).isTrue();
    }

    @Test
    void withOnDeleteDeleteADeletedRecordRemovesItsRow() throws Exception {
        deliver(List.of(Records.article("a1", "One", "Some text."), Records.article("a2", "Two", "More text.")),
                "&onDelete=delete");
        deliver(List.of(Records.deletion("a1")), "&onDelete=delete");

        assertThat(ids()).containsExactly("a2");
    }

    @Test
    void deliveringTheSameRecordsTwiceLeavesOneRowEach() throws Exception {
        List<ObjectNode> records = Records.articles(50, "Same words");
        deliver(records, "&batch=7");
        SinkReport again = deliver(records, "&batch=7").finish();

        assertThat(again.delivered()).isEqualTo(50);
        assertThat(ids()).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void aRecordTheDatabaseRefusesGoesToTheErrorFileAndTheRestOfTheBatchArrives() throws Exception {
        List<ObjectNode> records = Records.articles(10, "Words");
        records.get(4).put("url", "https://news.example/" + "x".repeat(3000));

        DeliveryRun run = deliver(records, "");

        assertThat(ids()).hasSize(9).doesNotContain(records.get(4).get("id").asText());
        assertThat(run.finish().rejected()).isEqualTo(1);
        assertThat(run.errors).singleElement().satisfies(error -> {
            assertThat(error.stage()).isEqualTo("deliver");
            assertThat(error.message()).contains(records.get(4).get("id").asText()).containsIgnoringCase("too long");
        });
    }

    @Test
    void aBatchSplitOverParallelConnectionsDeliversEveryRecordAndRejectsOnlyTheRefusedOne() throws Exception {
        List<ObjectNode> records = Records.articles(400, "Words");
        records.get(350).put("url", "https://news.example/" + "x".repeat(3000));

        DeliveryRun run = deliver(records, "&batch=200&parallel=2");

        assertThat(ids()).hasSize(399).doesNotContain("r00350");
        assertThat(run.finish().rejected()).isEqualTo(1);
        assertThat(run.finish().delivered()).isEqualTo(399);
    }

    @Test
    void aServerStoppedMidRunAndRestartedLosesNothingAndDoublesNothing() throws Exception {
        List<ObjectNode> records = Records.articles(300, "Text of a page that is long enough to take some bytes");
        Records.write(out, records);
        proxy().downAfter(40_000);
        proxy().restartWhenDown(400);

        SinkReport report = DeliveryRun.start(out, sink("&batch=20&retries=10"), environment()).finish();

        assertThat(proxy().timesDown()).isPositive();
        assertThat(report.pending()).isZero();
        assertThat(report.failure()).isNull();
        assertThat(ids()).hasSize(300).doesNotHaveDuplicates();
    }

    @Test
    void aServerDownLongerThanTheRetriesLeavesRecordsPendingUntilTheNextRun() throws Exception {
        Records.write(out, Records.articles(20, "Words"));
        proxy().down();
        SinkReport first = DeliveryRun.start(out, sink("&retries=1"), environment()).finish();
        proxy().up();

        assertThat(first.pending()).isEqualTo(20);
        assertThat(first.failure()).isNotNull();

        SinkReport second = DeliveryRun.start(out, sink(""), environment()).finish();

        assertThat(second.pending()).isZero();
        assertThat(second.delivered()).isEqualTo(20);
        assertThat(ids()).hasSize(20);
    }

    private List<String> ids() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = query(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private String column(String id, String column) throws SQLException {
        try (Connection c = query();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private JsonNode record(String id) throws Exception {
        return RecordJson.mapper().readTree(column(id, "record"));
    }
}
