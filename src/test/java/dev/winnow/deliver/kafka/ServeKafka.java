package dev.winnow.deliver.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the tests' in-process Kafka broker until stopped, for the delivery benchmark and for trying the Kafka sink
 * by hand without a Kafka distribution. Prints the broker address to use in {@code kafka:TOPIC?brokers=}.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dev.winnow.deliver.kafka.ServeKafka [LOG_DIR]</pre>
 */
public final class ServeKafka {

    private ServeKafka() {
    }

    public static void main(String[] args) throws Exception {
        Path logs = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("winnow-kafka");
        Files.createDirectories(logs);
        KafkaBroker broker = KafkaBroker.start(logs);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        System.out.println("kafka broker at " + broker.brokers() + " (logs in " + logs + ")");
        Thread.currentThread().join();
    }
}
