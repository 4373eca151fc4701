package dev.winnow.deliver.kafka;

import dev.winnow.deliver.TcpProxy;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real Kafka broker (KRaft: broker and controller in one node, no ZooKeeper) started in-process on 127.0.0.1
 * for the Kafka sink's tests. It advertises a {@link TcpProxy} in front of itself, so every client connection goes
 * through the proxy and a test can cut the broker off mid-run and bring it back.
 */
final class KafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final TcpProxy proxy;

    private KafkaBroker(KafkaRaftServer server, TcpProxy proxy) {
        this.server = server;
        this.proxy = proxy;
    }

    static KafkaBroker start(Path logs) throws Exception {
        int brokerPort = freePort();
        int controllerPort = freePort();
        TcpProxy proxy = new TcpProxy(brokerPort);
        String directory = logs.toAbsolutePath().toString();
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(directory))
                .setMetadataLogDirectory(directory)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setControllerListenerName("CONTROLLER")
                .run();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + proxy.port());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", directory);
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(p, false), Time.SYSTEM);
        server.startup();
        return new KafkaBroker(server, proxy);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String brokers() {
        return "127.0.0.1:" + proxy.port();
    }

    TcpProxy proxy() {
        return proxy;
    }

    @Override
    public void close() {
        proxy.close();
        server.shutdown();
        server.awaitShutdown();
    }
}
