//! Level parity: our most senior supporter must not sit lower than each competitor's.
//!
//! Rule: among the account's people (not our staff, not left), **our supporters** have a current
//! attitude of +1 or better; **a competitor's supporters** lean to it with strength 3 or more
//! ([`SUPPORTER_LEANING`]). Seniority orders people by level (executive, then senior manager,
//! manager, staff), then by closeness to the top of the formal line (fewer `reports_to` hops above
//! them is more senior: the CEO outranks a COO who reports to the CEO; a board member with no one
//! above is at the top), then by strength of support. For each competitor with a supporter:
//!
//! | rule id | raised when | severity |
//! |---|---|---|
//! | `parity.no_supporter` | the competitor has a supporter and we have none | critical |
//! | `parity.ours_lower` | our most senior supporter is less senior than the competitor's | warning |
//!
//! Contract: read-only; an unknown account is `NotFound`.

use std::cmp::Ordering;
use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use super::{current, person_ref, sort_gaps, Gap, PersonRef, Severity, PERSON_REF};
use crate::account;
use crate::db::Db;
use crate::error::Result;

/// The leaning strength from which a person counts as the competitor's supporter.
pub const SUPPORTER_LEANING: i64 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Supporter {
    pub person: PersonRef,
    /// Attitude toward us for our supporters, leaning strength for a competitor's.
    pub support: i64,
    /// `reports_to` hops between the person and the top of their formal line.
    pub depth: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CompetitorParity {
    pub competitor_id: i64,
    pub competitor: String,
    pub top_supporter: Supporter,
    /// Our most senior supporter sits lower (or we have none).
    pub ours_lower: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct LevelParity {
    pub account_id: i64,
    pub our_top_supporter: Option<Supporter>,
    pub competitors: Vec<CompetitorParity>,
    pub gaps: Vec<Gap>,
}

/// Where a supporter sits: level, then closeness to the top of the line. Greater is higher.
fn position(s: &Supporter) -> (u8, i64) {
    (s.person.level.rank(), -s.depth)
}

/// Greater is more senior; then stronger support, then the earlier entry.
fn seniority(a: &Supporter, b: &Supporter) -> Ordering {
    position(a)
        .cmp(&position(b))
        .then(a.support.cmp(&b.support))
        .then(b.person.id.cmp(&a.person.id))
}

fn depths(conn: &Connection, account_id: i64) -> Result<HashMap<i64, i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.from_person_id, t.to_person_id FROM tie t JOIN person p ON p.id = t.from_person_id
         WHERE t.kind = 'reports_to' AND p.account_id = ?1",
    )?;
    let manager: HashMap<i64, i64> = stmt
        .query_map([account_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut depth = HashMap::new();
    for &person in manager.keys() {
        let (mut hops, mut at) = (0, person);
        while let Some(&up) = manager.get(&at) {
            hops += 1;
            at = up;
            if hops > manager.len() as i64 {
                break; // the formal line is acyclic; this only guards against damage
            }
        }
        depth.insert(person, hops);
    }
    Ok(depth)
}

fn rank_line(s: &Supporter) -> String {
    let place = if s.depth == 0 {
        "top of their line".to_owned()
    } else {
        format!("{} level(s) below the top of their line", s.depth)
    };
    format!("{} ({}, {place})", s.person.name, s.person.level)
}

pub(crate) fn compute(conn: &Connection, account_id: i64) -> Result<LevelParity> {
    account::load(conn, account_id)?;
    let depth = depths(conn, account_id)?;
    let attitude = current(conn, "attitude_event", Some(account_id))?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF} FROM person p WHERE p.account_id = ?1 AND p.side <> 'ours' AND p.status <> 'left'"
    ))?;
    let people: HashMap<i64, PersonRef> = stmt
        .query_map([account_id], |r| person_ref(r, 0))?
        .map(|p| p.map(|p| (p.id, p)))
        .collect::<rusqlite::Result<_>>()?;
    let supporter = |id: i64, support: i64| {
        people.get(&id).map(|p| Supporter {
            person: p.clone(),
            support,
            depth: depth.get(&id).copied().unwrap_or(0),
        })
    };
    let ours = attitude
        .iter()
        .filter(|(_, &a)| a >= 1)
        .filter_map(|(&id, &a)| supporter(id, a))
        .max_by(seniority);

    let mut stmt = conn.prepare_cached(
        "SELECT l.competitor_id, c.name, l.person_id, l.strength FROM competitor_leaning l
         JOIN competitor c ON c.id = l.competitor_id JOIN person p ON p.id = l.person_id
         WHERE p.account_id = ?1 AND l.strength >= ?2 ORDER BY c.name, c.id",
    )?;
    let mut theirs: Vec<(i64, String, Supporter)> = Vec::new();
    for row in stmt.query_map(rusqlite::params![account_id, SUPPORTER_LEANING], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })? {
        let (competitor, name, person, strength): (i64, String, i64, i64) = row?;
        let Some(candidate) = supporter(person, strength) else {
            continue;
        };
        match theirs.iter_mut().find(|(id, _, _)| *id == competitor) {
            Some(entry) if seniority(&candidate, &entry.2) == Ordering::Greater => entry.2 = candidate,
            Some(_) => {}
            None => theirs.push((competitor, name, candidate)),
        }
    }

    let mut gaps = Vec::new();
    let competitors = theirs
        .into_iter()
        .map(|(competitor_id, competitor, top)| {
            let ours_lower = match &ours {
                None => {
                    let msg = format!(
                        "{competitor} has a supporter in {}; we have no supporter at all",
                        rank_line(&top)
                    );
                    gaps.push(Gap::new(
                        "parity.no_supporter",
                        Severity::Critical,
                        Some(top.person.id),
                        msg,
                    ));
                    true
                }
                Some(o) => position(o) < position(&top),
            };
            if let (Some(o), true) = (&ours, ours_lower) {
                let msg = format!(
                    "{competitor}'s most senior supporter is {}; ours is {}: win a supporter at their level or above",
                    rank_line(&top),
                    rank_line(o)
                );
                gaps.push(Gap::new(
                    "parity.ours_lower",
                    Severity::Warning,
                    Some(top.person.id),
                    msg,
                ));
            }
            CompetitorParity {
                competitor_id,
                competitor,
                top_supporter: top,
                ours_lower,
            }
        })
        .collect();
    sort_gaps(&mut gaps);
    Ok(LevelParity {
        account_id,
        our_top_supporter: ours,
        competitors,
        gaps,
    })
}

impl Db {
    /// Our most senior supporter against each competitor's, with a warning where ours sits lower.
    pub fn level_parity(&self, account_id: i64) -> Result<LevelParity> {
        self.read(|conn| compute(conn, account_id))
    }
}

#[cfg(test)]
#[path = "tests/parity.rs"]
mod tests;
