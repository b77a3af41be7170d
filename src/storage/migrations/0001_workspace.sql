-- Symbio workspace schema, version 1.
-- Every table has an INTEGER PRIMARY KEY `id`: the undo journal addresses rows by (table, id).
-- Foreign keys use the default NO ACTION: the core removes dependants itself, through the journal,
-- so that every removal can be undone; a forgotten dependant fails the transaction instead of
-- leaving an orphan.

PRAGMA application_id = 1398361410; -- "SYMB", see storage::APPLICATION_ID

CREATE TABLE competitor (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

CREATE TABLE value_criterion (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    horizon    TEXT NOT NULL CHECK (horizon IN ('current', 'long_term')),
    visibility TEXT NOT NULL CHECK (visibility IN ('explicit', 'implicit')),
    weight     REAL NOT NULL CHECK (weight >= 0),
    position   INTEGER NOT NULL
);

CREATE TABLE tier_rule (
    id                        INTEGER PRIMARY KEY,
    tier                      TEXT NOT NULL UNIQUE CHECK (tier IN ('S', 'A', 'B', 'C')),
    min_score                 REAL NOT NULL CHECK (min_score BETWEEN 0 AND 5),
    reception_standard        TEXT NOT NULL,
    response_hours            INTEGER NOT NULL CHECK (response_hours > 0),
    demand_priority           INTEGER NOT NULL CHECK (demand_priority BETWEEN 1 AND 4),
    supply_priority           INTEGER NOT NULL CHECK (supply_priority BETWEEN 1 AND 4),
    max_days_between_contacts INTEGER NOT NULL CHECK (max_days_between_contacts > 0)
);

CREATE TABLE account (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    industry            TEXT NOT NULL DEFAULT '',
    region              TEXT NOT NULL DEFAULT '',
    tier                TEXT CHECK (tier IN ('S', 'A', 'B', 'C')),
    tier_decided_by     TEXT,
    tier_decided_on     TEXT,
    tier_reason         TEXT,
    relationship_level  TEXT NOT NULL DEFAULT 'vendor'
        CHECK (relationship_level IN ('vendor', 'preferred_supplier', 'partner', 'strategic_alliance')),
    relationship_target TEXT NOT NULL DEFAULT 'vendor'
        CHECK (relationship_target IN ('vendor', 'preferred_supplier', 'partner', 'strategic_alliance')),
    lifecycle_stage     TEXT NOT NULL DEFAULT 'prospecting'
        CHECK (lifecycle_stage IN ('prospecting', 'pre_sale', 'delivery', 'deepening')),
    sales_pattern       TEXT NOT NULL DEFAULT 'continuous'
        CHECK (sales_pattern IN ('continuous', 'periodic', 'project')),
    annual_revenue      REAL CHECK (annual_revenue >= 0),
    purchase_volume     REAL CHECK (purchase_volume >= 0),
    expected_revenue_1y REAL CHECK (expected_revenue_1y >= 0),
    expected_revenue_3y REAL CHECK (expected_revenue_3y >= 0),
    created_at          TEXT NOT NULL
);

CREATE TABLE value_demand (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    demand     TEXT NOT NULL CHECK (length(trim(demand)) > 0),
    UNIQUE (account_id, demand)
);

CREATE TABLE control_point (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account (id),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0)
);

CREATE TABLE revenue_actual (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    year       INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    revenue    REAL NOT NULL CHECK (revenue >= 0),
    UNIQUE (account_id, year)
);

CREATE TABLE value_score (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id),
    criterion_id INTEGER NOT NULL REFERENCES value_criterion (id),
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    UNIQUE (account_id, criterion_id)
);

CREATE TABLE org_unit (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    parent_id  INTEGER REFERENCES org_unit (id),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0)
);
CREATE INDEX org_unit_account ON org_unit (account_id);

CREATE TABLE opportunity (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    UNIQUE (account_id, name)
);

-- Our own staff have no account (account_id NULL): they serve many accounts.
-- Everyone else belongs to exactly one account's map.
CREATE TABLE person (
    id                INTEGER PRIMARY KEY,
    account_id        INTEGER REFERENCES account (id),
    side              TEXT NOT NULL CHECK (side IN ('customer', 'ours', 'third_party', 'competitor')),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title             TEXT NOT NULL DEFAULT '',
    org_unit_id       INTEGER REFERENCES org_unit (id),
    level             TEXT NOT NULL DEFAULT 'staff'
        CHECK (level IN ('executive', 'senior_manager', 'manager', 'staff')),
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left', 'moved')),
    status_changed_on TEXT,
    employer_id       INTEGER REFERENCES competitor (id),
    CHECK ((side = 'ours') = (account_id IS NULL)),
    CHECK (side = 'competitor' OR employer_id IS NULL)
);
CREATE INDEX person_account ON person (account_id);
CREATE INDEX person_org_unit ON person (org_unit_id);

