-- Roster identity: the canonical name (marks kept, tone placement normalised, lower case) and an
-- optional service or ID-card number, so an import never mistakes "Hưng" for "Hùng".
ALTER TABLE person ADD COLUMN identifier TEXT;
-- Filled from full_name by the application (RosterIndex) on first start after this migration.
ALTER TABLE person ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX person_identity ON person (name_key, birth_date);
CREATE INDEX person_identifier ON person (identifier);
-- A large unit opens on its first page: people of some units in name order, read on one index.
CREATE INDEX person_unit_sort ON person (unit_id, sort_key);

-- Facts about the stored derived columns, e.g. which collation built person.sort_key, so the keys
-- are rebuilt when the Java runtime's Vietnamese collation changes.
CREATE TABLE roster_meta (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);
