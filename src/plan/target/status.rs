//! A target's effective status: what the data of its account says (see [`super`]).

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::{StatusSource, TargetRow, CHANNELS_FOR_SECOND};
use crate::assessment::{current, Scale};
use crate::error::Result;
use crate::vocabulary::{PlanTargetKind, RelationshipLevel, TargetStatus};

/// What the data of one account says, read once for all its targets.
pub(super) struct Facts {
    attitude: HashMap<i64, i64>,
    /// (person, role) of every coverage tie from our staff who have not left.
    covered: HashSet<(i64, String)>,
    channels: HashMap<i64, i64>,
    level: RelationshipLevel,
}

pub(super) fn facts(conn: &Connection, account_id: i64) -> Result<Facts> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.to_person_id, t.coverage_role FROM tie t
         JOIN person o ON o.id = t.from_person_id JOIN person c ON c.id = t.to_person_id
         WHERE t.kind = 'coverage' AND o.status <> 'left' AND c.account_id = ?1",
    )?;
    let covered = stmt
        .query_map([account_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let level = conn.query_row(
        "SELECT relationship_level FROM account WHERE id = ?1",
        [account_id],
        |r| r.get(0),
    )?;
    Ok(Facts {
        attitude: current(conn, Scale::Attitude, Some(account_id))?,
        covered,
        channels: crate::brain::coverage::channels(conn, Some(account_id), None)?,
        level,
    })
}

fn rank(level: RelationshipLevel) -> usize {
    RelationshipLevel::ALL.iter().position(|l| *l == level).unwrap_or(0)
}

/// Whether the data says the target is met, and what it reads now.
pub(super) fn computed(row: &TargetRow, facts: &Facts) -> (bool, Option<f64>, Option<RelationshipLevel>) {
    let person = row.person_id.unwrap_or_default();
    let has = |role: &str| facts.covered.contains(&(person, role.to_owned()));
    match row.kind {
        PlanTargetKind::Attitude => {
            let now = facts.attitude.get(&person).copied();
            let met = matches!((now, row.to_value), (Some(now), Some(to)) if now as f64 >= to);
            (met, now.map(|v| v as f64), None)
        }
        PlanTargetKind::BOwner => (has("B"), None, None),
        PlanTargetKind::Sponsor => (has("sponsor"), None, None),
        PlanTargetKind::SecondChannel => {
            let now = facts.channels.get(&person).copied().unwrap_or(0);
            (now >= CHANNELS_FOR_SECOND, Some(now as f64), None)
        }
        PlanTargetKind::LadderLevel => {
            let met = row.to_level.is_some_and(|to| rank(facts.level) >= rank(to));
            (met, None, Some(facts.level))
        }
        _ => (false, None, None),
    }
}

pub(super) fn effective(kind: PlanTargetKind, status: TargetStatus, met_by_data: bool) -> (TargetStatus, StatusSource) {
    match status {
        TargetStatus::Dropped | TargetStatus::Missed => (status, StatusSource::Manual),
        _ if kind.shape().computed => (
            if met_by_data {
                TargetStatus::Met
            } else {
                TargetStatus::Open
            },
            StatusSource::Computed,
        ),
        _ => (status, StatusSource::Manual),
    }
}
