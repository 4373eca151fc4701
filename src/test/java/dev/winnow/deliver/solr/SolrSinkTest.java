package dev.winnow.deliver.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.deliver.DeliveryRun;
import dev.winnow.deliver.Records;
import dev.winnow.deliver.SinkReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Solr sink against a real in-process Solr whose core uses Winnow's configset. */
class SolrSinkTest {

    @TempDir
    static Path home;
    private static SolrServer solr;

    @TempDir
    Path out;

    @BeforeAll
    static void startSolr() throws Exception {
        solr = SolrServer.start(home);
    }

    @AfterAll
    static void stopSolr() throws Exception {
        solr.close();
    }

    @BeforeEach
    void emptyCore() throws Exception {
        solr.clear();
    }

    private String sink(String more) {
        return "solr:" + solr.coreUrl() + "?retries=6&backoff=50ms&timeout=5s&commitWithin=500" + more;
    }

    @Test
    void aRecordBecomesADocumentWithRealDatesListsAndItsTextInItsLanguagesField() throws Exception {
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "Rivers rise", "The rivers rose.")));

        JsonNode doc = solr.select("id:a1").path("docs").get(0);
        assertThat(doc.path("published").asText()).isEqualTo("2024-03-05T00:00:00Z");
        assertThat(doc.path("modified").asText()).isEqualTo("2024-03-06T09:15:00Z");
        assertThat(doc.path("tags")).hasSize(2);
        assertThat(doc.path("breadcrumbs").get(1).asText()).isEqualTo("World");
        assertThat(doc.path("text_en").asText()).isEqualTo("The rivers rose.");
    }

    @Test
    void theTextIsAnalysedForItsLanguageSoAStemFindsIt() throws Exception {
        ObjectNode german = Records.article("de1", "Flüsse", "Die Flüsse steigen wieder.");
        german.put("language", "de");
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("en1", "Rivers", "The rivers rose."), german));

        assertThat(solr.select("text_en:river").path("numFound").asInt()).isEqualTo(1);
        assertThat(solr.select("text_de:fluss").path("docs").get(0).path("id").asText()).isEqualTo("de1");
    }

    @Test
    void anUpdatedRecordReplacesItsDocument() throws Exception {
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "Rivers rise", "First.")));
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "Rivers rise", "Second.")));

        JsonNode found = solr.select("id:a1");
        assertThat(found.path("numFound").asInt()).isEqualTo(1);
        assertThat(found.path("docs").get(0).path("text_en").asText()).isEqualTo("Second.");
    }

    @Test
    void aDeletedRecordIsDeletedById() throws Exception {
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "One", "Text."),
                Records.article("a2", "Two", "Text.")));
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.deletion("a1")));

        JsonNode found = solr.select("*:*");
        assertThat(found.path("numFound").asInt()).isEqualTo(1);
        assertThat(found.path("docs").get(0).path("id").asText()).isEqualTo("a2");
    }

    @Test
    void deliveringTheSameRecordsTwiceLeavesOneDocumentPerId() throws Exception {
        List<ObjectNode> records = Records.articles(40, "Words");
        DeliveryRun.deliver(out, sink(""), Map.of(), records);
        DeliveryRun.deliver(out, sink(""), Map.of(), records);

        assertThat(solr.select("*:*").path("numFound").asInt()).isEqualTo(40);
    }

    @Test
    void aRecordSolrRefusesGoesToTheErrorFileWithSolrsMessageAndTheRestArrive() throws Exception {
        List<ObjectNode> records = Records.articles(9, "Words");
        records.get(5).put("published", "last Tuesday");

        DeliveryRun run = DeliveryRun.deliver(out, sink(""), Map.of(), records);

        assertThat(solr.select("*:*").path("numFound").asInt()).isEqualTo(8);
        assertThat(run.errors).singleElement().satisfies(error -> assertThat(error.message())
                .contains("r00005").contains("HTTP 400").contains("last Tuesday"));
    }

    @Test
    void aSolrCutOffMidRunAndBackLosesNothingAndDoublesNothing() throws Exception {
        Records.write(out, Records.articles(400, "Text of a page long enough to take some bytes on the wire"));
        solr.proxy().downAfter(40_000);
        solr.proxy().restartWhenDown(500);

        SinkReport report = DeliveryRun.start(out, sink("&batch=25"), Map.of()).finish();

        assertThat(solr.proxy().timesDown()).isPositive();
        assertThat(report.pending()).isZero();
        assertThat(solr.select("*:*").path("numFound").asInt()).isEqualTo(400);
    }

    @Test
    void solrItselfStoppedMidRunAndStartedAgainLosesNothing() throws Exception {
        Records.write(out, Records.articles(400, "Text of a page long enough to take some bytes on the wire"));
        DeliveryRun run = DeliveryRun.start(out, sink("&batch=10&parallel=1&retries=12"), Map.of());
        while (solr.select("*:*").path("numFound").asInt() == 0) {
            Thread.sleep(5);
        }
        solr.restartIn(1_000);

        SinkReport report = run.finish();

        assertThat(report.pending()).isZero();
        assertThat(solr.select("*:*").path("numFound").asInt()).isEqualTo(400);
    }

    @Test
    void aSolrDownLongerThanTheRetriesLeavesTheRecordsPendingForTheNextRun() throws Exception {
        Records.write(out, Records.articles(10, "Words"));
        solr.proxy().down();
        SinkReport first = DeliveryRun.start(out, sink("&retries=1"), Map.of()).finish();
        solr.proxy().up();

        assertThat(first.pending()).isEqualTo(10);

        SinkReport second = DeliveryRun.start(out, sink(""), Map.of()).finish();

        assertThat(second.pending()).isZero();
        assertThat(solr.select("*:*").path("numFound").asInt()).isEqualTo(10);
    }
}
