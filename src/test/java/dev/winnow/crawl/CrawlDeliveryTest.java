package dev.winnow.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.deliver.webhook.WebhookServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code winnow crawl --sink}: what a crawl writes (new and changed pages, deletions) reaches its sinks. */
class CrawlDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @AutoClose
    private final TestSite site = TestSite.startWithHomeAndTwoPages();

    @Test
    void aCrawlWithADatabaseSinkLeavesOneRowPerRecordedPage() throws Exception {
        CrawlRun.Result result = new CrawlRun(folder.resolve("out")).crawl(site.url("/"), "--sink", database());

        Map<String, Row> rows = rows();
        assertThat(result.exitCode()).isZero();
        assertThat(result.summary()).contains("sink jdbc:h2:").contains("3 delivered, 0 rejected, 0 pending");
        assertThat(rows.keySet()).containsExactlyInAnyOrder(site.url("/"), site.url("/a"), site.url("/b"));
        assertThat(rows.get(site.url("/a")).title()).isEqualTo("Page A");
        assertThat(rows.values()).noneMatch(Row::deleted);
    }

    @Test
    void aRecrawlUpdatesTheChangedRowAndFlagsTheRowOfAGonePageAsDeleted() throws Exception {
        CrawlRun run = new CrawlRun(folder.resolve("out"));
        run.crawl(site.url("/"), "--sink", database());
        Map<String, Row> before = rows();
        site.page("/b", TestSite.article("Page B, revised")).status("/a", 410);

        CrawlRun.Result second = run.crawl(site.url("/"), "--sink", database());

        Map<String, Row> after = rows();
        assertThat(second.exitCode()).isZero();
        assertThat(second.summary()).contains("2 delivered");
        assertThat(after).hasSize(3);
        assertThat(after.get(site.url("/b")).title()).isEqualTo("Page B, revised");
        assertThat(after.get(site.url("/b")).text()).contains("Page B, revised");
        assertThat(after.get(site.url("/a")).deleted()).isTrue();
        assertThat(after.get(site.url("/a")).text()).isNull();
        assertThat(after.get(site.url("/a")).id()).isEqualTo(before.get(site.url("/a")).id());
        assertThat(after.get(site.url("/")).deleted()).isFalse();
    }

    @Test
    void aCrawlWhoseSinkIsDownExitsThreeAndTheNextCrawlDeliversWhatWaited() throws Exception {
        try (WebhookServer hook = new WebhookServer()) {
            String sink = hook.url() + "?retries=1&backoff=10ms";
            CrawlRun run = new CrawlRun(folder.resolve("out"));
            hook.stop();
            CrawlRun.Result down = run.crawl(site.url("/"), "--sink", sink);
            hook.restart();
            site.status("/b", 404);

            CrawlRun.Result up = run.crawl(site.url("/"), "--sink", sink);

            assertThat(down.exitCode()).isEqualTo(3);
            assertThat(down.summary()).contains("3 pending");
            assertThat(up.exitCode()).isZero();
            assertThat(up.summary()).contains("4 delivered, 0 rejected, 0 pending");
            assertThat(hook.stored.values()).extracting(record -> record.path("url").asText())
                    .containsExactlyInAnyOrder(site.url("/"), site.url("/a"));
        }
    }

    @Test
    void aRecrawlWhereNothingChangedDeliversNothing() throws Exception {
        try (WebhookServer hook = new WebhookServer()) {
            CrawlRun run = new CrawlRun(folder.resolve("out"));
            run.crawl(site.url("/"), "--sink", hook.url());
            int posts = hook.posts.get();

            CrawlRun.Result second = run.crawl(site.url("/"), "--sink", hook.url());

            assertThat(posts).isPositive();
            assertThat(hook.posts.get()).isEqualTo(posts);
            assertThat(second.summary()).contains("0 delivered, 0 rejected, 0 pending");
        }
    }

    @Test
    void anUnknownSinkIsAUsageErrorBeforeAnyPageIsFetched() {
        CrawlRun.Result result = new CrawlRun(folder.resolve("out")).crawl(site.url("/"), "--sink", "ftp://127.0.0.1/x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(site.requests()).isEmpty();
    }

    private record Row(String id, String title, String text, boolean deleted) {
    }

    private String database() {
        return "jdbc:h2:" + folder.resolve("db") + "?table=articles";
    }

    /** The table's rows by URL, each with the text from its stored record. */
    private Map<String, Row> rows() throws SQLException, IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + folder.resolve("db"));
             PreparedStatement query = connection.prepareStatement("SELECT id, url, title, deleted, record FROM articles");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                JsonNode record = JSON.readTree(row.getString("record"));
                rows.put(row.getString("url"), new Row(row.getString("id"), row.getString("title"),
                        record.path("text").textValue(), row.getBoolean("deleted")));
            }
        }
        return rows;
    }
}
