-- Điển hình tiên tiến: a model's four stages (phát hiện, bồi dưỡng, tổng kết, nhân rộng) with the
-- nurturing plan, the check log, evidence and the replication record.

-- Attachments live inside the database, addressed by the SHA-256 of their bytes: the same file twice is stored once.
CREATE TABLE attachment (
    sha256      TEXT PRIMARY KEY NOT NULL,
    media_type  TEXT NOT NULL,
    size_bytes  BIGINT NOT NULL,
    content     BLOB NOT NULL,
    thumbnail   BLOB,
    stored_at   TEXT NOT NULL
);

CREATE TABLE exemplar (
    id                TEXT PRIMARY KEY NOT NULL,
    -- Exactly one of person_id (an individual) and subject_unit_id (a collective).
    person_id         TEXT REFERENCES person (id),
    subject_unit_id   TEXT REFERENCES unit (id),
    -- The unit the model belongs to, for filters and the list per unit: the person's unit when discovered.
    unit_id           TEXT NOT NULL REFERENCES unit (id),
    field             TEXT NOT NULL,
    reason            TEXT NOT NULL,
    discovered_by     TEXT NOT NULL,
    discovered_on     TEXT NOT NULL,
    stage             TEXT NOT NULL,
    stage_on          TEXT NOT NULL,
    mentor_id         TEXT REFERENCES person (id),
    summary           TEXT,
    summary_on        TEXT,
    ready_on          TEXT,
    created_at        TEXT NOT NULL,
    CHECK ((person_id IS NULL) <> (subject_unit_id IS NULL))
);
CREATE INDEX exemplar_stage ON exemplar (stage);
CREATE INDEX exemplar_unit ON exemplar (unit_id);

-- The đặc trưng a model embodies (names from the trait list of the rule set in use).
CREATE TABLE exemplar_trait (
    exemplar_id  TEXT NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    trait        TEXT NOT NULL,
    PRIMARY KEY (exemplar_id, trait)
) WITHOUT ROWID;

-- Every move between stages, with its date and note: the history the board keeps.
CREATE TABLE exemplar_stage_change (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    exemplar_id  TEXT NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    from_stage   TEXT,
    to_stage     TEXT NOT NULL,
    changed_on   TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX exemplar_stage_change_exemplar ON exemplar_stage_change (exemplar_id);

-- Lộ trình phấn đấu: the title aimed at in each year.
CREATE TABLE exemplar_target (
    exemplar_id  TEXT NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    title        TEXT NOT NULL,
    PRIMARY KEY (exemplar_id, year)
) WITHOUT ROWID;

CREATE TABLE exemplar_milestone (
    id           TEXT PRIMARY KEY NOT NULL,
    exemplar_id  TEXT NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    owner        TEXT NOT NULL,
    done_on      TEXT
);
CREATE INDEX exemplar_milestone_exemplar ON exemplar_milestone (exemplar_id);

-- Support given: material (vật chất) or moral (tinh thần).
CREATE TABLE exemplar_support (
    id           TEXT PRIMARY KEY NOT NULL,
    exemplar_id  TEXT NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    given_on     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    description  TEXT NOT NULL
);
CREATE INDEX exemplar_support_exemplar ON exemplar_support (exemplar_id);

-- The check log of the nurturing stage.
CREATE TABLE exemplar_check (
    id           TEXT PRIMARY KEY NOT NULL,
    exemplar_id  TEXT NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    checked_on   TEXT NOT NULL,
    result       TEXT NOT NULL,
    assessment   TEXT,
    next_step    TEXT
);
CREATE INDEX exemplar_check_exemplar ON exemplar_check (exemplar_id, checked_on);

-- Nhân rộng: where and how the model was presented and copied.
CREATE TABLE exemplar_replication (
    id           TEXT PRIMARY KEY NOT NULL,
    exemplar_id  TEXT NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    held_on      TEXT NOT NULL,
    event        TEXT NOT NULL,
    adopted_by   TEXT,
    outcome      TEXT
);
CREATE INDEX exemplar_replication_exemplar ON exemplar_replication (exemplar_id);

CREATE TABLE exemplar_media (
    id            TEXT PRIMARY KEY NOT NULL,
    exemplar_id   TEXT NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    outlet        TEXT NOT NULL,
    published_on  TEXT NOT NULL,
    title         TEXT NOT NULL
);
CREATE INDEX exemplar_media_exemplar ON exemplar_media (exemplar_id);

CREATE TABLE exemplar_evidence (
    id           TEXT PRIMARY KEY NOT NULL,
    exemplar_id  TEXT NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    sha256       TEXT NOT NULL REFERENCES attachment (sha256),
    file_name    TEXT NOT NULL,
    caption      TEXT,
    taken_on     TEXT,
    added_at     TEXT NOT NULL
);
CREATE INDEX exemplar_evidence_exemplar ON exemplar_evidence (exemplar_id);

-- The lists the officer picks from and edits: fields of work, and the đặc trưng of each rule set.
CREATE TABLE exemplar_choice (
    list        TEXT NOT NULL,
    name        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL,
    PRIMARY KEY (list, name)
);

-- The fields named in the domain notes. The five đặc trưng of phẩm chất "Bộ đội Cụ Hồ" (Nghị quyết
-- 847-NQ/QUTW) and the civilian list are not written out there, so both trait lists start empty for
-- the officer to fill in the app rather than carry wording nobody checked.
INSERT INTO exemplar_choice (list, name, sort_order) VALUES
 ('field', 'Huấn luyện', 1), ('field', 'Kỹ thuật', 2), ('field', 'Hậu cần', 3), ('field', 'Công tác đảng, công tác chính trị', 4),
 ('field', 'Dân vận', 5), ('field', 'Tăng gia sản xuất', 6), ('field', 'Văn hóa – thể thao', 7);
