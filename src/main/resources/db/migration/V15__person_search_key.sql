-- Roster search on small integers (issue 9): each person gets a search key, and the folded name words
-- point at it instead of the 36-character id. A multi-word search then runs in the word index alone:
-- the rarest word's range, each candidate checked against the other words on (person_key, word), and
-- only the people found are read from the person table.
ALTER TABLE person ADD COLUMN search_key INTEGER NOT NULL DEFAULT 0;

-- Records imported from a subordinate are read-only outside an import (V10); numbering every person
-- is not a change of what they say, so it runs inside the import window, opened and closed here.
INSERT INTO exchange_applying (one) VALUES (1);
UPDATE person SET search_key = rowid;
DELETE FROM exchange_applying;
-- Keys are handed out by the application (the largest one plus one) and never reused while it exists.
CREATE UNIQUE INDEX person_search_key ON person (search_key);

CREATE TABLE person_word_v15 (
    word        TEXT NOT NULL,
    person_key  INTEGER NOT NULL REFERENCES person (search_key) ON DELETE CASCADE,
    PRIMARY KEY (word, person_key)
) WITHOUT ROWID;
INSERT INTO person_word_v15 (word, person_key)
SELECT w.word, p.search_key FROM person_word w JOIN person p ON p.id = w.person_id;
DROP TABLE person_word;
ALTER TABLE person_word_v15 RENAME TO person_word;
CREATE INDEX person_word_person ON person_word (person_key, word);
