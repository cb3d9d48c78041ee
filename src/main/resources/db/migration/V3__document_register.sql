-- Sổ văn bản: every document number issued, per document type and year. The unique keys make sure a
-- number is never issued twice in a year (numbering restarts each year), whether counted or typed.
CREATE TABLE document_register (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    type_code   TEXT NOT NULL,
    year        INTEGER NOT NULL,
    sequence    INTEGER,
    number      TEXT NOT NULL,
    issued_on   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX document_register_number ON document_register (year, number);
CREATE UNIQUE INDEX document_register_sequence ON document_register (type_code, year, sequence);
