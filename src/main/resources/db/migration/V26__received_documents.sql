-- The rendered documents a received package carries under docs/ (the Tờ trình, the Biên bản, the báo cáo
-- thành tích, the decisions, a roster sheet), kept in the data file with the package that brought them, so the
-- receiving officer reads them in the app and a backup or a restore carries them too. Packages imported before
-- V26 have none here. Written only by the import, like every imported record.
CREATE TABLE received_document (
    package_id  TEXT NOT NULL REFERENCES exchange_received (id),
    -- The name under docs/ in the package, NFC.
    name        TEXT NOT NULL,
    -- The order the package lists them in (the Tờ trình first, as the sender put it).
    sort_order  INTEGER NOT NULL,
    -- 'pdf', 'docx', 'xlsx' or another file extension, lower case; '' when the name has none.
    format      TEXT NOT NULL,
    size        BIGINT NOT NULL,
    sha256      TEXT NOT NULL,
    -- NULL when the document is larger than the app keeps in the data file (ImportBounds.RECEIVED_DOCUMENT_BYTES):
    -- it is listed, and the officer reads it from the package file.
    content     BLOB,
    PRIMARY KEY (package_id, name)
);

CREATE TRIGGER received_document_insert_read_only BEFORE INSERT ON received_document
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER received_document_update_read_only BEFORE UPDATE ON received_document
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER received_document_delete_read_only BEFORE DELETE ON received_document
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;
