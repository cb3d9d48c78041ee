-- ĐHTT dossiers received from a subordinate's package (kind "dossier", docs/package-format.md) are
-- read-only here, like the units and people of a snapshot (V10): only the import that owns them may
-- change a model or anything recorded under it.

CREATE TRIGGER exchange_exemplar_update_read_only BEFORE UPDATE ON exemplar
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_delete_read_only BEFORE DELETE ON exemplar
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_trait_insert_read_only BEFORE INSERT ON exemplar_trait
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = NEW.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_trait_update_read_only BEFORE UPDATE ON exemplar_trait
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_trait_delete_read_only BEFORE DELETE ON exemplar_trait
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_stage_change_insert_read_only BEFORE INSERT ON exemplar_stage_change
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = NEW.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_stage_change_update_read_only BEFORE UPDATE ON exemplar_stage_change
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_stage_change_delete_read_only BEFORE DELETE ON exemplar_stage_change
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_target_insert_read_only BEFORE INSERT ON exemplar_target
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = NEW.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_target_update_read_only BEFORE UPDATE ON exemplar_target
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_target_delete_read_only BEFORE DELETE ON exemplar_target
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_milestone_insert_read_only BEFORE INSERT ON exemplar_milestone
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = NEW.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_milestone_update_read_only BEFORE UPDATE ON exemplar_milestone
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_milestone_delete_read_only BEFORE DELETE ON exemplar_milestone
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_support_insert_read_only BEFORE INSERT ON exemplar_support
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = NEW.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_support_update_read_only BEFORE UPDATE ON exemplar_support
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_support_delete_read_only BEFORE DELETE ON exemplar_support
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_check_insert_read_only BEFORE INSERT ON exemplar_check
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = NEW.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_check_update_read_only BEFORE UPDATE ON exemplar_check
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_check_delete_read_only BEFORE DELETE ON exemplar_check
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_replication_insert_read_only BEFORE INSERT ON exemplar_replication
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = NEW.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_replication_update_read_only BEFORE UPDATE ON exemplar_replication
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_replication_delete_read_only BEFORE DELETE ON exemplar_replication
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_media_insert_read_only BEFORE INSERT ON exemplar_media
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = NEW.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_media_update_read_only BEFORE UPDATE ON exemplar_media
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_media_delete_read_only BEFORE DELETE ON exemplar_media
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_evidence_insert_read_only BEFORE INSERT ON exemplar_evidence
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = NEW.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_evidence_update_read_only BEFORE UPDATE ON exemplar_evidence
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;

CREATE TRIGGER exchange_exemplar_evidence_delete_read_only BEFORE DELETE ON exemplar_evidence
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'exemplar' AND record_id = OLD.exemplar_id)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;
