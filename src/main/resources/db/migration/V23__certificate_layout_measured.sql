-- The two shipped blank layouts are starting positions, not measured on any unit's real blanks: the day the
-- officer saves a layout (after measuring it against their own phôi) is kept, and the editor says so until then.
-- A copy the officer makes starts unmeasured too. Null for every existing layout: nothing has been measured yet.
ALTER TABLE certificate_layout ADD COLUMN measured_on TEXT;
