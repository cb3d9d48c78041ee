-- Scoring: versioned criteria sets, scoring periods over a list of units (or people), and the scores.

-- One version of a criteria set. Editing a set that already has scores makes a new row with the same
-- family_id and version + 1; periods keep pointing at the version they were scored with.
CREATE TABLE criteria_set (
    id           TEXT PRIMARY KEY NOT NULL,
    family_id    TEXT NOT NULL,
    version      INTEGER NOT NULL,
    name         TEXT NOT NULL,
    -- A shipped example to adapt, shown as such; never a unit's real set.
    sample       BOOLEAN NOT NULL DEFAULT 0,
    -- How a quarter, half-year or year is computed from its months: SUM or AVERAGE.
    roll_up      TEXT NOT NULL DEFAULT 'AVERAGE',
    -- How equal totals are ordered: SHARED (same rank), BASE (higher base first), PENALTY (fewer penalty points first).
    tie_break    TEXT NOT NULL DEFAULT 'SHARED',
    bonus_cap    REAL,
    penalty_cap  REAL,
    created_at   TEXT NOT NULL,
    UNIQUE (family_id, version)
);

CREATE TABLE criteria_group (
    id          TEXT PRIMARY KEY NOT NULL,
    set_id      TEXT NOT NULL REFERENCES criteria_set (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL
);
CREATE INDEX criteria_group_set ON criteria_group (set_id);

-- kind: POINTS (0..max_points), THRESHOLD (a measured value against target; max_points when met),
-- BONUS and PENALTY (0..max_points each, their sums capped by the set's caps).
CREATE TABLE criterion (
    id          TEXT PRIMARY KEY NOT NULL,
    set_id      TEXT NOT NULL REFERENCES criteria_set (id) ON DELETE CASCADE,
    group_id    TEXT REFERENCES criteria_group (id) ON DELETE CASCADE,
    code        TEXT COLLATE NOCASE NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    max_points  REAL NOT NULL,
    -- THRESHOLD only: the comparison (GT, GE, LT, LE) and the target value.
    comparison  TEXT,
    target      REAL,
    guide       TEXT,
    sort_order  INTEGER NOT NULL,
    UNIQUE (set_id, code)
);
CREATE INDEX criterion_set ON criterion (set_id);

-- Classification bands of a set: the highest band whose min_total the total reaches.
CREATE TABLE criteria_band (
    set_id     TEXT NOT NULL REFERENCES criteria_set (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    min_total  REAL NOT NULL,
    PRIMARY KEY (set_id, name)
);

-- kind: MONTH, QUARTER, HALF_YEAR, YEAR; number is the month (1–12), quarter (1–4), half (1–2) or 1.
-- block_id names a khối thi đua of the plan feature (no foreign key: blocks live in another feature).
CREATE TABLE scoring_period (
    id           TEXT PRIMARY KEY NOT NULL,
    set_id       TEXT NOT NULL REFERENCES criteria_set (id),
    kind         TEXT NOT NULL,
    year         INTEGER NOT NULL,
    number       INTEGER NOT NULL,
    title        TEXT NOT NULL,
    block_id     TEXT,
    -- True when the members are the people of a unit rather than units.
    people       BOOLEAN NOT NULL DEFAULT 0,
    locked       BOOLEAN NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL
);
CREATE INDEX scoring_period_year ON scoring_period (year, kind, number);

-- Who is scored in a period: units, or the people of a unit; exactly one of the two.
CREATE TABLE period_member (
    period_id   TEXT NOT NULL REFERENCES scoring_period (id) ON DELETE CASCADE,
    member_id   TEXT NOT NULL,
    unit_id     TEXT REFERENCES unit (id),
    person_id   TEXT REFERENCES person (id),
    sort_order  INTEGER NOT NULL,
    PRIMARY KEY (period_id, member_id),
    CHECK ((unit_id IS NULL) <> (person_id IS NULL))
);

CREATE TABLE score (
    period_id     TEXT NOT NULL REFERENCES scoring_period (id) ON DELETE CASCADE,
    member_id     TEXT NOT NULL,
    criterion_id  TEXT NOT NULL REFERENCES criterion (id),
    value         REAL,
    note          TEXT,
    PRIMARY KEY (period_id, member_id, criterion_id),
    FOREIGN KEY (period_id, member_id) REFERENCES period_member (period_id, member_id) ON DELETE CASCADE
);
CREATE INDEX score_criterion ON score (criterion_id);
