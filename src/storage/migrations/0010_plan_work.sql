-- Symbio workspace schema, version 10: keeping the relationship alive, and the plan's work.
-- Customer voice: what the customer said (praise, complaints, requests), heard on a channel,
-- with a sentiment from -2 (strong complaint) to +2 (strong praise).
-- Customer issues, tracked to closure: who raised it, how severe, whose side caused it, which
-- of our people owns it; closed on a date not before it was raised, confirmed by the customer
-- or not.
-- Symbiosis initiatives: what we do to help the customer succeed (open markets, raise their
-- purchasing power, joint R&D, lower their risk), what each side put in and what it returned.
-- The action plan of a yearly plan: dated actions, each owned by one of our people, about
-- customer people of the account, optionally serving one target of the same plan; done by a
-- logged contact (the interaction that closed it) or by hand, or dropped.
-- The key-contact expansion card: the text a plan keeps per target person (why them, what they
-- and their department want, the resources matched, the latest review).
-- A row whose person is deleted: voices and issues stay without the person; actions stay
-- without their owner; the person's place among an action's people and their card go.
-- Foreign keys are NO ACTION like everywhere else: the core deletes children explicitly,
-- through the undo journal, before their parent.

CREATE TABLE customer_voice (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    person_id  INTEGER REFERENCES person (id),
    heard_on   TEXT NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('meeting', 'call', 'email', 'visit', 'event', 'survey', 'other')),
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    topic      TEXT NOT NULL DEFAULT '',
    sentiment  INTEGER NOT NULL DEFAULT 0 CHECK (sentiment BETWEEN -2 AND 2)
);
CREATE INDEX customer_voice_account ON customer_voice (account_id, heard_on, id);
CREATE INDEX customer_voice_person ON customer_voice (person_id);

CREATE TABLE customer_issue (
    id                    INTEGER PRIMARY KEY,
    account_id            INTEGER NOT NULL REFERENCES account (id),
    title                 TEXT NOT NULL CHECK (length(trim(title)) > 0),
    raised_by_id          INTEGER REFERENCES person (id),
    raised_on             TEXT NOT NULL,
    severity              TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    cause_side            TEXT NOT NULL DEFAULT 'unknown' CHECK (cause_side IN ('theirs', 'ours', 'unknown')),
    cause                 TEXT NOT NULL DEFAULT '',
    owner_id              INTEGER REFERENCES person (id),
    status                TEXT NOT NULL DEFAULT 'open'
                          CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
    closed_on             TEXT,
    confirmed_by_customer INTEGER NOT NULL DEFAULT 0 CHECK (confirmed_by_customer IN (0, 1)),
    CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= raised_on)
);
CREATE INDEX customer_issue_account ON customer_issue (account_id, status);
CREATE INDEX customer_issue_raised_by ON customer_issue (raised_by_id);
CREATE INDEX customer_issue_owner ON customer_issue (owner_id);

CREATE TABLE symbiosis_initiative (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES account (id),
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind             TEXT NOT NULL CHECK (kind IN
        ('open_markets', 'raise_purchasing_power', 'joint_rnd', 'lower_their_risk', 'other')),
    our_investment   REAL CHECK (our_investment >= 0),
    their_investment REAL CHECK (their_investment >= 0),
    expected_return  REAL CHECK (expected_return >= 0),
    actual_return    REAL CHECK (actual_return >= 0),
    status           TEXT NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'running', 'done', 'stopped')),
    started_on       TEXT,
    ended_on         TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX symbiosis_initiative_account ON symbiosis_initiative (account_id);

CREATE TABLE plan_action (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id),
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner_id       INTEGER REFERENCES person (id),
    due_on         TEXT NOT NULL,
    target_id      INTEGER REFERENCES plan_target (id),
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    done_on        TEXT,
    -- The logged contact that did it, if it was done by one.
    interaction_id INTEGER REFERENCES interaction (id),
    notes          TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'done') = (done_on IS NOT NULL)),
    CHECK (interaction_id IS NULL OR status = 'done')
);
CREATE INDEX plan_action_plan ON plan_action (plan_id, due_on, id);
CREATE INDEX plan_action_owner ON plan_action (owner_id);
CREATE INDEX plan_action_target ON plan_action (target_id);
CREATE INDEX plan_action_interaction ON plan_action (interaction_id);

-- The customer people an action is about.
CREATE TABLE plan_action_person (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES plan_action (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    UNIQUE (action_id, person_id)
);
CREATE INDEX plan_action_person_person ON plan_action_person (person_id);

CREATE TABLE plan_card (
    id                   INTEGER PRIMARY KEY,
    plan_id              INTEGER NOT NULL REFERENCES plan (id),
    person_id            INTEGER NOT NULL REFERENCES person (id),
    why                  TEXT NOT NULL DEFAULT '',
    personal_interests   TEXT NOT NULL DEFAULT '',
    department_interests TEXT NOT NULL DEFAULT '',
    resources            TEXT NOT NULL DEFAULT '',
    review_note          TEXT NOT NULL DEFAULT '',
    reviewed_on          TEXT,
    UNIQUE (plan_id, person_id)
);
CREATE INDEX plan_card_person ON plan_card (person_id);
