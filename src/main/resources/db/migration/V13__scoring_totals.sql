-- Each member's totals in a scoring period (base, bonus and penalty after the caps), rewritten with the
-- period's scores in the same transaction. A quarter or a year is ranked from the months' totals: 12 × 200
-- rows instead of 96 000 scores. A period saved before this table existed has no rows here and is added up
-- from its scores when it is read.
CREATE TABLE period_total (
    period_id  TEXT NOT NULL,
    member_id  TEXT NOT NULL,
    base       REAL NOT NULL,
    bonus      REAL NOT NULL,
    penalty    REAL NOT NULL,
    PRIMARY KEY (period_id, member_id),
    FOREIGN KEY (period_id, member_id) REFERENCES period_member (period_id, member_id) ON DELETE CASCADE
);
