-- What eligibility reads: the yearly classification, initiatives and research topics, discipline records and
-- the award history (past titles and forms, including those decided by higher echelons). A subject is a person
-- or a unit; subject_kind says which, so one table serves both without two nullable keys.
CREATE TABLE award_classification (
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('person', 'unit')),
    subject_id    TEXT NOT NULL,
    year          INTEGER NOT NULL,
    grade         TEXT NOT NULL CHECK (grade IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    PRIMARY KEY (subject_kind, subject_id, year)
);
CREATE INDEX award_classification_year ON award_classification (year);

-- Sáng kiến and đề tài: recognised (or accepted) on a date, with the scope of its effect.
CREATE TABLE award_initiative (
    id              TEXT PRIMARY KEY NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('initiative', 'topic')),
    title           TEXT NOT NULL,
    recognised_by   TEXT NOT NULL,
    recognised_on   TEXT NOT NULL,
    scope           TEXT NOT NULL CHECK (scope IN ('base', 'ministry', 'national'))
);

CREATE TABLE award_initiative_author (
    initiative_id  TEXT NOT NULL REFERENCES award_initiative (id) ON DELETE CASCADE,
    person_id      TEXT NOT NULL REFERENCES person (id),
    sort_order     INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, person_id)
);
CREATE INDEX award_initiative_author_person ON award_initiative_author (person_id);

-- A case is pending until it has a decided date; a pending case bars every award.
CREATE TABLE award_discipline (
    id            TEXT PRIMARY KEY NOT NULL,
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('person', 'unit')),
    subject_id    TEXT NOT NULL,
    opened_on     TEXT NOT NULL,
    decided_on    TEXT,
    serious       BOOLEAN NOT NULL DEFAULT 0,
    description   TEXT NOT NULL
);
CREATE INDEX award_discipline_subject ON award_discipline (subject_id);

-- Titles and forms a person or unit received. Only công trạng awards count toward chains of consecutive years;
-- đột xuất and chuyên đề ones are kept for the record and the báo cáo thành tích.
CREATE TABLE award_history (
    id               TEXT PRIMARY KEY NOT NULL,
    subject_kind     TEXT NOT NULL CHECK (subject_kind IN ('person', 'unit')),
    subject_id       TEXT NOT NULL,
    year             INTEGER NOT NULL,
    title_code       TEXT,
    title_name       TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('merit', 'oneOff', 'themed', 'service', 'seniority', 'foreign')),
    decision_number  TEXT,
    decision_date    TEXT,
    issuer           TEXT
);
CREATE INDEX award_history_subject ON award_history (subject_id, year);
CREATE INDEX award_history_year ON award_history (year);

-- The officer's edits of a shipped rule set: each save is the next version, the shipped JSON being version 1.
CREATE TABLE award_rule_set (
    code      TEXT NOT NULL,
    version   INTEGER NOT NULL,
    saved_at  TEXT NOT NULL,
    body      TEXT NOT NULL,
    PRIMARY KEY (code, version)
);
