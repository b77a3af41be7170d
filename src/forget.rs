//! Forgetting: a person, or only their personal profile, taken out of the workspace for good
//! (live tables, undo history, file bytes), and how long the undo history keeps row images.
//!
//! Contract:
//! - [`Db::forget_person`] deletes the person with every row about them, as deleting them does
//!   ([`crate::selection`]), except that an information channel they were the source of goes
//!   too instead of keeping their name. [`Db::clear_profile`] deletes their profile only (the
//!   person stays) and works even when the profile is empty now: its history is what it clears.
//! - The journal is rewritten, not merely hidden: every action whose row images mention them
//!   (see [`purge`]) loses its images, and so does every older action, so that what stays
//!   undoable never touched a forgotten row — an undo can neither bring one back nor
//!   half-restore a row that pointed at one. Compacted actions keep their audit line (label,
//!   author, time) and are beyond undo; undo stops at the first one. The forgetting is itself
//!   an audit line (`kept = 'event'`) that undo steps over: it cannot be undone, and the
//!   newer actions that did not touch the person stay undoable across it.
//! - `secure_delete` is on, then the file is vacuumed and its WAL checkpointed and truncated,
//!   so no byte of the forgotten rows is left in the file or its `-wal`.
//! - The journal keeps row images for [`Db::journal_retention`] days (default 365); older
//!   actions are compacted to their audit line when the workspace opens and when the setting
//!   changes. Compaction, like forgetting, always takes the oldest actions, so undo stays a
//!   consistent walk back to the first compacted one.
//! - Every backup of the workspace is purged the same way ([`purge::Traces`], [`purge::purge`]),
//!   then vacuumed, before the forgetting commits.
//! - Text typed elsewhere that merely mentions them (a contact's notes, a target's title) is
//!   the user's and stays as it is; snapshots frozen as JSON (a plan's assessment, its target
//!   versions, what a review saw) have the person's texts blanked out.

pub mod purge;
mod retention;

use chrono::Utc;
use rusqlite::{params, Connection, ToSql, TransactionBehavior};
use serde::Serialize;

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{ChangeSet, Table};
pub use purge::{Scope, Traces};
pub use retention::{DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS};

/// How long the journal keeps what undo needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub struct JournalRetention {
    /// Actions older than this many days keep only their audit line.
    pub days: i64,
    pub default_days: i64,
    pub min_days: i64,
    pub max_days: i64,
}

impl JournalRetention {
    fn of(days: i64) -> Self {
        Self {
            days,
            default_days: DEFAULT_RETENTION_DAYS,
            min_days: MIN_RETENTION_DAYS,
            max_days: MAX_RETENTION_DAYS,
        }
    }
}

impl Db {
    /// Forgets the person for good: their rows, their history and the bytes. Not undoable.
    pub fn forget_person(&self, person_id: i64) -> Result<ChangeSet> {
        self.forget(person_id, Scope::Person)
    }

    /// Clears the person's personal profile for good, out of the history too. Not undoable.
    pub fn clear_profile(&self, person_id: i64) -> Result<ChangeSet> {
        self.forget(person_id, Scope::Profile)
    }

    fn forget(&self, person_id: i64, scope: Scope) -> Result<ChangeSet> {
        self.refuse_if_read_only()?;
        let label = match scope {
            Scope::Person => ActionLabel::ForgetPerson,
            Scope::Profile => ActionLabel::ClearProfile,
        };
        let changes = {
            let mut conn = self.lock_conn();
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let traces = Traces::of(&tx, person_id, scope)?;
            let changes = purge::purge_in(&tx, &traces)?;
            // Backups first: should one fail, nothing is committed and forgetting can be retried
            // (a backup the purge fails on is deleted rather than kept with the person in it).
            self.purge_backups(|backup| purge::purge(backup, &traces))?;
            let (key, values) = label.to_parts();
            tx.execute(
                "INSERT INTO journal_action (label_key, label_params, author, at, kept)
                 VALUES (?1, ?2, ?3, ?4, 'event')",
                params![key, values, self.author(), now()],
            )?;
            let action_id = tx.last_insert_rowid();
            let after = crate::journal::undo_state(&tx)?;
            tx.commit()?;
            // Committed: the rows are gone and secure_delete zeroed their cells. Vacuuming and
            // truncating the WAL take the last copies (free pages, old WAL frames) away; should
            // it fail (the disk full), SQLite's own checkpoints overwrite those frames later, and
            // the forgetting is not reported as failed after it happened.
            let _ = purge::scrub_file(&conn);
            ChangeSet {
                action_id,
                label,
                changes,
                undo: after.undo,
                redo: after.redo,
            }
        };
        self.notify(&changes);
        Ok(changes)
    }

    /// The journal retention setting.
    pub fn journal_retention(&self) -> Result<JournalRetention> {
        self.read(|conn| Ok(JournalRetention::of(retention::retention_days(conn)?)))
    }

    /// Keeps row images for `days` days (undoable like any setting) and compacts what is older
    /// at once; compacted history stays compacted when the change is undone.
    pub fn set_journal_retention(&self, days: i64) -> Result<JournalRetention> {
        if !(MIN_RETENTION_DAYS..=MAX_RETENTION_DAYS).contains(&days) {
            return Err(Error::problem(
                "days",
                Problem::out_of_range(MIN_RETENTION_DAYS as f64, MAX_RETENTION_DAYS as f64, days as f64),
            ));
        }
        let value = days.to_string();
        self.write(ActionLabel::SetJournalRetention { days }, |w| {
            let existing: Option<i64> = w
                .conn()
                .query_row(
                    "SELECT id FROM workspace_setting WHERE key = ?1",
                    [retention::RETENTION_KEY],
                    |row| row.get(0),
                )
                .ok();
            match existing {
                Some(id) => w.update(Table::WorkspaceSetting, id, &[("value", &value as &dyn ToSql)]),
                None => w
                    .insert(
                        Table::WorkspaceSetting,
                        &[("key", &retention::RETENTION_KEY), ("value", &value)],
                    )
                    .map(|_| ()),
            }
        })?;
        self.apply_retention()?;
        self.journal_retention()
    }

    /// Compacts the actions older than the retention setting; how many were compacted. Run
    /// when the workspace opens (a read-only one is left as it is) and when the setting changes.
    pub fn apply_retention(&self) -> Result<usize> {
        if self.is_read_only() {
            return Ok(0);
        }
        let mut conn = self.lock_conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let days = retention::retention_days(&tx)?;
        let compacted = retention::compact_history(&tx, days, Utc::now())?;
        tx.commit()?;
        if compacted > 0 {
            // secure_delete zeroed the images; the WAL's older frames go too.
            let _ = checkpoint(&conn);
        }
        Ok(compacted)
    }
}

fn checkpoint(conn: &Connection) -> Result<()> {
    Ok(conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?)
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests;
