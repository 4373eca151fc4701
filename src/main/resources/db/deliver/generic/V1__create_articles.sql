-- The same table in standard SQL, for databases without a folder of their own; the record as JSON text.
CREATE TABLE ${table} (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    url          VARCHAR(2048),
    title        VARCHAR(4000),
    published    TIMESTAMP WITH TIME ZONE,
    modified     TIMESTAMP WITH TIME ZONE,
    source       VARCHAR(2048),
    author       VARCHAR(4000),
    site_name    VARCHAR(1000),
    language     VARCHAR(35),
    word_count   INTEGER,
    content_hash VARCHAR(64),
    extracted_at TIMESTAMP WITH TIME ZONE,
    deleted      BOOLEAN       DEFAULT FALSE NOT NULL,
    record       CLOB          NOT NULL
)