-- Sensitive personal data, kept apart so that one switch can hide all of it.
CREATE TABLE person_profile (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL UNIQUE REFERENCES person (id),
    birthday  TEXT,
    hobbies   TEXT NOT NULL DEFAULT '',
    family    TEXT NOT NULL DEFAULT '',
    home_area TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    clubs     TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE decision_role (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES person (id),
    role           TEXT NOT NULL
        CHECK (role IN ('initiator', 'user', 'influencer', 'decider', 'approver', 'buyer', 'gatekeeper')),
    opportunity_id INTEGER REFERENCES opportunity (id)
);
CREATE UNIQUE INDEX decision_role_once ON decision_role (person_id, role, ifnull(opportunity_id, 0));
CREATE INDEX decision_role_person ON decision_role (person_id);

CREATE TABLE attitude_event (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id),
    value       INTEGER NOT NULL CHECK (value BETWEEN -3 AND 3),
    observed_on TEXT NOT NULL,
    evidence    TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attitude_event_person ON attitude_event (person_id, observed_on, id);

CREATE TABLE influence_event (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id),
    value       INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
    observed_on TEXT NOT NULL,
    evidence    TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX influence_event_person ON influence_event (person_id, observed_on, id);

CREATE TABLE competitor_leaning (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person (id),
    competitor_id INTEGER NOT NULL REFERENCES competitor (id),
    strength      INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
    UNIQUE (person_id, competitor_id)
);

CREATE TABLE information_channel (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES person (id),
    source_person_id INTEGER REFERENCES person (id),
    source           TEXT NOT NULL DEFAULT '',
    reliability      INTEGER NOT NULL CHECK (reliability BETWEEN 1 AND 5),
    CHECK (source_person_id IS NOT NULL OR length(trim(source)) > 0)
);
CREATE INDEX information_channel_person ON information_channel (person_id);

-- One table for every kind of tie, so that paths can run over all of them.
CREATE TABLE tie (
    id             INTEGER PRIMARY KEY,
    from_person_id INTEGER NOT NULL REFERENCES person (id),
    to_person_id   INTEGER NOT NULL REFERENCES person (id),
    kind           TEXT NOT NULL
        CHECK (kind IN ('reports_to', 'dotted_line', 'influences', 'personal', 'coverage')),
    personal_kind  TEXT CHECK (personal_kind IN
        ('friend', 'family', 'former_colleague', 'alumni', 'club', 'neighbour', 'business_contact')),
    coverage_role  TEXT CHECK (coverage_role IN ('A', 'B', 'sponsor')),
    hidden         INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    strength       INTEGER NOT NULL DEFAULT 3 CHECK (strength BETWEEN 1 AND 5),
    note           TEXT NOT NULL DEFAULT '',
    CHECK (from_person_id <> to_person_id),
    CHECK ((kind = 'personal') = (personal_kind IS NOT NULL)),
    CHECK ((kind = 'coverage') = (coverage_role IS NOT NULL)),
    CHECK (hidden = 0 OR kind = 'influences')
);
CREATE INDEX tie_from ON tie (from_person_id);
CREATE INDEX tie_to ON tie (to_person_id);
CREATE UNIQUE INDEX tie_one_formal_manager ON tie (from_person_id) WHERE kind = 'reports_to';
CREATE UNIQUE INDEX tie_one_owner_per_role ON tie (to_person_id, coverage_role) WHERE kind = 'coverage';
CREATE UNIQUE INDEX tie_one_role_per_owner ON tie (from_person_id, to_person_id) WHERE kind = 'coverage';

CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account (id),
    kind        TEXT NOT NULL CHECK (kind IN
        ('visit', 'meal', 'call', 'event', 'trade_show', 'mutual_visit', 'key_date_greeting')),
    occurred_on TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interaction_account ON interaction (account_id, occurred_on);

CREATE TABLE interaction_participant (
    id             INTEGER PRIMARY KEY,
    interaction_id INTEGER NOT NULL REFERENCES interaction (id),
    person_id      INTEGER NOT NULL REFERENCES person (id),
    UNIQUE (interaction_id, person_id)
);
CREATE INDEX interaction_participant_person ON interaction_participant (person_id);

-- Custom dates; birthdays come from person_profile.
CREATE TABLE key_date (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    person_id  INTEGER REFERENCES person (id),
    kind       TEXT NOT NULL CHECK (kind IN ('contract_renewal', 'festival', 'custom')),
    label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
    on_date    TEXT NOT NULL,
    yearly     INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1))
);

-- The undo journal and audit trail: one row per user action, one entry per row it changed.
CREATE TABLE journal_action (
    id        INTEGER PRIMARY KEY,
    label     TEXT NOT NULL,
    author    TEXT NOT NULL,
    at        TEXT NOT NULL,
    state     TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded')),
    undone_at TEXT
);

CREATE TABLE journal_entry (
    id         INTEGER PRIMARY KEY,
    action_id  INTEGER NOT NULL REFERENCES journal_action (id),
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    before     TEXT,
    after      TEXT,
    CHECK (before IS NOT NULL OR after IS NOT NULL)
);
CREATE INDEX journal_entry_action ON journal_entry (action_id, id);
