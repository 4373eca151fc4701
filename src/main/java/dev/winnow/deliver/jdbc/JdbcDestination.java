package dev.winnow.deliver.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.deliver.DeliveryOptions;
import dev.winnow.deliver.Destination;
import dev.winnow.deliver.Outbound;
import dev.winnow.deliver.RecordDates;
import dev.winnow.deliver.Rejection;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SinkUnavailableException;
import dev.winnow.deliver.SinkUri;
import dev.winnow.record.RecordJson;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Records into a table of any JDBC database, one row per record id, upserted. The table is created (and later
 * evolved) by Flyway migrations from {@code db/deliver/<dialect>}, with a history table of its own, the first
 * time the sink reaches the database. A deleted record flags its row ({@code deleted}, text cleared) or, with
 * {@code onDelete=delete}, removes it.
 *
 * <p>A batch goes in one transaction. When the database refuses a value (SQL states of classes 22 and 23: too
 * long, malformed, a constraint), the batch is written again record by record and only the refused records are
 * rejected; any other failure (connection, permissions, a missing table) leaves the whole batch for a retry.
 */
public final class JdbcDestination implements Destination {

    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String DEFAULT_PASSWORD_VARIABLE = "WINNOW_JDBC_PASSWORD";
    /** The record fields with a column of their own; the rest of the record (its text above all) stays unread. */
    private static final Set<String> COLUMN_FIELDS = Set.of("url", "title", "published", "modified", "source",
            "author", "siteName", "language", "wordCount", "contentHash", "extractedAt");

    private final String url;
    private final String table;
    private final boolean deleteRows;
    private final Properties connectionProperties;
    private final String password;
    private final Migration migration;
    private Connection connection;
    private SqlDialect dialect;

    private JdbcDestination(String url, String table, boolean deleteRows, Properties connectionProperties, String password,
                            Migration migration) {
        this.url = url;
        this.table = table;
        this.deleteRows = deleteRows;
        this.connectionProperties = connectionProperties;
        this.password = password;
        this.migration = migration;
    }

    /** The table's migrations, run once for all the connections of one sink (the first to connect runs them). */
    private static final class Migration {
        private boolean done;

        synchronized void runOnce(Runnable migrate) {
            if (!done) {
                migrate.run();
                done = true;
            }
        }
    }

