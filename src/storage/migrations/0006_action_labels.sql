-- Symbio workspace schema, version 6: journal action labels are a key with values.
-- Labels were English sentences, some carrying a person's or an account's name ("Add Zhao
-- Ming"). They become `label_key` and `label_params` (a JSON object of counts, years, tiers,
-- scores and vocabulary, never names), so the UI words them in the user's language and the
-- journal keeps no names in its labels. The known English forms are carried over; the text of
-- any other label is kept as a `legacy` label.

ALTER TABLE journal_action ADD COLUMN label_key TEXT NOT NULL DEFAULT 'legacy';
ALTER TABLE journal_action ADD COLUMN label_params TEXT NOT NULL DEFAULT '{}';

-- Labels that were always the same words.
UPDATE journal_action SET label_key = CASE label
    WHEN 'Edit account' THEN 'edit_account'
    WHEN 'Create sample account' THEN 'create_sample'
    WHEN 'Add person' THEN 'add_person'
    WHEN 'Edit person' THEN 'edit_person'
    WHEN 'Move person' THEN 'move_person'
    WHEN 'Delete person' THEN 'delete_person'
    WHEN 'Delete tie' THEN 'delete_tie'
    WHEN 'Edit tie' THEN 'edit_tie'
    WHEN 'Remove role' THEN 'remove_role'
    WHEN 'Edit personal profile' THEN 'edit_profile'
    WHEN 'Add information channel' THEN 'add_channel'
    WHEN 'Edit information channel' THEN 'edit_channel'
    WHEN 'Delete information channel' THEN 'delete_channel'
    WHEN 'Clear competitor leaning' THEN 'clear_leaning'
    WHEN 'Rename department' THEN 'rename_department'
    WHEN 'Move department' THEN 'move_department'
    WHEN 'Delete department' THEN 'delete_department'
    WHEN 'Change value weights' THEN 'change_value_weights'
    WHEN 'Change tier thresholds' THEN 'change_tier_thresholds'
    WHEN 'Set value demands' THEN 'set_value_demands'
    WHEN 'Add control point' THEN 'add_control_point'
    WHEN 'Edit control point' THEN 'edit_control_point'
    WHEN 'Delete control point' THEN 'delete_control_point'
    WHEN 'Rename competitor' THEN 'rename_competitor'
    WHEN 'Delete competitor' THEN 'delete_competitor'
    WHEN 'Rename deal' THEN 'rename_deal'
    WHEN 'Delete deal' THEN 'delete_deal'
    WHEN 'Edit interaction' THEN 'edit_contact'
    WHEN 'Delete interaction' THEN 'delete_contact'
    WHEN 'Edit key date' THEN 'edit_key_date'
    WHEN 'Delete key date' THEN 'delete_key_date'
    WHEN 'Reset layout' THEN 'reset_layout'
    WHEN 'Reorder slides' THEN 'reorder_slides'
    WHEN 'Delete saved view' THEN 'delete_view'
    WHEN 'Add team member' THEN 'add_team_member'
    WHEN 'Edit team member' THEN 'edit_team_member'
    WHEN 'Remove team member' THEN 'remove_team_member'
    WHEN 'Edit partner' THEN 'edit_partner'
    WHEN 'Remove partner' THEN 'remove_partner'
    ELSE 'legacy' END;

-- Labels that named what they created: the name is dropped.
UPDATE journal_action SET label_key = CASE
    WHEN label GLOB 'Create account ?*' THEN 'create_account'
    WHEN label GLOB 'Add department ?*' THEN 'add_department'
    WHEN label GLOB 'Add competitor ?*' THEN 'add_competitor'
    WHEN label GLOB 'Add deal ?*' THEN 'add_deal'
    WHEN label GLOB 'Add key date ?*' THEN 'add_key_date'
    WHEN label GLOB 'Add partner ?*' THEN 'add_partner'
    WHEN label GLOB 'Save view ?*' THEN 'save_view'
    ELSE 'legacy' END
WHERE label_key = 'legacy';

-- Labels with a value from a vocabulary.
UPDATE journal_action SET label_key = 'decide_tier', label_params = json_object('tier', substr(label, 13))
WHERE label_key = 'legacy' AND label GLOB 'Decide tier ?' AND substr(label, 13) IN ('S', 'A', 'B', 'C');

UPDATE journal_action SET label_key = 'edit_tier_rules', label_params = json_object('tier', substr(label, 11, 1))
WHERE label_key = 'legacy' AND label GLOB 'Edit tier ? rules' AND substr(label, 11, 1) IN ('S', 'A', 'B', 'C');

UPDATE journal_action SET label_key = 'mark_status', label_params = json_object('status', substr(label, 6))
WHERE label_key = 'legacy' AND label GLOB 'Mark ?*' AND substr(label, 6) IN ('active', 'left', 'moved');

