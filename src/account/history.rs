//! The account's dated history: relationship-level changes and tier decisions.
//!
//! Contract: a relationship change is recorded by the core whenever an edit changes the level
//! or the target, with the date it happened and who recorded it; the first change also records
//! where the account stood before, dated the day it was created, when that day is earlier. The
//! list runs oldest first. Tier decisions are kept whole (tier, who, when, why, and the value
//! score and suggestion they were taken against); the account's tier is always the latest
//! decision by date, then by entry order. A tier decided before decisions were kept (workspace
//! format 6 and older) is read from the account as the first decision (id 0) and stored as such
//! with the next one. Everything is written inside the user's action, so undo removes it with it.

use rusqlite::{Connection, Row};
use serde::Serialize;

use crate::db::Db;
use crate::error::Result;
use crate::journal::{Table, Writer};
use crate::validate;
use crate::vocabulary::{RelationshipLevel, Tier};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RelationshipChange {
    pub id: i64,
    pub account_id: i64,
    pub level: RelationshipLevel,
    pub target: RelationshipLevel,
    /// `YYYY-MM-DD`.
    pub changed_on: String,
    pub author: String,
}

/// One tier decision of the account's history.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TierDecisionRecord {
    pub id: i64,
    pub account_id: i64,
    pub tier: Tier,
    pub decided_by: String,
    pub decided_on: String,
    pub reason: String,
    /// The weighted value score (0..5) when the decision was taken, if the assessment was complete.
    pub score: Option<f64>,
    /// The tier that score suggested.
    pub suggested_tier: Option<Tier>,
}

pub(crate) struct NewTierDecision<'a> {
    pub tier: Tier,
    pub decided_by: &'a str,
    pub decided_on: &'a str,
    pub reason: &'a str,
    pub score: Option<f64>,
    pub suggested: Option<Tier>,
}

pub(crate) fn record_relationship_by(
    w: &mut Writer<'_>,
    account_id: i64,
    level: RelationshipLevel,
    target: RelationshipLevel,
    changed_on: &str,
    author: &str,
) -> Result<i64> {
    w.insert(
        Table::RelationshipChange,
        &[
            ("account_id", &account_id),
            ("level", &level),
            ("target", &target),
            ("changed_on", &changed_on),
            ("author", &author),
        ],
    )
}

/// Adds the decision and makes the latest decision the account's tier.
pub(crate) fn record_tier_decision(w: &mut Writer<'_>, account_id: i64, made: &NewTierDecision<'_>) -> Result<()> {
    if let Some(legacy) = legacy_decision(w.conn(), account_id)? {
        w.insert(
            Table::TierDecision,
            &[
                ("account_id", &account_id),
                ("tier", &legacy.tier),
                ("decided_by", &legacy.decided_by),
                ("decided_on", &legacy.decided_on),
                ("reason", &legacy.reason),
            ],
        )?;
    }
    w.insert(
        Table::TierDecision,
        &[
            ("account_id", &account_id),
            ("tier", &made.tier),
            ("decided_by", &made.decided_by),
            ("decided_on", &made.decided_on),
            ("reason", &made.reason),
            ("score", &made.score),
            ("suggested_tier", &made.suggested),
        ],
    )?;
    let latest = tier_decisions(w.conn(), account_id)?
        .into_iter()
        .next()
        .ok_or(crate::Error::NotFound {
            entity: "tier_decision",
            id: account_id,
        })?;
    w.update(
        Table::Account,
        account_id,
        &[
            ("tier", &latest.tier),
            ("tier_decided_by", &latest.decided_by),
            ("tier_decided_on", &latest.decided_on),
            ("tier_reason", &latest.reason),
        ],
    )
}

fn decision_row(row: &Row<'_>) -> rusqlite::Result<TierDecisionRecord> {
    Ok(TierDecisionRecord {
        id: row.get(0)?,
        account_id: row.get(1)?,
        tier: row.get(2)?,
        decided_by: row.get(3)?,
        decided_on: row.get(4)?,
        reason: row.get(5)?,
        score: row.get(6)?,
        suggested_tier: row.get(7)?,
    })
}

/// Newest first; a tier decided before decisions were kept comes from the account.
fn tier_decisions(conn: &Connection, account_id: i64) -> Result<Vec<TierDecisionRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, account_id, tier, decided_by, decided_on, reason, score, suggested_tier
         FROM tier_decision WHERE account_id = ?1 ORDER BY decided_on DESC, id DESC",
    )?;
    let rows: Vec<TierDecisionRecord> = stmt
        .query_map([account_id], decision_row)?
        .collect::<rusqlite::Result<_>>()?;
    if rows.is_empty() {
        return Ok(legacy_decision(conn, account_id)?.into_iter().collect());
    }
    Ok(rows)
}

/// The tier an account had before decisions were kept, when it has one and no decision row.
fn legacy_decision(conn: &Connection, account_id: i64) -> Result<Option<TierDecisionRecord>> {
    let kept: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM tier_decision WHERE account_id = ?1)",
        [account_id],
        |r| r.get(0),
    )?;
    if kept {
        return Ok(None);
    }
    let account = super::load(conn, account_id)?;
    Ok(account.tier.map(|tier| TierDecisionRecord {
        id: 0,
        account_id,
        tier,
        decided_by: account
            .tier_decided_by
            .filter(|by| !by.trim().is_empty())
            .unwrap_or_else(|| "?".to_owned()),
        decided_on: account
            .tier_decided_on
            .unwrap_or_else(|| account.created_at.chars().take(10).collect()),
        reason: account.tier_reason.unwrap_or_default(),
        score: None,
        suggested_tier: None,
    }))
}

/// Records a change of level or target; the first one also records where the account stood
/// before, dated the day it was created, when that is earlier than the change.
pub(crate) fn record_change(
    w: &mut Writer<'_>,
    before: &super::Account,
    after: &super::Account,
    changed_on: &str,
    author: &str,
) -> Result<()> {
    let first: bool = w.conn().query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM relationship_change WHERE account_id = ?1)",
        [before.id],
        |r| r.get(0),
    )?;
    let created_on: String = before.created_at.chars().take(10).collect();
    if first && created_on.as_str() < changed_on {
        record_relationship_by(
            w,
            before.id,
            before.relationship_level,
            before.relationship_target,
            &created_on,
            "",
        )?;
    }
    record_relationship_by(
        w,
        after.id,
        after.relationship_level,
        after.relationship_target,
        changed_on,
        author,
    )
    .map(|_| ())
}

impl Db {
    /// The relationship level and target from each change on, oldest first.
    pub fn relationship_history(&self, account_id: i64) -> Result<Vec<RelationshipChange>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare_cached(
                "SELECT id, account_id, level, target, changed_on, author FROM relationship_change
                 WHERE account_id = ?1 ORDER BY changed_on, id",
            )?;
            let rows = stmt.query_map([account_id], |row| {
                Ok(RelationshipChange {
                    id: row.get(0)?,
                    account_id: row.get(1)?,
                    level: row.get(2)?,
                    target: row.get(3)?,
                    changed_on: row.get(4)?,
                    author: row.get(5)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Every tier decision of the account, newest first.
    pub fn tier_history(&self, account_id: i64) -> Result<Vec<TierDecisionRecord>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            tier_decisions(conn, account_id)
        })
    }
}
