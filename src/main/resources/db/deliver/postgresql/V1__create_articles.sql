-- One row per record id (the JDBC sink upserts by it). Typed columns for what a CMS filters and sorts by; the
-- whole record in `record`. Limits are generous but real, so an absurd value is one rejected record.
CREATE TABLE IF NOT EXISTS ${table} (
    id           varchar(64)   PRIMARY KEY,
    url          varchar(2048),
    title        text,
    published    timestamptz,
    modified     timestamptz,
    source       text,
    author       text,
    site_name    text,
    language     varchar(35),
    word_count   integer,
    content_hash varchar(64),
    extracted_at timestamptz,
    deleted      boolean       NOT NULL DEFAULT false,
    record       jsonb         NOT NULL
);
CREATE INDEX IF NOT EXISTS ${table}_published ON ${table} (published);
