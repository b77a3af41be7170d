-- Symbio workspace schema, version 3: the embedded account team (Tetra Pak model).
-- One team per account: its members (our staff and the customer's appointees, each a person)
-- and its outside partner firms, each with the parts of the customer's value chain served.
-- The core checks the rules that span rows (the person's side and account, the account
-- manager as reporting target, the customer lead's account); the schema backs the rest.

CREATE TABLE team_member (
    id                    INTEGER PRIMARY KEY,
    account_id            INTEGER NOT NULL REFERENCES account (id),
    person_id             INTEGER NOT NULL REFERENCES person (id),
    team_role             TEXT NOT NULL DEFAULT '',
    function              TEXT NOT NULL CHECK (function IN ('account_manager', 'strategy_development',
        'sales_administration', 'technical_service', 'quality', 'marketing', 'finance', 'other')),
    location              TEXT NOT NULL DEFAULT 'remote' CHECK (location IN ('customer_site', 'remote')),
    allocation_percent    REAL NOT NULL DEFAULT 100 CHECK (allocation_percent BETWEEN 0 AND 100),
    start_on              TEXT NOT NULL,
    end_on                TEXT,
    -- The person id of the team's account manager, and the customer's lead for this area.
    reports_to_manager_id INTEGER REFERENCES person (id),
    customer_lead_id      INTEGER REFERENCES person (id),
    UNIQUE (account_id, person_id),
    CHECK (end_on IS NULL OR end_on >= start_on),
    CHECK (reports_to_manager_id IS NULL OR reports_to_manager_id <> person_id),
    CHECK (customer_lead_id IS NULL OR customer_lead_id <> person_id)
);
CREATE UNIQUE INDEX team_member_one_account_manager ON team_member (account_id) WHERE function = 'account_manager';
CREATE INDEX team_member_person ON team_member (person_id);
CREATE INDEX team_member_manager ON team_member (reports_to_manager_id);
CREATE INDEX team_member_lead ON team_member (customer_lead_id);

CREATE TABLE team_member_value_chain (
    id        INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES team_member (id),
    area      TEXT NOT NULL CHECK (area IN ('product_development', 'production', 'quality', 'supply_chain',
        'marketing', 'sales', 'finance', 'it')),
    UNIQUE (member_id, area)
);

CREATE TABLE team_partner (
    id                INTEGER PRIMARY KEY,
    account_id        INTEGER NOT NULL REFERENCES account (id),
    firm              TEXT NOT NULL CHECK (length(trim(firm)) > 0),
    service           TEXT NOT NULL CHECK (service IN ('consulting', 'audit', 'advertising', 'other')),
    fee               REAL NOT NULL DEFAULT 0 CHECK (fee >= 0),
    currency          TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    our_share_percent REAL NOT NULL DEFAULT 0 CHECK (our_share_percent BETWEEN 0 AND 100),
    start_on          TEXT NOT NULL,
    end_on            TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    CHECK (end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX team_partner_account ON team_partner (account_id);

CREATE TABLE team_partner_value_chain (
    id         INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES team_partner (id),
    area       TEXT NOT NULL CHECK (area IN ('product_development', 'production', 'quality', 'supply_chain',
        'marketing', 'sales', 'finance', 'it')),
    UNIQUE (partner_id, area)
);
