-- A decision records the rule set (code and version) it was made under and who signed it, as issued: a later
-- edit of the rule set or of the letterhead must not change what an old decision says. Rows from before this
-- migration keep these empty and read as "not recorded" (the letterhead's commander signs their form).
ALTER TABLE award_decision ADD COLUMN rule_set_code TEXT;
ALTER TABLE award_decision ADD COLUMN rule_set_version INTEGER;
ALTER TABLE award_decision ADD COLUMN signer_title TEXT;
ALTER TABLE award_decision ADD COLUMN signer_rank TEXT;
ALTER TABLE award_decision ADD COLUMN signer_name TEXT;

-- A collective's ballot names its unit, so that issuing the decision can add the award to the unit's history.
ALTER TABLE council_vote ADD COLUMN unit_id TEXT REFERENCES unit (id);
