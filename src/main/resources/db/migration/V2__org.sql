-- Units and people: the unit tree, the roster, transfers, the editable choice lists.
CREATE TABLE unit (
    id            TEXT PRIMARY KEY NOT NULL,
    parent_id     TEXT REFERENCES unit (id),
    code          TEXT COLLATE NOCASE NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    short_name    TEXT,
    kind          TEXT,
    sort_order    INTEGER NOT NULL DEFAULT 0,
    dissolved_on  TEXT
);
CREATE INDEX unit_parent ON unit (parent_id);

CREATE TABLE person (
    id               TEXT PRIMARY KEY NOT NULL,
    unit_id          TEXT NOT NULL REFERENCES unit (id),
    full_name        TEXT NOT NULL,
    -- Folded full name (no marks, lower case): with the birth date, how an import recognises a person.
    name_folded      TEXT NOT NULL,
    -- Vietnamese collation key of given, middle, family name: ORDER BY gives the Vietnamese order.
    sort_key         BLOB NOT NULL,
    gender           TEXT,
    birth_date       TEXT,
    birth_precision  TEXT,
    home_town        TEXT,
    rank             TEXT,
    position         TEXT,
    category         TEXT,
    party_member     BOOLEAN NOT NULL DEFAULT 0,
    party_date       TEXT,
    party_precision  TEXT,
    start_date       TEXT,
    start_precision  TEXT,
    education        TEXT,
    notes            TEXT,
    left_on          TEXT,
    left_reason      TEXT
);
CREATE INDEX person_unit ON person (unit_id);
CREATE INDEX person_sort_key ON person (sort_key);

-- Each folded word of a person's name: a word-prefix search is an index range scan.
CREATE TABLE person_word (
    word       TEXT NOT NULL,
    person_id  TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (word, person_id)
) WITHOUT ROWID;
CREATE INDEX person_word_person ON person_word (person_id);

CREATE TABLE person_transfer (
    id            TEXT PRIMARY KEY NOT NULL,
    person_id     TEXT NOT NULL REFERENCES person (id),
    from_unit_id  TEXT REFERENCES unit (id),
    to_unit_id    TEXT NOT NULL REFERENCES unit (id),
    moved_on      TEXT NOT NULL,
    note          TEXT
);
CREATE INDEX person_transfer_person ON person_transfer (person_id);

-- Ranks, positions and categories the officer picks from; edited in the app.
CREATE TABLE org_choice (
    list        TEXT NOT NULL,
    name        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL,
    PRIMARY KEY (list, name)
);

-- The roster column a spreadsheet header was mapped to, so a unit's file maps itself next time.
CREATE TABLE roster_column_memory (
    header_folded  TEXT PRIMARY KEY NOT NULL,
    field          TEXT NOT NULL
);

INSERT INTO org_choice (list, name, sort_order) VALUES
 ('rank', 'Binh nhì', 1), ('rank', 'Binh nhất', 2), ('rank', 'Hạ sĩ', 3), ('rank', 'Trung sĩ', 4), ('rank', 'Thượng sĩ', 5),
 ('rank', 'Thiếu úy', 6), ('rank', 'Trung úy', 7), ('rank', 'Thượng úy', 8), ('rank', 'Đại úy', 9),
 ('rank', 'Thiếu tá', 10), ('rank', 'Trung tá', 11), ('rank', 'Thượng tá', 12), ('rank', 'Đại tá', 13),
 ('rank', 'Thiếu tướng', 14), ('rank', 'Trung tướng', 15),
 ('rank', 'Chuyên viên', 20), ('rank', 'Chuyên viên chính', 21), ('rank', 'Chuyên viên cao cấp', 22), ('rank', 'Cán sự', 23), ('rank', 'Nhân viên', 24),
 ('position', 'Sư đoàn trưởng', 1), ('position', 'Chính ủy', 2), ('position', 'Trung đoàn trưởng', 3), ('position', 'Phó trung đoàn trưởng', 4),
 ('position', 'Tiểu đoàn trưởng', 5), ('position', 'Chính trị viên tiểu đoàn', 6), ('position', 'Đại đội trưởng', 7), ('position', 'Chính trị viên đại đội', 8),
 ('position', 'Trung đội trưởng', 9), ('position', 'Tiểu đội trưởng', 10), ('position', 'Chiến sĩ', 11),
 ('position', 'Trưởng ban', 12), ('position', 'Trợ lý', 13), ('position', 'Nhân viên', 14),
 ('position', 'Trưởng phòng', 15), ('position', 'Phó trưởng phòng', 16), ('position', 'Chuyên viên', 17),
 ('category', 'Sĩ quan', 1), ('category', 'QNCN', 2), ('category', 'HSQ-BS', 3), ('category', 'CNVCQP', 4), ('category', 'Lao động hợp đồng', 5),
 ('category', 'Cán bộ', 6), ('category', 'Công chức', 7), ('category', 'Viên chức', 8), ('category', 'Người lao động', 9);
