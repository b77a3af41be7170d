-- Symbio workspace schema, version 7: a key-account manager's own accounts, start to finish.
-- Accounts can be archived and carry notes, strategic influence, the unit of their purchase
-- volume and the base year of the value return curve. Tier decisions and relationship-level
-- changes are kept as dated history; the value assessment is per year; deals can be closed;
-- contacts record their place and may be factory tours; key dates know anniversaries and
-- budget cycles; each account lists the competitors met there; the tier service rules say
-- who contacts the account, at which commercial terms level, with which resources.
-- Tables whose CHECK constraints change are rebuilt with their ids kept, so that the undo
-- journal still addresses the same rows; new columns have defaults, so that replaying an
-- older journal entry (an image without them) still inserts a valid row. New tables start
-- empty: a row written here, outside the journal, would refer to an account whose creation
-- can still be undone. The core reads a tier decided before this version from the account.

ALTER TABLE account ADD COLUMN archived_at TEXT;
ALTER TABLE account ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE account ADD COLUMN strategic_influence INTEGER CHECK (strategic_influence BETWEEN 1 AND 5);
ALTER TABLE account ADD COLUMN purchase_volume_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE account ADD COLUMN revenue_base_year INTEGER CHECK (revenue_base_year BETWEEN 1900 AND 9999);

-- Every tier decision, newest last; the account's tier columns hold the latest one.
CREATE TABLE tier_decision (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES account (id),
    tier           TEXT NOT NULL CHECK (tier IN ('S', 'A', 'B', 'C')),
    decided_by     TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_on     TEXT NOT NULL,
    reason         TEXT NOT NULL DEFAULT '',
    -- The weighted value score and the tier it suggested when the decision was taken.
    score          REAL CHECK (score BETWEEN 0 AND 5),
    suggested_tier TEXT CHECK (suggested_tier IN ('S', 'A', 'B', 'C'))
);
CREATE INDEX tier_decision_account ON tier_decision (account_id, decided_on, id);

-- The relationship level and target from each change on.
CREATE TABLE relationship_change (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    level      TEXT NOT NULL CHECK (level IN ('vendor', 'preferred_supplier', 'partner', 'strategic_alliance')),
    target     TEXT NOT NULL CHECK (target IN ('vendor', 'preferred_supplier', 'partner', 'strategic_alliance')),
    changed_on TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX relationship_change_account ON relationship_change (account_id, changed_on, id);

-- Scores per assessment year. Scores from before are this year's assessment.
CREATE TABLE value_score_by_year (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id),
    criterion_id INTEGER NOT NULL REFERENCES value_criterion (id),
    year         INTEGER NOT NULL DEFAULT (CAST(strftime('%Y', 'now') AS INTEGER)) CHECK (year BETWEEN 1900 AND 9999),
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    UNIQUE (account_id, year, criterion_id)
);
INSERT INTO value_score_by_year (id, account_id, criterion_id, score)
SELECT id, account_id, criterion_id, score FROM value_score;
DROP TABLE value_score;
ALTER TABLE value_score_by_year RENAME TO value_score;

-- Deals: open until closed won or lost.
ALTER TABLE opportunity ADD COLUMN status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost'));
ALTER TABLE opportunity ADD COLUMN closed_on TEXT;
ALTER TABLE opportunity ADD COLUMN amount REAL CHECK (amount >= 0);
ALTER TABLE opportunity ADD COLUMN expected_close_on TEXT;
ALTER TABLE opportunity ADD COLUMN notes TEXT NOT NULL DEFAULT '';

-- Contacts: a place, and factory tours. The participants refer to the interaction, so both
-- are copied aside and rebuilt, children after parents.
CREATE TEMP TABLE interaction_v6 AS SELECT * FROM interaction;
CREATE TEMP TABLE interaction_participant_v6 AS SELECT * FROM interaction_participant;
DROP TABLE interaction_participant;
DROP TABLE interaction;
CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account (id),
    kind        TEXT NOT NULL CHECK (kind IN
        ('visit', 'meal', 'call', 'event', 'trade_show', 'mutual_visit', 'key_date_greeting', 'factory_tour')),
    occurred_on TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interaction_account ON interaction (account_id, occurred_on);
INSERT INTO interaction (id, account_id, kind, occurred_on, notes)
SELECT id, account_id, kind, occurred_on, notes FROM temp.interaction_v6;
CREATE TABLE interaction_participant (
    id             INTEGER PRIMARY KEY,
    interaction_id INTEGER NOT NULL REFERENCES interaction (id),
    person_id      INTEGER NOT NULL REFERENCES person (id),
    UNIQUE (interaction_id, person_id)
);
CREATE INDEX interaction_participant_person ON interaction_participant (person_id);
INSERT INTO interaction_participant (id, interaction_id, person_id)
SELECT id, interaction_id, person_id FROM temp.interaction_participant_v6;
DROP TABLE temp.interaction_participant_v6;
DROP TABLE temp.interaction_v6;

-- Key dates: company anniversaries and budget cycles besides renewals, festivals and others.
CREATE TABLE key_date_v7 (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    person_id  INTEGER REFERENCES person (id),
    kind       TEXT NOT NULL CHECK (kind IN
        ('contract_renewal', 'festival', 'custom', 'company_anniversary', 'budget_cycle')),
    label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
    on_date    TEXT NOT NULL,
    yearly     INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1))
);
INSERT INTO key_date_v7 (id, account_id, person_id, kind, label, on_date, yearly)
SELECT id, account_id, person_id, kind, label, on_date, yearly FROM key_date;
DROP TABLE key_date;
ALTER TABLE key_date_v7 RENAME TO key_date;
CREATE INDEX key_date_account ON key_date (account_id, on_date);

-- The competitors added at each account (those someone on its map leans to or works for
-- count as met there without a row).
CREATE TABLE account_competitor (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES account (id),
    competitor_id INTEGER NOT NULL REFERENCES competitor (id),
    UNIQUE (account_id, competitor_id)
);
CREATE INDEX account_competitor_competitor ON account_competitor (competitor_id);

-- The service table: who on our side contacts the account, the commercial terms level
-- (商务水平) and the resources committed. The reception standard becomes an optional note;
-- the seeded English defaults say no more than the contact level, so they are cleared.
ALTER TABLE tier_rule ADD COLUMN executive_contact TEXT NOT NULL DEFAULT 'account_manager'
    CHECK (executive_contact IN ('ceo', 'vice_president', 'director', 'account_manager'));
ALTER TABLE tier_rule ADD COLUMN commercial_terms TEXT NOT NULL DEFAULT 'list'
    CHECK (commercial_terms IN ('strategic', 'preferred', 'standard', 'list'));
ALTER TABLE tier_rule ADD COLUMN resources TEXT NOT NULL DEFAULT '';
UPDATE tier_rule SET executive_contact = 'ceo', commercial_terms = 'strategic' WHERE tier = 'S';
UPDATE tier_rule SET executive_contact = 'vice_president', commercial_terms = 'preferred' WHERE tier = 'A';
UPDATE tier_rule SET executive_contact = 'director', commercial_terms = 'standard' WHERE tier = 'B';
UPDATE tier_rule SET reception_standard = ''
WHERE (tier, reception_standard) IN (VALUES ('S', 'CEO-level reception'), ('A', 'VP-level reception'),
                                            ('B', 'Director-level reception'), ('C', 'Account manager'));
