-- Symbio workspace schema, version 5: the journal stores an action's changes in batches.
-- One row per change doubled the cost of every bulk edit; a batch holds up to a few hundred
-- changes as one JSON array, in the order they happened.

CREATE TABLE journal_batch (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES journal_action (id),
    changes   INTEGER NOT NULL CHECK (changes > 0),
    entries   TEXT NOT NULL
);
CREATE INDEX journal_batch_action ON journal_batch (action_id, id);

INSERT INTO journal_batch (action_id, changes, entries)
SELECT action_id,
       count(*),
       json_group_array(json_object('table', table_name, 'row_id', row_id,
                                    'before', json(before), 'after', json(after)) ORDER BY id)
FROM journal_entry
GROUP BY action_id;

DROP TABLE journal_entry;
