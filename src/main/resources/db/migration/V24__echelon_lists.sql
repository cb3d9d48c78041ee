-- The higher echelon's lists across own and subordinate units (issue 15).

-- A collective nominee names its unit by the UUID it keeps across installations, so the decision sent
-- back down finds that unit, not another of the same name. Null for a person, and for packages
-- written before nominees carried it (those are matched by name, refused when the name is ambiguous).
ALTER TABLE received_nominee ADD COLUMN unit_id TEXT;

-- Scoring periods of a subordinate's units, as its snapshot carried them: the higher echelon ranks
-- them beside its own only when the period and the criteria (by their fingerprint) are the same.
-- They belong to the sending installation like every imported record (exchange_record, entity
-- 'score_period'): only an import writes them, a newer snapshot replaces them.
CREATE TABLE received_score_period (
    id                TEXT PRIMARY KEY NOT NULL,
    source_unit_id    TEXT NOT NULL,
    source_unit_name  TEXT NOT NULL,
    title             TEXT NOT NULL,
    kind              TEXT NOT NULL,
    year              INTEGER NOT NULL,
    number            INTEGER NOT NULL,
    set_name          TEXT NOT NULL,
    set_version       INTEGER NOT NULL,
    -- SHA-256 of the criteria (code, kind, maximum, comparison, target) and the roll-up: two sets with
    -- the same fingerprint score alike whoever typed them in.
    set_fingerprint   TEXT NOT NULL
);
CREATE INDEX received_score_period_when ON received_score_period (kind, year, number);

CREATE TABLE received_score_total (
    period_id  TEXT NOT NULL REFERENCES received_score_period (id) ON DELETE CASCADE,
    unit_id    TEXT NOT NULL,
    unit_name  TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    base       REAL NOT NULL,
    bonus      REAL NOT NULL,
    penalty    REAL NOT NULL,
    PRIMARY KEY (period_id, unit_id)
);

CREATE TRIGGER exchange_received_score_period_insert_read_only BEFORE INSERT ON received_score_period
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_received_score_period_update_read_only BEFORE UPDATE ON received_score_period
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_received_score_period_delete_read_only BEFORE DELETE ON received_score_period
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_received_score_total_insert_read_only BEFORE INSERT ON received_score_total
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_received_score_total_update_read_only BEFORE UPDATE ON received_score_total
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;
