-- Symbio workspace schema, version 8: the board above the executives, and what coverage each
-- tier requires.
-- Level parity asks our supporter to out-rank the competitor's: when theirs is the CEO, ours
-- has to come from the board, so a person's level may be 'board'. SQLite cannot change a CHECK
-- in place, so `person` is rebuilt with its ids kept (the undo journal addresses rows by id);
-- the tables referring to it name it, so they point at the new table once it has the old name.
-- This runs with foreign keys off and is checked before it commits.
-- The tier service rules say what coverage the tier requires of every key contact besides a
-- primary (A) owner: a backup (B) owner, an executive sponsor for the customer's executives,
-- and how many stable, independent information channels. S and A require all of it with two
-- channels; B one channel; C only the A owner, so that a small account is not flooded with
-- findings. New columns have defaults, so that replaying an older journal image still works.

CREATE TABLE person_v8 (
    id                INTEGER PRIMARY KEY,
    account_id        INTEGER REFERENCES account (id),
    side              TEXT NOT NULL CHECK (side IN ('customer', 'ours', 'third_party', 'competitor')),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title             TEXT NOT NULL DEFAULT '',
    org_unit_id       INTEGER REFERENCES org_unit (id),
    level             TEXT NOT NULL DEFAULT 'staff'
        CHECK (level IN ('board', 'executive', 'senior_manager', 'manager', 'staff')),
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left', 'moved')),
    status_changed_on TEXT,
    employer_id       INTEGER REFERENCES competitor (id),
    CHECK ((side = 'ours') = (account_id IS NULL)),
    CHECK (side = 'competitor' OR employer_id IS NULL)
);
INSERT INTO person_v8 (id, account_id, side, name, title, org_unit_id, level, email, phone, status,
                       status_changed_on, employer_id)
SELECT id, account_id, side, name, title, org_unit_id, level, email, phone, status, status_changed_on, employer_id
FROM person;
DROP TABLE person;
ALTER TABLE person_v8 RENAME TO person;
CREATE INDEX person_account ON person (account_id);
CREATE INDEX person_org_unit ON person (org_unit_id);

ALTER TABLE tier_rule ADD COLUMN require_b_owner INTEGER NOT NULL DEFAULT 1 CHECK (require_b_owner IN (0, 1));
ALTER TABLE tier_rule ADD COLUMN require_sponsor INTEGER NOT NULL DEFAULT 1 CHECK (require_sponsor IN (0, 1));
ALTER TABLE tier_rule ADD COLUMN min_channels INTEGER NOT NULL DEFAULT 2 CHECK (min_channels BETWEEN 0 AND 5);
UPDATE tier_rule SET require_b_owner = 0, require_sponsor = 0, min_channels = 1 WHERE tier = 'B';
UPDATE tier_rule SET require_b_owner = 0, require_sponsor = 0, min_channels = 0 WHERE tier = 'C';
