package dev.winnow.deliver.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The few statements that differ between databases: an upsert by id and how the record's JSON is bound. Each
 * dialect also names the folder of its table migrations ({@code db/deliver/<name>}).
 */
enum SqlDialect {
    /** {@code INSERT … ON CONFLICT (id) DO UPDATE}, the record as {@code jsonb}. */
    POSTGRESQL("postgresql"),
    /** H2's {@code MERGE … KEY (id)}. */
    H2("h2"),
    /** Any other database: update, and insert when no row was there, in one transaction. */
    GENERIC("generic");

    static final List<String> COLUMNS = List.of("id", "url", "title", "published", "modified", "source", "author",
            "site_name", "language", "word_count", "content_hash", "extracted_at", "deleted", "record");

    private final String folder;

    SqlDialect(String folder) {
        this.folder = folder;
    }

    static SqlDialect of(String databaseProductName) {
        String name = databaseProductName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        return GENERIC;
    }

    String migrations() {
        return "classpath:db/deliver/" + folder;
    }

    /** The upsert, or for {@link #GENERIC} the update half (its parameters: every column but id, then id). */
    String upsert(String table) {
        String columns = String.join(", ", COLUMNS);
        // PostgreSQL takes the record as the spooled line's bytes and reads them as UTF-8 itself.
        String values = COLUMNS.stream().map(c -> c.equals("record") && this == POSTGRESQL ? "convert_from(?, 'UTF8')::jsonb" : "?")
                .collect(Collectors.joining(", "));
        return switch (this) {
            case POSTGRESQL -> "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT (id) DO UPDATE SET "
                    + COLUMNS.stream().filter(c -> !c.equals("id")).map(c -> c + " = EXCLUDED." + c)
                    .collect(Collectors.joining(", "));
            case H2 -> "MERGE INTO " + table + " (" + columns + ") KEY (id) VALUES (" + values + ")";
            case GENERIC -> "UPDATE " + table + " SET "
                    + COLUMNS.stream().filter(c -> !c.equals("id")).map(c -> c + " = ?").collect(Collectors.joining(", "))
                    + " WHERE id = ?";
        };
    }

    /** The insert half of {@link #GENERIC}'s upsert. */
    String insert(String table) {
        return "INSERT INTO " + table + " (" + String.join(", ", COLUMNS) + ") VALUES ("
                + COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Binds the record's JSON. PostgreSQL gets the UTF-8 bytes as they are (a binary parameter, see
     * {@link #upsert}): a record is some 20 kB, mostly non-ASCII text in many languages, and decoding it only for
     * the driver to encode it again was a good part of a batch's cost.
     */
    void bindRecord(PreparedStatement statement, int index, byte[] json) throws SQLException {
        if (this == POSTGRESQL) {
            statement.setBytes(index, json);
        } else {
            statement.setString(index, new String(json, StandardCharsets.UTF_8));
        }
    }

    String delete(String table) {
        return "DELETE FROM " + table + " WHERE id = ?";
    }
}
