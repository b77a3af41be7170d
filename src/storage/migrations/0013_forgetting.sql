-- Symbio workspace schema, version 13: forgetting and journal retention.
-- `kept` says what an action still holds: its row images (`images`, undoable), only its audit
-- line (`audit`: the images were compacted away by the retention setting or by forgetting a
-- person, so it is beyond undo), or never had any (`event`: the audit line of a forgetting,
-- which is itself not undoable and is stepped over by undo). Compacted actions are always the
-- oldest ones, so undo simply stops at the first `audit` action it meets.
ALTER TABLE journal_action ADD COLUMN kept TEXT NOT NULL DEFAULT 'images'
    CHECK (kept IN ('images', 'audit', 'event'));

-- Workspace-wide settings (journal retention, backup rotation...), one row per key, the value
-- as text; absent means the built-in default.
CREATE TABLE workspace_setting (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE CHECK (length(trim(key)) > 0),
    value TEXT NOT NULL
);
