package dev.winnow.deliver.kafka;

import dev.winnow.deliver.DeliveryOptions;
import dev.winnow.deliver.Destination;
import dev.winnow.deliver.Outbound;
import dev.winnow.deliver.Rejection;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SinkUnavailableException;
import dev.winnow.deliver.SinkUri;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Records to a Kafka topic: key = record id, value = the record's JSON, and for a deleted record a tombstone
 * (null value), so a compacted topic keeps exactly the current record of every page. The producer is idempotent
 * with {@code acks=all}: the broker drops the duplicates of its own retries, and a batch the worker sends again
 * after a failure only repeats values for the same keys, which compaction and keyed consumers absorb.
 *
 * <p>{@code kafka.NAME=VALUE} in the URI sets a producer setting (e.g. {@code kafka.compression.type=zstd});
 * {@code config=FILE} reads settings from a properties file, the place for SASL credentials.
 */
public final class KafkaDestination implements Destination {

    private final String topic;
    private final Properties settings;
    private KafkaProducer<String, byte[]> producer;

    private KafkaDestination(String topic, Properties settings) {
        this.topic = topic;
        this.settings = settings;
    }

    public static KafkaDestination of(SinkUri uri, DeliveryOptions options, Secrets secrets) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, uri.option("brokers", null));
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "winnow-" + uri.key());
        // Records are 10-30 kB of JSON (text, markdown and html): batches of up to 1 MB (the default largest
        // request) keep the five requests an idempotent producer may have in flight full, and lz4 shrinks the
        // repetitive JSON about threefold for a few percent of CPU.
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(1024 * 1024));
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long timeout = options.timeout().toMillis();
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout));
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout * 2 + 5));
        String file = uri.option("config", null);
        if (file != null) {
            try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                settings.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("kafka sink " + uri.display() + ": cannot read " + file + ": " + e, e);
            }
        }
        for (Map.Entry<String, String> option : uri.options().entrySet()) {
            if (option.getKey().startsWith("kafka.")) {
                settings.put(option.getKey().substring("kafka.".length()), option.getValue());
            }
        }
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // The value is the spooled line's own bytes: nothing to decode or encode again.
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaDestination(uri.address(), settings);
    }

    /** Builds the producer (seconds of class loading the first time) while the first batch is being read. */
    @Override
    public void connect() {
        producer();
    }

    @Override
    public List<Rejection> send(List<Outbound> batch) throws SinkUnavailableException {
        try {
            KafkaProducer<String, byte[]> p = producer();
            List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
            for (Outbound record : batch) {
                sent.add(p.send(new ProducerRecord<>(topic, record.id(), record.deleted() ? null : record.json())));
            }
            p.flush();
            List<Rejection> rejected = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    sent.get(i).get();
                } catch (ExecutionException e) {
                    if (!isRecordFault(e.getCause())) {
                        throw new SinkUnavailableException("kafka: " + e.getCause().getMessage(), e.getCause());
                    }
                    rejected.add(new Rejection(batch.get(i), e.getCause().getMessage()));
                }
            }
            return rejected;
        } catch (KafkaException e) {
            throw new SinkUnavailableException("kafka: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkUnavailableException("interrupted", e);
        } catch (SinkUnavailableException e) {
            // A producer that gave up on a batch may be left with a broken sequence; the retry starts afresh.
            discardProducer();
            throw e;
        }
    }

    private static boolean isRecordFault(Throwable cause) {
        return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidRecordException || cause instanceof SerializationException;
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(settings);
        }
        return producer;
    }

    private void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
    }
}
