-- The same table as for PostgreSQL; H2 keeps the record as JSON text.
CREATE TABLE IF NOT EXISTS ${table} (
    id           VARCHAR(64)   PRIMARY KEY,
    url          VARCHAR(2048),
    title        VARCHAR(1000000),
    published    TIMESTAMP WITH TIME ZONE,
    modified     TIMESTAMP WITH TIME ZONE,
    source       VARCHAR(1000000),
    author       VARCHAR(1000000),
    site_name    VARCHAR(1000000),
    language     VARCHAR(35),
    word_count   INTEGER,
    content_hash VARCHAR(64),
    extracted_at TIMESTAMP WITH TIME ZONE,
    deleted      BOOLEAN       DEFAULT FALSE NOT NULL,
    record       CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX IF NOT EXISTS ${table}_published ON ${table} (published);
