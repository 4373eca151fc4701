package dev.winnow.deliver.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.deliver.DeliveryRun;
import dev.winnow.deliver.Records;
import dev.winnow.deliver.SinkReport;
import dev.winnow.record.RecordJson;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka sink against a real in-process broker. A topic's state is what a compacted topic (or a keyed
 * consumer) keeps: the last value per key, a tombstone removing the key.
 */
class KafkaSinkTest {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    @TempDir
    static Path logs;
    private static KafkaBroker broker;

    @TempDir
    Path out;
    private String topic;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(logs);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void createTopic() throws Exception {
        topic = "articles-" + TOPICS.incrementAndGet();
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.brokers());
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get();
        }
    }

    private String sink(String more) {
        return "kafka:" + topic + "?brokers=" + broker.brokers() + "&retries=6&backoff=100ms&timeout=5s" + more;
    }

    @Test
    void aRecordIsSentKeyedByItsIdWithItsJsonAsValue() throws Exception {
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "Rivers rise", "The rivers rose.")));

        List<ConsumerRecord<String, String>> messages = messages(1);
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("a1");
            assertThat(RecordJson.mapper().readTree(m.value()).path("text").asText()).isEqualTo("The rivers rose.");
        });
    }

    @Test
    void textInAnyScriptArrivesUnchangedInTheValue() throws Exception {
        String text = "Grüße — 雨が降る, дождь, مطر 🌧 \"quoted\" C:\\path";
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "Título", text)));

        assertThat(state(1).get("a1").path("text").asText()).isEqualTo(text);
    }

    @Test
    void anUpdatedRecordBecomesTheCurrentValueOfItsKey() throws Exception {
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "Rivers rise", "First.")));
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "Rivers rise", "Second.")));

        Map<String, JsonNode> state = state(2);
        assertThat(state).containsOnlyKeys("a1");
        assertThat(state.get("a1").path("text").asText()).isEqualTo("Second.");
    }

    @Test
    void aDeletedRecordIsATombstone() throws Exception {
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.article("a1", "One", "Text."),
                Records.article("a2", "Two", "Text.")));
        DeliveryRun.deliver(out, sink(""), Map.of(), List.of(Records.deletion("a1")));

        List<ConsumerRecord<String, String>> messages = messages(3);
        assertThat(messages.get(2).key()).isEqualTo("a1");
        assertThat(messages.get(2).value()).isNull();
        assertThat(state(3)).containsOnlyKeys("a2");
    }

    @Test
    void deliveringTheSameRecordsTwiceLeavesTheSameStateForEachKey() throws Exception {
        List<ObjectNode> records = Records.articles(40, "Words");
        DeliveryRun.deliver(out, sink(""), Map.of(), records);
        Map<String, JsonNode> once = state(40);
        DeliveryRun.deliver(out, sink(""), Map.of(), records);

        assertThat(state(80)).isEqualTo(once).hasSize(40);
    }

    @Test
    void aRecordTooLargeForTheProducerGoesToTheErrorFileAndTheRestArrive() throws Exception {
        List<ObjectNode> records = Records.articles(5, "Words");
        records.get(2).put("text", "word ".repeat(60_000));

        DeliveryRun run = DeliveryRun.deliver(out, sink("&kafka.max.request.size=200000"), Map.of(), records);

        assertThat(state(4)).hasSize(4).doesNotContainKey("r00002");
        assertThat(run.errors).singleElement().satisfies(error -> assertThat(error.message())
                .contains("r00002").containsIgnoringCase("larger than"));
    }

    @Test
    void aBrokerCutOffMidRunAndBackLosesNothingAndLeavesOneCurrentValuePerKey() throws Exception {
        List<ObjectNode> records = Records.articles(500, "Text of a page long enough to take some bytes on the wire");
        Records.write(out, records);
        broker.proxy().downAfter(10_000);
        broker.proxy().restartWhenDown(1_000);

        SinkReport report = DeliveryRun.start(out, sink("&batch=50"), Map.of()).finish();

        assertThat(broker.proxy().timesDown()).isPositive();
        assertThat(report.pending()).isZero();
        Map<String, JsonNode> state = state(500);
        assertThat(state).hasSize(500);
        assertThat(state.get("r00499").path("text").asText()).endsWith(" 499");
    }

    @Test
    void aBrokerDownLongerThanTheRetriesLeavesTheRecordsPendingForTheNextRun() throws Exception {
        Records.write(out, Records.articles(10, "Words"));
        broker.proxy().down();
        SinkReport first = DeliveryRun.start(out, sink("&retries=1&timeout=1s"), Map.of()).finish();
        broker.proxy().up();

        assertThat(first.pending()).isEqualTo(10);

        SinkReport second = DeliveryRun.start(out, sink(""), Map.of()).finish();

        assertThat(second.pending()).isZero();
        assertThat(state(10)).hasSize(10);
    }

    /** The last value per key, read from the start of the topic once at least {@code atLeast} messages are there. */
    private Map<String, JsonNode> state(int atLeast) throws Exception {
        Map<String, JsonNode> state = new HashMap<>();
        for (ConsumerRecord<String, String> m : messages(atLeast)) {
            if (m.value() == null) {
                state.remove(m.key());
            } else {
                state.put(m.key(), RecordJson.mapper().readTree(m.value()));
            }
        }
        return state;
    }

    private List<ConsumerRecord<String, String>> messages(int atLeast) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.brokers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> messages = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(messages::add);
            }
        }
        assertThat(messages).hasSizeGreaterThanOrEqualTo(atLeast);
        return messages;
    }
}