    /** {@code count} connections to one table, for {@code parallel=}. */
    public static List<JdbcDestination> lanes(SinkUri uri, DeliveryOptions options, Secrets secrets, int count) {
        Migration migration = new Migration();
        List<JdbcDestination> lanes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lanes.add(of(uri, options, secrets, migration));
        }
        return lanes;
    }

    private static JdbcDestination of(SinkUri uri, DeliveryOptions options, Secrets secrets, Migration migration) {
        String table = uri.option("table", "articles");
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("jdbc sink " + uri.display() + ": table must be a plain SQL name, not " + table);
        }
        Properties properties = new Properties();
        String user = uri.option("user", secrets.get("WINNOW_JDBC_USER").orElse(null));
        if (user != null) {
            properties.setProperty("user", user);
        }
        String password = secrets.get(uri.option("passwordEnv", DEFAULT_PASSWORD_VARIABLE)).orElse(null);
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (uri.address().startsWith("jdbc:postgresql:")) {
            long seconds = Math.max(1, options.timeout().toSeconds());
            properties.setProperty("connectTimeout", Long.toString(seconds));
            properties.setProperty("socketTimeout", Long.toString(seconds * 4));
            properties.setProperty("ApplicationName", "winnow");
            // One multi-row INSERT … ON CONFLICT per batch instead of one statement per record: several times
            // faster, and safe because the worker leaves one record per id in a batch.
            if (!uri.address().contains("reWriteBatchedInserts")) {
                properties.setProperty("reWriteBatchedInserts", "true");
            }
        }
        return new JdbcDestination(uri.address(), table, uri.option("onDelete", "flag").equals("delete"), properties, password,
                migration);
    }

    @Override
    public Set<String> fields() {
        return COLUMN_FIELDS;
    }

    @Override
    public void connect() throws SinkUnavailableException {
        send(List.of());
    }

    /** An empty batch only connects (and creates the table the first time). */
    @Override
    public List<Rejection> send(List<Outbound> batch) throws SinkUnavailableException {
        try {
            Connection c = connection();
            if (batch.isEmpty()) {
                return List.of();
            }
            try {
                writeAll(c, batch);
                c.commit();
                return List.of();
            } catch (SQLException e) {
                rollback(c);
                if (!isRecordFault(e)) {
                    throw e;
                }
                return writeOneByOne(c, batch);
            }
        } catch (SQLException e) {
            disconnect();
            throw new SinkUnavailableException("database: " + message(e), e);
        } catch (FlywayException e) {
            disconnect();
            throw new SinkUnavailableException("creating table " + table + ": " + e.getMessage(), e);
        }
    }

    private void writeAll(Connection c, List<Outbound> batch) throws SQLException {
        if (dialect == SqlDialect.GENERIC) {
            for (Outbound record : batch) {
                writeOne(c, record);
            }
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement(dialect.upsert(table));
             PreparedStatement delete = c.prepareStatement(dialect.delete(table))) {
            boolean upserts = false;
            boolean deletes = false;
            for (Outbound record : batch) {
                if (record.deleted() && deleteRows) {
                    // A delete and an upsert of the same id in one batch must keep their order.
                    if (upserts) {
                        upsert.executeBatch();
                        upserts = false;
                    }
                    delete.setString(1, record.id());
                    delete.addBatch();
                    deletes = true;
                } else {
                    if (deletes) {
                        delete.executeBatch();
                        deletes = false;
                    }
                    bindRow(upsert, record, 1);
                    upsert.addBatch();
                    upserts = true;
                }
            }
            if (upserts) {
                upsert.executeBatch();
            }
            if (deletes) {
                delete.executeBatch();
            }
        }
    }

    /** After a batch failed for a value: each record in a transaction of its own, to find the refused ones. */
    private List<Rejection> writeOneByOne(Connection c, List<Outbound> batch) throws SQLException {
        List<Rejection> rejected = new ArrayList<>();
        for (Outbound record : batch) {
            try {
                writeOne(c, record);
                c.commit();
            } catch (SQLException e) {
                rollback(c);
                if (!isRecordFault(e)) {
                    throw e;
                }
                rejected.add(new Rejection(record, message(e)));
            }
        }
        return rejected;
    }

    private void writeOne(Connection c, Outbound record) throws SQLException {
        if (record.deleted() && deleteRows) {
            try (PreparedStatement delete = c.prepareStatement(dialect.delete(table))) {
                delete.setString(1, record.id());
                delete.executeUpdate();
            }
            return;
        }
        if (dialect != SqlDialect.GENERIC) {
            try (PreparedStatement upsert = c.prepareStatement(dialect.upsert(table))) {
                bindRow(upsert, record, 1);
                upsert.executeUpdate();
            }
            return;
        }
        int updated;
        try (PreparedStatement update = c.prepareStatement(dialect.upsert(table))) {
            bindRow(update, record, 0);
            update.setString(SqlDialect.COLUMNS.size(), record.id());
            updated = update.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement insert = c.prepareStatement(dialect.insert(table))) {
                bindRow(insert, record, 1);
                insert.executeUpdate();
            }
        }
    }

    /**
     * Binds the columns in {@link SqlDialect#COLUMNS} order from parameter {@code first}; with {@code first} 0 the
     * id is left out (the generic update binds it last).
     */
    private void bindRow(PreparedStatement statement, Outbound record, int first) throws SQLException {
        ObjectNode fields = record.deleted() ? cleared(record.record()) : record.fields();
        int i = first == 0 ? 1 : first;
        if (first != 0) {
            statement.setString(i++, record.id());
        }
        statement.setString(i++, Outbound.text(fields, "url"));
        statement.setString(i++, Outbound.text(fields, "title"));
        setDate(statement, i++, Outbound.text(fields, "published"));
        setDate(statement, i++, Outbound.text(fields, "modified"));
        statement.setString(i++, Outbound.text(fields, "source"));
        statement.setString(i++, Outbound.text(fields, "author"));
        statement.setString(i++, Outbound.text(fields, "siteName"));
        statement.setString(i++, Outbound.text(fields, "language"));
        if (fields.hasNonNull("wordCount")) {
            statement.setInt(i++, fields.get("wordCount").asInt());
        } else {
            statement.setNull(i++, Types.INTEGER);
        }
        statement.setString(i++, Outbound.text(fields, "contentHash"));
        setDate(statement, i++, Outbound.text(fields, "extractedAt"));
        statement.setBoolean(i++, record.deleted());
        dialect.bindRecord(statement, i, record.deleted() ? RecordJson.lineBytes(fields) : record.json());
    }

    /** A deleted page keeps its row as a marker, without the text it no longer publishes. */
    private static ObjectNode cleared(ObjectNode fields) {
        ObjectNode copy = fields.deepCopy();
        for (String name : List.of("text", "markdown", "html")) {
            copy.putNull(name);
        }
        copy.put("wordCount", 0);
        copy.putNull("contentHash");
        copy.put("deleted", true);
        return copy;
    }

    private static void setDate(PreparedStatement statement, int index, String text) throws SQLException {
        OffsetDateTime date = RecordDates.parse(text).orElse(null);
        if (date == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, date);
        }
    }

    private Connection connection() throws SQLException {
        if (connection != null && !connection.isClosed()) {
            return connection;
        }
        Connection c = DriverManager.getConnection(url, connectionProperties);
        try {
            dialect = SqlDialect.of(c.getMetaData().getDatabaseProductName());
            migration.runOnce(this::migrate);
            c.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        connection = c;
        return c;
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(url, connectionProperties.getProperty("user"), password)
                .locations(dialect.migrations())
                .table(table + "_schema_history")
                // The database may hold other tables (other sinks' included): start the history at version 0,
                // so the sink's own migrations from V1 on still run.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(Map.of("table", table))
                .load()
                .migrate();
    }

    /** Whether the database refused a value of this record rather than the batch as a whole. */
    private static boolean isRecordFault(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return false;
        }
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            String state = cause.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /** The database's own words, without the statement (whose parameters may hold a whole record). */
    private static String message(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        String text = String.valueOf(cause.getMessage());
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        return (cause.getSQLState() == null ? "" : "[" + cause.getSQLState() + "] ") + first;
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the next send reconnects.
        }
    }

    private void disconnect() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already gone.
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }
}
