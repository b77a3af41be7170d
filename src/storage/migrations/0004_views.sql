-- Symbio workspace schema, version 4: hand-placed positions per view, and saved views.

CREATE TABLE node_position (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    view       TEXT NOT NULL CHECK (view IN ('network', 'org_chart', 'coverage', 'circles', 'paths')),
    person_id  INTEGER NOT NULL REFERENCES person (id),
    x          REAL NOT NULL,
    y          REAL NOT NULL,
    UNIQUE (account_id, view, person_id)
);
CREATE INDEX node_position_person ON node_position (person_id);

-- A named filter, layout and viewport, stepped through like slides in presentation mode.
CREATE TABLE saved_view (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES account (id),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    view            TEXT NOT NULL CHECK (view IN ('network', 'org_chart', 'coverage', 'circles', 'paths')),
    filter          TEXT NOT NULL,
    zoom            REAL NOT NULL CHECK (zoom > 0),
    pan_x           REAL NOT NULL,
    pan_y           REAL NOT NULL,
    focus_person_id INTEGER REFERENCES person (id),
    slide           INTEGER NOT NULL,
    UNIQUE (account_id, name)
);
