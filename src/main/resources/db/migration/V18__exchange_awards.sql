-- Award proposals received from subordinate units' packages (kind "proposal", docs/package-format.md):
-- the Tờ trình, the council meeting it rests on and its nominees, as the sending unit recorded them.
-- They stay apart from award_proposal: their numbers are the sender's sổ văn bản, not this one's, and
-- they belong to the sending installation, so only the import that owns them writes them.
CREATE TABLE received_proposal (
    id                 TEXT PRIMARY KEY NOT NULL,
    source_unit_id     TEXT NOT NULL,
    source_unit_name   TEXT NOT NULL,
    number             TEXT NOT NULL,
    issued_on          TEXT NOT NULL,
    award              TEXT NOT NULL,
    addressee          TEXT NOT NULL,
    achievement        TEXT NOT NULL,
    minutes_number     TEXT NOT NULL,
    minutes_date       TEXT NOT NULL,
    members            INTEGER NOT NULL,
    present            INTEGER NOT NULL
);

CREATE TABLE received_nominee (
    proposal_id        TEXT NOT NULL REFERENCES received_proposal (id) ON DELETE CASCADE,
    vote_id            TEXT NOT NULL,
    sort_order         INTEGER NOT NULL,
    -- The person's UUID at the sender, the same here when that unit's snapshot was imported.
    person_id          TEXT,
    name               TEXT NOT NULL,
    rank               TEXT NOT NULL,
    position_and_unit  TEXT NOT NULL,
    collective         BOOLEAN NOT NULL,
    award              TEXT NOT NULL,
    votes              INTEGER NOT NULL,
    passed             BOOLEAN NOT NULL,
    summary            TEXT NOT NULL,
    PRIMARY KEY (proposal_id, vote_id)
);

CREATE TRIGGER exchange_received_proposal_insert_read_only BEFORE INSERT ON received_proposal
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_received_proposal_update_read_only BEFORE UPDATE ON received_proposal
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_received_proposal_delete_read_only BEFORE DELETE ON received_proposal
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_received_nominee_insert_read_only BEFORE INSERT ON received_nominee
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_received_nominee_update_read_only BEFORE UPDATE ON received_nominee
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

-- Award history lines a higher echelon's decisions brought (kind "decisions"): the higher echelon's
-- to change, by sending a newer package, like any imported record.
CREATE TRIGGER exchange_award_history_update_read_only BEFORE UPDATE ON award_history
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'award_history' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_award_history_delete_read_only BEFORE DELETE ON award_history
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'award_history' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;
