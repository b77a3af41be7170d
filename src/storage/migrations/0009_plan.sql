-- Symbio workspace schema, version 9: the yearly relationship plan of a key account.
-- One plan per account and year: a draft until activated, then active, finally closed. On
-- activation the relationship status assessment the core drafted is frozen into the plan
-- (JSON), so that the plan keeps saying where the account stood when it was agreed.
-- The target task book: market targets (foothold, share of wallet, profit, displacing a
-- competitor) and relationship targets (a person's attitude, a B owner, an executive sponsor,
-- a second information channel, a level of the relationship ladder), each with one of our
-- people as its owner. A target whose owner is deleted stays, ownerless; a target about a
-- customer person goes with that person (see the core's selection plan).
-- Versions keep the targets as agreed at activation and at each half-year adjustment; review
-- marks keep what each weekly review saw, so the next one can say what appeared or cleared.
-- Foreign keys are NO ACTION like everywhere else: the core deletes children explicitly,
-- through the undo journal, before their parent.

CREATE TABLE plan (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id),
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
    narrative    TEXT NOT NULL DEFAULT '',
    created_on   TEXT NOT NULL,
    activated_on TEXT,
    closed_on    TEXT,
    -- The status assessment as frozen at activation (JSON); NULL while a draft.
    assessment   TEXT,
    UNIQUE (account_id, year),
    CHECK (status = 'draft' OR (activated_on IS NOT NULL AND assessment IS NOT NULL)),
    CHECK ((status = 'closed') = (closed_on IS NOT NULL))
);

CREATE TABLE plan_target (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plan (id),
    kind        TEXT NOT NULL CHECK (kind IN ('foothold', 'share_of_wallet', 'profit', 'displace_competitor',
                                              'attitude', 'b_owner', 'sponsor', 'second_channel', 'ladder_level')),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    measure     TEXT NOT NULL DEFAULT '',
    owner_id    INTEGER REFERENCES person (id),
    person_id   INTEGER REFERENCES person (id),
    from_value  REAL,
    to_value    REAL,
    to_level    TEXT CHECK (to_level IN ('vendor', 'preferred_supplier', 'partner', 'strategic_alliance')),
    due_date    TEXT,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'missed', 'dropped')),
    -- Carried over, open, from the plan of the year before.
    carried     INTEGER NOT NULL DEFAULT 0 CHECK (carried IN (0, 1)),
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_target_plan ON plan_target (plan_id);
CREATE INDEX plan_target_person ON plan_target (person_id);
CREATE INDEX plan_target_owner ON plan_target (owner_id);

CREATE TABLE plan_version (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plan (id),
    number     INTEGER NOT NULL CHECK (number >= 1),
    reason     TEXT NOT NULL DEFAULT '',
    created_on TEXT NOT NULL,
    -- The targets as they stood (JSON array).
    targets    TEXT NOT NULL,
    UNIQUE (plan_id, number)
);

CREATE TABLE plan_review (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id),
    reviewed_at    TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    -- The latest journal action the review saw: the next review reports what came after.
    last_action_id INTEGER NOT NULL DEFAULT 0,
    -- What the review saw (JSON): the coverage, parity and balance findings, and the targets met.
    findings       TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX plan_review_plan ON plan_review (plan_id, reviewed_at, id);
