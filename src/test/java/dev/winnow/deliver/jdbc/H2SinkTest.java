package dev.winnow.deliver.jdbc;

import dev.winnow.deliver.TcpProxy;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** The JDBC sink against an H2 server on 127.0.0.1 (TCP mode, started by the test). */
class H2SinkTest extends JdbcSinkContract {

    @TempDir
    static Path databases;
    private static Server server;
    private static TcpProxy proxy;

    @BeforeAll
    static void startServer() throws Exception {
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", databases.toString()).start();
        proxy = new TcpProxy(server.getPort());
    }

    @AfterAll
    static void stopServer() {
        proxy.close();
        server.stop();
    }

    @Override
    String urlThroughProxy() {
        return "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/winnow";
    }

    @Override
    Connection query() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/winnow", "winnow", "winnow");
    }

    @Override
    TcpProxy proxy() {
        return proxy;
    }

    @Override
    Map<String, String> environment() {
        return Map.of("WINNOW_JDBC_PASSWORD", "winnow");
    }
}
