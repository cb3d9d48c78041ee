-- The legal grounds forms cite ("Căn cứ …") and the dated base salary, as data the officer can edit:
-- a new decree is a row, not a release. Seeded only with checked facts; what is not
-- yet known (the civilian circular's date and title) stays empty for the officer to fill.
CREATE TABLE legal_document (
    id              TEXT PRIMARY KEY NOT NULL,
    kind            TEXT NOT NULL,
    number          TEXT NOT NULL,
    issuer          TEXT NOT NULL,
    -- Empty while the date is still to be confirmed; such a document is never cited.
    signed_on       TEXT,
    title           TEXT NOT NULL,
    in_force_from_date   TEXT,
    in_force_until_date  TEXT,
    -- Cited as a ground of award documents (the law, the decree, the sector's circular).
    cited           BOOLEAN NOT NULL DEFAULT 0,
    sort_order      INTEGER NOT NULL
);

INSERT INTO legal_document (id, kind, number, issuer, signed_on, title, in_force_from_date, in_force_until_date, cited, sort_order) VALUES
 ('5b0d6c1e-0c0e-4f6a-9a51-000000000001', 'Luật', '06/2022/QH15', 'Quốc hội', '2022-06-15', 'Thi đua, khen thưởng', '2024-01-01', NULL, 1, 1),
 ('5b0d6c1e-0c0e-4f6a-9a51-000000000002', 'Nghị định', '152/2025/NĐ-CP', 'Chính phủ', '2025-06-14',
  'quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng', '2025-07-01', NULL, 1, 2),
 ('5b0d6c1e-0c0e-4f6a-9a51-000000000003', 'Thông tư', '118/2023/TT-BQP', 'Bộ trưởng Bộ Quốc phòng', '2023-12-22',
  'quy định và hướng dẫn thi đua, khen thưởng trong Quân đội nhân dân Việt Nam', NULL, NULL, 1, 3),
 ('5b0d6c1e-0c0e-4f6a-9a51-000000000004', 'Thông tư', '15/2025/TT-BNV', 'Bộ Nội vụ', NULL,
  '', NULL, NULL, 0, 4);

-- Lương cơ sở: a bonus uses the amount in force on its decision's date.
CREATE TABLE base_salary (
    from_date     TEXT PRIMARY KEY NOT NULL,
    amount        BIGINT NOT NULL,
    legal_ground  TEXT NOT NULL
);

INSERT INTO base_salary (from_date, amount, legal_ground) VALUES
 ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP'),
 ('2026-07-01', 2530000, 'Nghị định 161/2026/NĐ-CP');

-- The single number the letterhead used to carry; the dated table above replaces it. A value the officer
-- typed that differs from the law's is kept for them to move by hand.
DELETE FROM setting WHERE key = 'letterhead.baseSalary' AND value IN ('', '0', '2340000');

-- A dossier's chain: the council meets (Biên bản), a Tờ trình lists those it passed, a Quyết định cites the
-- Tờ trình. Each takes its number and date from the sổ văn bản.
CREATE TABLE council_meeting (
    id           TEXT PRIMARY KEY NOT NULL,
    register_id  INTEGER NOT NULL UNIQUE REFERENCES document_register (id),
    start_time   TEXT NOT NULL,
    end_time     TEXT NOT NULL,
    venue        TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    chair        TEXT NOT NULL,
    secretary    TEXT NOT NULL,
    members      INTEGER NOT NULL,
    present      INTEGER NOT NULL,
    absence      TEXT NOT NULL,
    discussion   TEXT NOT NULL,
    conclusion   TEXT NOT NULL
);

CREATE TABLE council_vote (
    id                 TEXT PRIMARY KEY NOT NULL,
    meeting_id         TEXT NOT NULL REFERENCES council_meeting (id),
    sort_order         INTEGER NOT NULL,
    person_id          TEXT REFERENCES person (id),
    name               TEXT NOT NULL,
    rank               TEXT,
    position_and_unit  TEXT NOT NULL,
    collective         BOOLEAN NOT NULL DEFAULT 0,
    award              TEXT NOT NULL,
    votes              INTEGER NOT NULL,
    passed             BOOLEAN NOT NULL,
    summary            TEXT NOT NULL
);
CREATE INDEX council_vote_meeting ON council_vote (meeting_id);

CREATE TABLE award_proposal (
    id               TEXT PRIMARY KEY NOT NULL,
    register_id      INTEGER NOT NULL UNIQUE REFERENCES document_register (id),
    meeting_id       TEXT NOT NULL REFERENCES council_meeting (id),
    award            TEXT NOT NULL,
    addressee        TEXT NOT NULL,
    addressee_short  TEXT NOT NULL,
    achievement      TEXT NOT NULL
);

CREATE TABLE award_proposal_nominee (
    proposal_id  TEXT NOT NULL REFERENCES award_proposal (id),
    vote_id      TEXT NOT NULL REFERENCES council_vote (id),
    sort_order   INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, vote_id)
);

CREATE TABLE award_decision (
    id           TEXT PRIMARY KEY NOT NULL,
    register_id  INTEGER NOT NULL UNIQUE REFERENCES document_register (id),
    proposal_id  TEXT NOT NULL REFERENCES award_proposal (id),
    award        TEXT NOT NULL,
    achievement  TEXT NOT NULL,
    fund         TEXT NOT NULL,
    executor     TEXT NOT NULL
);

CREATE TABLE award_decision_nominee (
    decision_id       TEXT NOT NULL REFERENCES award_decision (id),
    vote_id           TEXT NOT NULL REFERENCES council_vote (id),
    sort_order        INTEGER NOT NULL,
    gold_book_number  TEXT NOT NULL,
    -- Bonus as a multiple of the base salary in force on the decision's date.
    bonus_multiple    DOUBLE NOT NULL,
    PRIMARY KEY (decision_id, vote_id)
);
