-- `record` holds the whole record, some 20 KB each. PostgreSQL compresses values that large with pglz by default,
-- and that compression was most of the cost of an insert; lz4 (PostgreSQL 14 and later, when built with it, as
-- Debian's packages are) compresses several times faster for a slightly larger table. A server without lz4 keeps
-- pglz. Only values written from now on are affected; existing rows stay as they are until rewritten.
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 140000 THEN
        EXECUTE 'ALTER TABLE ${table} ALTER COLUMN record SET COMPRESSION lz4';
    END IF;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    NULL;
END $$;
