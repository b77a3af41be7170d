-- Symbio workspace schema, version 2: the default value criteria and tier rules.
-- A fresh workspace must be able to assess accounts and suggest tiers at once; teams then tune
-- the weights, thresholds and service rules. OR IGNORE keeps any row a workspace already has.

INSERT OR IGNORE INTO value_criterion (key, label, horizon, visibility, weight, position) VALUES
    ('purchase_scale',      'Purchase scale',                       'current',   'explicit', 0.30, 1),
    ('profit_contribution', 'Profit contribution',                  'current',   'explicit', 0.25, 2),
    ('industry_influence',  'Industry influence / reference value', 'long_term', 'implicit', 0.15, 3),
    ('growth_potential',    'Growth potential',                     'long_term', 'explicit', 0.20, 4),
    ('cooperation_fit',     'Cooperation fit and willingness',      'long_term', 'implicit', 0.10, 5);

INSERT OR IGNORE INTO tier_rule
    (tier, min_score, reception_standard, response_hours, demand_priority, supply_priority, max_days_between_contacts)
VALUES
    ('S', 4.0, 'CEO-level reception',      4,  1, 1, 14),
    ('A', 3.0, 'VP-level reception',       12, 2, 2, 30),
    ('B', 2.0, 'Director-level reception', 24, 3, 3, 60),
    ('C', 0.0, 'Account manager',          48, 4, 4, 90);
