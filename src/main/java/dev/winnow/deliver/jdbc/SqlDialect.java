package dev.winnow.deliver.jdbc;

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
        String values = COLUMNS.stream().map(c -> c.equals("record") && this == POSTGRESQL ? "?::jsonb" : "?")
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

    String delete(String table) {
        return "DELETE FROM " + table + " WHERE id = ?";
    }
}
