-- How the columns of an imported file were mapped to a person's fields, remembered per
-- header row (its normalised header names) so that the next export from the same CRM maps
-- itself.
CREATE TABLE import_mapping (
    id        INTEGER PRIMARY KEY,
    signature TEXT NOT NULL UNIQUE,
    columns   TEXT NOT NULL
);
