package dev.winnow.deliver.jdbc;

import dev.winnow.deliver.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.fail;

/**
 * The JDBC sink against the local PostgreSQL that {@code .ci/postgres.sh} installs and starts. The test makes a
 * database of its own and drops it at the end. Where no PostgreSQL answers, the test is skipped on a developer's
 * machine and fails under CI.
 */
class PostgresSinkTest extends JdbcSinkContract {

    private static final String ADMIN_URL = env("WINNOW_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("WINNOW_TEST_PG_USER", "winnow");
    private static final String PASSWORD = env("WINNOW_TEST_PG_PASSWORD", "winnow");
    private static final String DATABASE = "winnow_sink_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static TcpProxy proxy;
    private static int port;

    @BeforeAll
    static void createDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                fail("no PostgreSQL at " + ADMIN_URL + " (run .ci/postgres.sh): " + e.getMessage());
            }
            Assumptions.abort("no PostgreSQL at " + ADMIN_URL + " (run .ci/postgres.sh): " + e.getMessage());
        }
        URI server = URI.create(ADMIN_URL.substring("jdbc:".length()));
        port = server.getPort() < 0 ? 5432 : server.getPort();
        proxy = new TcpProxy(port);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (proxy == null) {
            return;
        }
        proxy.close();
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    String urlThroughProxy() {
        return "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE;
    }

    @Override
    Connection query() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, USER, PASSWORD);
    }

    @Override
    TcpProxy proxy() {
        return proxy;
    }

    @Override
    Map<String, String> environment() {
        return Map.of("WINNOW_JDBC_PASSWORD", PASSWORD);
    }
}
