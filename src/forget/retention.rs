//! How long the journal keeps the row images of past actions (the retention setting), and
//! the compaction of older actions to their audit line.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;

/// The `workspace_setting` key of the retention, in days.
pub(crate) const RETENTION_KEY: &str = "journal.retention_days";

/// History is kept a year unless the user says otherwise.
pub const DEFAULT_RETENTION_DAYS: i64 = 365;
/// Bounds of the setting: at least a day of undo, at most ten years of history.
pub const MIN_RETENTION_DAYS: i64 = 1;
pub const MAX_RETENTION_DAYS: i64 = 3650;

/// The retention setting in days; the default when unset (or unreadable).
pub(crate) fn retention_days(conn: &Connection) -> Result<i64> {
    let value: Option<String> = conn
        .query_row(
            "SELECT value FROM workspace_setting WHERE key = ?1",
            [RETENTION_KEY],
            |row| row.get(0),
        )
        .optional()?;
    Ok(value
        .and_then(|v| v.parse().ok())
        .filter(|d| (MIN_RETENTION_DAYS..=MAX_RETENTION_DAYS).contains(d))
        .unwrap_or(DEFAULT_RETENTION_DAYS))
}

/// Compacts every action older than `days` before `now` to its audit line (label, author,
/// time; no row images), with every action before it, so that compacted actions stay the
/// oldest ones and undo stops at the first it meets. Returns how many were compacted.
pub(crate) fn compact_history(conn: &Connection, days: i64, now: DateTime<Utc>) -> Result<usize> {
    let cutoff = (now - Duration::days(days)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let barrier: Option<i64> = conn.query_row(
        "SELECT max(id) FROM journal_action WHERE at < ?1 AND kept = 'images'",
        [&cutoff],
        |row| row.get(0),
    )?;
    let Some(barrier) = barrier else {
        return Ok(0);
    };
    conn.pragma_update(None, "secure_delete", true)?;
    conn.execute("DELETE FROM journal_batch WHERE action_id <= ?1", [barrier])?;
    Ok(conn.execute(
        "UPDATE journal_action SET kept = 'audit' WHERE kept = 'images' AND id <= ?1",
        [barrier],
    )?)
}
