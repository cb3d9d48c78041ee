-- USB exchange between echelons (docs/package-format.md): packages sent, keys accepted, packages
-- received and the records they brought, which stay read-only here.

-- Every package this installation wrote; its sequence is the per-source number a receiver compares.
CREATE TABLE exchange_sent (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    sequence    BIGINT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    encrypted   BOOLEAN NOT NULL
);

-- The key of each sending installation, accepted once by the officer after comparing its fingerprint.
CREATE TABLE exchange_trusted_key (
    installation_id  TEXT PRIMARY KEY NOT NULL,
    public_key       BLOB NOT NULL,
    fingerprint      TEXT NOT NULL,
    accepted_at      TEXT NOT NULL
);

CREATE TABLE exchange_received (
    id                   TEXT PRIMARY KEY NOT NULL,
    kind                 TEXT NOT NULL,
    subject              TEXT NOT NULL,
    source_installation  TEXT NOT NULL REFERENCES exchange_trusted_key (installation_id),
    source_unit_code     TEXT NOT NULL,
    source_unit_name     TEXT NOT NULL,
    sequence             BIGINT NOT NULL,
    created_at           TEXT NOT NULL,
    imported_at          TEXT NOT NULL,
    fingerprint          TEXT NOT NULL,
    -- 'current' or 'replaced' (by a newer package of the same source, kind and subject)
    status               TEXT NOT NULL,
    summary              TEXT NOT NULL
);
CREATE INDEX exchange_received_source ON exchange_received (source_installation, kind, subject);

-- Each record an import brought: it keeps its UUID and belongs to the sending installation.
CREATE TABLE exchange_record (
    entity              TEXT NOT NULL,
    record_id           TEXT NOT NULL,
    owner_installation  TEXT NOT NULL,
    package_id          TEXT NOT NULL REFERENCES exchange_received (id),
    PRIMARY KEY (entity, record_id)
);
CREATE INDEX exchange_record_package ON exchange_record (package_id);

-- Holds its one row only while an import applies, inside that import's transaction: the triggers
-- below let only the import change imported records, whichever code tries.
CREATE TABLE exchange_applying (
    one  INTEGER PRIMARY KEY NOT NULL CHECK (one = 1)
);

CREATE TRIGGER exchange_unit_update_read_only BEFORE UPDATE ON unit
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'unit' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_unit_delete_read_only BEFORE DELETE ON unit
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'unit' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_unit_insert_read_only BEFORE INSERT ON unit
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'unit' AND record_id = NEW.parent_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_person_update_read_only BEFORE UPDATE ON person
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'person' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_person_delete_read_only BEFORE DELETE ON person
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'person' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_person_insert_read_only BEFORE INSERT ON person
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'unit' AND record_id = NEW.unit_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;
