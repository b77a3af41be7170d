-- Symbio workspace schema, version 11: accounts closed as lost.
-- Losing an account archives it and records the loss here: when, why (required) and the tier
-- the account had then, so that the portfolio can count losses per year and single out the
-- key accounts among them. At most one loss per account; restoring the account deletes it.
-- Foreign keys are NO ACTION like everywhere else: deleting the account deletes its loss
-- first, through the undo journal.

CREATE TABLE account_loss (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL UNIQUE REFERENCES account (id),
    lost_on      TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    tier_at_loss TEXT CHECK (tier_at_loss IN ('S', 'A', 'B', 'C'))
);
CREATE INDEX account_loss_lost_on ON account_loss (lost_on);
