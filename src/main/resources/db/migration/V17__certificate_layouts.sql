-- Layouts for printing certificates onto pre-printed blanks (phôi): one per form type, each field a box in mm
-- from the sheet's top-left corner with its font, size (and the floor it may shrink to) and alignment. The
-- scanned blank, when the officer adds one, is kept here so the data folder carries everything it prints with.
CREATE TABLE certificate_layout (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    paper       TEXT NOT NULL CHECK (paper IN ('A4', 'A3')),
    background  BLOB
);

CREATE TABLE certificate_field (
    layout_id      TEXT NOT NULL REFERENCES certificate_layout (id) ON DELETE CASCADE,
    field          TEXT NOT NULL,
    x_mm           REAL NOT NULL,
    y_mm           REAL NOT NULL,
    width_mm       REAL NOT NULL CHECK (width_mm > 0),
    height_mm      REAL NOT NULL CHECK (height_mm > 0),
    font_size      REAL NOT NULL CHECK (font_size > 0),
    min_font_size  REAL NOT NULL CHECK (min_font_size > 0 AND min_font_size <= font_size),
    bold           BOOLEAN NOT NULL,
    italic         BOOLEAN NOT NULL,
    align          TEXT NOT NULL CHECK (align IN ('LEFT', 'CENTER', 'RIGHT')),
    PRIMARY KEY (layout_id, field)
);

-- Where a printer puts the page relative to where it should: measured on the calibration page, added to every field.
CREATE TABLE certificate_printer_offset (
    printer  TEXT PRIMARY KEY,
    x_mm     REAL NOT NULL,
    y_mm     REAL NOT NULL
);

-- Starting layouts the officer measures against the unit's own blanks and drags into place.
INSERT INTO certificate_layout (id, code, name, paper) VALUES
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e01', 'giay-khen', 'Phôi Giấy khen (A4 ngang)', 'A4'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e02', 'bang-khen', 'Phôi Bằng khen (A3 ngang)', 'A3');

INSERT INTO certificate_field VALUES
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e01', 'NAME',               48,  92, 201, 12, 22, 12, 1, 0, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e01', 'RANK_POSITION_UNIT', 38, 106, 221, 10, 15, 10, 0, 0, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e01', 'ACHIEVEMENT',        38, 118, 221, 22, 15, 10, 0, 1, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e01', 'DECISION',           22, 168, 115,  8, 12,  9, 0, 1, 'LEFT'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e01', 'GOLD_BOOK',          22, 177, 115,  8, 12,  9, 0, 1, 'LEFT'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e01', 'PLACE_DATE',        160, 146, 120,  8, 13, 10, 0, 1, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e01', 'SIGNER_TITLE',      160, 155, 120, 10, 14, 10, 1, 0, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e01', 'SIGNER_NAME',       160, 184, 120, 10, 14, 10, 1, 0, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e02', 'NAME',               68, 130, 284, 17, 30, 16, 1, 0, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e02', 'RANK_POSITION_UNIT', 54, 150, 312, 14, 21, 14, 0, 0, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e02', 'ACHIEVEMENT',        54, 167, 312, 31, 21, 14, 0, 1, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e02', 'DECISION',           31, 238, 163, 11, 17, 12, 0, 1, 'LEFT'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e02', 'GOLD_BOOK',          31, 250, 163, 11, 17, 12, 0, 1, 'LEFT'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e02', 'PLACE_DATE',        226, 206, 170, 11, 18, 13, 0, 1, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e02', 'SIGNER_TITLE',      226, 219, 170, 14, 20, 13, 1, 0, 'CENTER'),
    ('8d7e2f0a-5b1c-4c3e-9a51-1f0c6b7d2e02', 'SIGNER_NAME',       226, 260, 170, 14, 20, 13, 1, 0, 'CENTER');