UPDATE journal_action
SET label_key = 'connect', label_params = json_object('kind', substr(label, 10, length(label) - 10))
WHERE label_key = 'legacy' AND label GLOB 'Connect (?*)'
  AND substr(label, 10, length(label) - 10) IN ('reports_to', 'dotted_line', 'influences', 'personal', 'coverage');

UPDATE journal_action SET label_key = 'add_role', label_params = json_object('role', substr(label, 10))
WHERE label_key = 'legacy' AND label GLOB 'Add role ?*'
  AND substr(label, 10) IN ('initiator', 'user', 'influencer', 'decider', 'approver', 'buyer', 'gatekeeper');

UPDATE journal_action SET label_key = 'log_contact', label_params = json_object('kind', substr(label, 5))
WHERE label_key = 'legacy' AND label GLOB 'Log ?*'
  AND substr(label, 5) IN ('visit', 'meal', 'call', 'event', 'trade_show', 'mutual_visit', 'key_date_greeting',
                           'factory_tour');

-- Labels with a number: each only when the number reads back exactly as written.
UPDATE journal_action SET label_key = 'set_attitude', label_params = json_object('value', CAST(substr(label, 17) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Set attitude to ?*'
  AND CAST(CAST(substr(label, 17) AS INTEGER) AS TEXT) = substr(label, 17);

UPDATE journal_action SET label_key = 'set_influence', label_params = json_object('value', CAST(substr(label, 18) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Set influence to ?*'
  AND CAST(CAST(substr(label, 18) AS INTEGER) AS TEXT) = substr(label, 18);

UPDATE journal_action
SET label_key = 'set_leaning', label_params = json_object('strength', CAST(substr(label, 27) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Set competitor leaning to ?*'
  AND CAST(CAST(substr(label, 27) AS INTEGER) AS TEXT) = substr(label, 27);

-- A score and its clearing were always for the year the action ran in.
UPDATE journal_action
SET label_key = 'score_value',
    label_params = json_object('year', CAST(substr(at, 1, 4) AS INTEGER), 'score', CAST(substr(label, 13) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Score value ?*'
  AND CAST(CAST(substr(label, 13) AS INTEGER) AS TEXT) = substr(label, 13);

UPDATE journal_action SET label_key = 'clear_value_score', label_params = json_object('year', CAST(substr(at, 1, 4) AS INTEGER))
WHERE label_key = 'legacy' AND label = 'Clear value score';

UPDATE journal_action SET label_key = 'record_revenue', label_params = json_object('year', CAST(substr(label, 8, 4) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Record [0-9][0-9][0-9][0-9] revenue';

UPDATE journal_action SET label_key = 'clear_revenue', label_params = json_object('year', CAST(substr(label, 7, 4) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Clear [0-9][0-9][0-9][0-9] revenue';

UPDATE journal_action
SET label_key = 'add_people', label_params = json_object('count', CAST(substr(label, 5, length(label) - 11) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Add [0-9]* people'
  AND CAST(CAST(substr(label, 5, length(label) - 11) AS INTEGER) AS TEXT) = substr(label, 5, length(label) - 11);

UPDATE journal_action
SET label_key = 'add_ties', label_params = json_object('count', CAST(substr(label, 5, length(label) - 9) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Add [0-9]* ties'
  AND CAST(CAST(substr(label, 5, length(label) - 9) AS INTEGER) AS TEXT) = substr(label, 5, length(label) - 9);

UPDATE journal_action
SET label_key = 'delete_people', label_params = json_object('count', CAST(substr(label, 8, length(label) - 14) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Delete [0-9]* people'
  AND CAST(CAST(substr(label, 8, length(label) - 14) AS INTEGER) AS TEXT) = substr(label, 8, length(label) - 14);

UPDATE journal_action
SET label_key = 'delete_ties', label_params = json_object('count', CAST(substr(label, 8, length(label) - 12) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Delete [0-9]* ties'
  AND CAST(CAST(substr(label, 8, length(label) - 12) AS INTEGER) AS TEXT) = substr(label, 8, length(label) - 12);

UPDATE journal_action
SET label_key = 'place_on_map', label_params = json_object('count', CAST(substr(label, 6, length(label) - 12) AS INTEGER))
WHERE label_key = 'legacy' AND label GLOB 'Move [0-9]* people'
  AND CAST(CAST(substr(label, 6, length(label) - 12) AS INTEGER) AS TEXT) = substr(label, 6, length(label) - 12);

-- What is left of "Add <name>" added one person; the name is dropped.
UPDATE journal_action SET label_key = 'add_person'
WHERE label_key = 'legacy' AND label GLOB 'Add ?*' AND label NOT GLOB 'Add role *';

-- Anything else keeps its text.
UPDATE journal_action SET label_params = json_object('text', label) WHERE label_key = 'legacy';

ALTER TABLE journal_action DROP COLUMN label;
