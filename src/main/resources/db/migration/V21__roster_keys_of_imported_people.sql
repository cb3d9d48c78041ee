-- A person received from another installation stays read-only, but the keys this installation derives
-- from the name (folded name, identity key, collation sort key, search key) are its own: when the
-- collation or the key format changes, RosterIndex must be able to rebuild them for everyone. The
-- trigger now refuses only a change to what the sender wrote.
DROP TRIGGER exchange_person_update_read_only;

CREATE TRIGGER exchange_person_update_read_only BEFORE UPDATE ON person
WHEN NOT EXISTS (SELECT 1 FROM exchange_applying)
 AND EXISTS (SELECT 1 FROM exchange_record WHERE entity = 'person' AND record_id = OLD.id)
 AND (NEW.id IS NOT OLD.id OR NEW.unit_id IS NOT OLD.unit_id OR NEW.full_name IS NOT OLD.full_name
      OR NEW.gender IS NOT OLD.gender OR NEW.birth_date IS NOT OLD.birth_date OR NEW.birth_precision IS NOT OLD.birth_precision
      OR NEW.home_town IS NOT OLD.home_town OR NEW.rank IS NOT OLD.rank OR NEW.position IS NOT OLD.position
      OR NEW.category IS NOT OLD.category OR NEW.party_member IS NOT OLD.party_member OR NEW.party_date IS NOT OLD.party_date
      OR NEW.party_precision IS NOT OLD.party_precision OR NEW.start_date IS NOT OLD.start_date
      OR NEW.start_precision IS NOT OLD.start_precision OR NEW.education IS NOT OLD.education OR NEW.notes IS NOT OLD.notes
      OR NEW.left_on IS NOT OLD.left_on OR NEW.left_reason IS NOT OLD.left_reason OR NEW.identifier IS NOT OLD.identifier)
BEGIN SELECT RAISE(ABORT, 'TDKT_IMPORTED_READ_ONLY'); END;
