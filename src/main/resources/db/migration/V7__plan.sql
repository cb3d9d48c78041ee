-- The emulation plan: programmes and year plans, movements and phases, targets and their progress,
-- emulation blocks, registrations and pledges.

-- A multi-year programme (giai đoạn 2026–2030) that year plans may belong to.
CREATE TABLE plan_programme (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    first_year  INTEGER NOT NULL,
    last_year   INTEGER NOT NULL
);

-- One kế hoạch thi đua per year.
CREATE TABLE emulation_plan (
    id                     TEXT PRIMARY KEY NOT NULL,
    year                   INTEGER NOT NULL UNIQUE,
    programme_id           TEXT REFERENCES plan_programme (id),
    title                  TEXT NOT NULL,
    theme                  TEXT,
    motto                  TEXT,
    goals                  TEXT,
    number                 TEXT,
    issued_on              TEXT,
    registration_due_date  TEXT
);

-- Phong trào (year-round), themed movements and peak phases; an empty scope means every unit.
CREATE TABLE plan_movement (
    id          TEXT PRIMARY KEY NOT NULL,
    plan_id     TEXT NOT NULL REFERENCES emulation_plan (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    content     TEXT,
    criteria    TEXT,
    sort_order  INTEGER NOT NULL
);
CREATE INDEX plan_movement_plan ON plan_movement (plan_id);

CREATE TABLE plan_movement_unit (
    movement_id  TEXT NOT NULL REFERENCES plan_movement (id) ON DELETE CASCADE,
    unit_id      TEXT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (movement_id, unit_id)
) WITHOUT ROWID;

-- Chỉ tiêu: a text, optionally measured (percent, count, yes/no) against a target value; for one unit
-- or (unit_id null) for the whole unit.
CREATE TABLE plan_target (
    id            TEXT PRIMARY KEY NOT NULL,
    plan_id       TEXT NOT NULL REFERENCES emulation_plan (id) ON DELETE CASCADE,
    unit_id       TEXT REFERENCES unit (id),
    text          TEXT NOT NULL,
    measure       TEXT NOT NULL,
    target_value  REAL,
    sort_order    INTEGER NOT NULL
);
CREATE INDEX plan_target_plan ON plan_target (plan_id);

CREATE TABLE target_progress (
    id           TEXT PRIMARY KEY NOT NULL,
    target_id    TEXT NOT NULL REFERENCES plan_target (id) ON DELETE CASCADE,
    recorded_on  TEXT NOT NULL,
    value        REAL NOT NULL,
    note         TEXT
);
CREATE INDEX target_progress_target ON target_progress (target_id);

-- Khối / cụm thi đua of a year; the year is repeated on each member so that a unit sits in at most
-- one block per year by a unique key.
CREATE TABLE emulation_block (
    id            TEXT PRIMARY KEY NOT NULL,
    year          INTEGER NOT NULL,
    name          TEXT NOT NULL,
    head_unit_id  TEXT REFERENCES unit (id),
    UNIQUE (year, name)
);

CREATE TABLE block_member (
    block_id  TEXT NOT NULL REFERENCES emulation_block (id) ON DELETE CASCADE,
    unit_id   TEXT NOT NULL REFERENCES unit (id),
    year      INTEGER NOT NULL,
    PRIMARY KEY (block_id, unit_id)
);
CREATE UNIQUE INDEX block_member_one_per_year ON block_member (year, unit_id);

-- The titles and award forms one registers for; family 'title' (danh hiệu thi đua) or 'award'
-- (hình thức khen thưởng). Names from domain.md; the rule-set feature will make them editable.
CREATE TABLE emulation_title (
    name        TEXT PRIMARY KEY NOT NULL,
    family      TEXT NOT NULL,
    for_unit    BOOLEAN NOT NULL,
    sort_order  INTEGER NOT NULL
);
INSERT INTO emulation_title (name, family, for_unit, sort_order) VALUES
 ('Chiến sĩ tiên tiến', 'title', 0, 1), ('Chiến sĩ thi đua cơ sở', 'title', 0, 2),
 ('Chiến sĩ thi đua toàn quân', 'title', 0, 3), ('Chiến sĩ thi đua toàn quốc', 'title', 0, 4),
 ('Đơn vị tiên tiến', 'title', 1, 11), ('Đơn vị quyết thắng', 'title', 1, 12), ('Cờ thi đua', 'title', 1, 13),
 ('Giấy khen', 'award', 0, 21), ('Bằng khen', 'award', 0, 22),
 ('Giấy khen (tập thể)', 'award', 1, 31), ('Bằng khen (tập thể)', 'award', 1, 32);

-- Đăng ký thi đua: a person or a unit, once per year per family.
CREATE TABLE registration (
    id             TEXT PRIMARY KEY NOT NULL,
    year           INTEGER NOT NULL,
    person_id      TEXT REFERENCES person (id),
    unit_id        TEXT REFERENCES unit (id),
    title          TEXT NOT NULL REFERENCES emulation_title (name),
    family         TEXT NOT NULL,
    initiatives    TEXT,
    registered_on  TEXT NOT NULL,
    CHECK ((person_id IS NULL) <> (unit_id IS NULL))
);
CREATE UNIQUE INDEX registration_person_once ON registration (year, person_id, family) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX registration_unit_once ON registration (year, unit_id, family) WHERE unit_id IS NOT NULL;

-- Giao ước thi đua signed between units of a block.
CREATE TABLE pledge (
    id           TEXT PRIMARY KEY NOT NULL,
    year         INTEGER NOT NULL,
    block_id     TEXT NOT NULL REFERENCES emulation_block (id),
    title        TEXT NOT NULL,
    signed_on    TEXT NOT NULL,
    commitments  TEXT NOT NULL
);

CREATE TABLE pledge_party (
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    unit_id     TEXT NOT NULL REFERENCES unit (id),
    sort_order  INTEGER NOT NULL,
    PRIMARY KEY (pledge_id, unit_id)
) WITHOUT ROWID;
