//! Level parity: our most senior supporter must out-rank each competitor's.
//!
//! The method asks our supporters to be able to suppress (压制) the competitor's: "if the
//! competitor's supporter is the customer's CEO, pick ours from the board". Sitting at the same
//! rank is not enough; sitting lower is a serious gap.
//!
//! Rule: among the account's people (not our staff, not left), **our supporters** have a current
//! attitude of +1 or better; **a competitor's supporters** lean to it with strength 3 or more
//! ([`SUPPORTER_LEANING`]). Rank orders people by level (board, executive, senior manager,
//! manager, staff), then by closeness to the top of the formal line (fewer `reports_to` hops above
//! them is higher: the CEO out-ranks a COO who reports to the CEO; someone with no one above is at
//! the top); among people of the same rank, the stronger supporter is the one shown. For each
//! competitor with a supporter, comparing our highest-ranked supporter with theirs:
//!
//! | rule id | raised when | severity |
//! |---|---|---|
//! | `parity.no_supporter` | the competitor has a supporter and we have none | critical |
//! | `parity.ours_lower` | ours ranks below theirs | critical |
//! | `parity.not_outranking` | ours ranks the same as theirs: not out-ranking them | warning |
//!
//! Params of each finding: `competitor`, `their_name`, `their_level`, `their_depth`, and, when we
//! have a supporter, `our_name`, `our_level`, `our_depth` (depth: `reports_to` hops from the top).
//!
//! Contract: read-only; an unknown account is `NotFound`.

use std::cmp::Ordering;
use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use super::{current, person_ref, sort_gaps, Gap, PersonRef, Rule, Scale, Severity, PERSON_REF};
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
    /// Our highest-ranked supporter sits lower (or we have none).
    pub ours_lower: bool,
    /// Our highest-ranked supporter sits strictly higher: the method's aim.
    pub outranks: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct LevelParity {
    pub account_id: i64,
    pub our_top_supporter: Option<Supporter>,
    pub competitors: Vec<CompetitorParity>,
    pub gaps: Vec<Gap>,
}

/// Where a supporter ranks: level, then closeness to the top of the line. Greater is higher.
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

/// The finding for one competitor, given how our top supporter ranks against theirs (`None`:
/// we have no supporter).
fn parity_gap(competitor: &str, top: &Supporter, ours: Option<&Supporter>, order: Option<Ordering>) -> Option<Gap> {
    let (rule, severity, msg) = match ours.zip(order) {
        None => (
            Rule::ParityNoSupporter,
            Severity::Critical,
            format!("{competitor} has a supporter in {}; we have no supporter at all", rank_line(top)),
        ),
        Some((o, Ordering::Less)) => (
            Rule::ParityOursLower,
            Severity::Critical,
            format!(
                "{competitor}'s highest-ranked supporter is {}; ours is {}, lower: win a supporter who out-ranks them",
                rank_line(top),
                rank_line(o)
            ),
        ),
        Some((o, Ordering::Equal)) => (
            Rule::ParityNotOutranking,
            Severity::Warning,
            format!(
                "{competitor}'s highest-ranked supporter is {}; ours is {}, the same rank: equal is not enough, win one who out-ranks them",
                rank_line(top),
                rank_line(o)
            ),
        ),
        Some((_, Ordering::Greater)) => return None,
    };
    let mut gap = Gap::new(rule, severity, Some(top.person.id), msg)
        .with("competitor", competitor)
        .with("their_name", &top.person.name)
        .with("their_level", top.person.level)
        .with("their_depth", top.depth);
    if let Some(o) = ours {
        gap = gap
            .with("our_name", &o.person.name)
            .with("our_level", o.person.level)
            .with("our_depth", o.depth);
    }
    Some(gap)
}

pub(crate) fn compute(conn: &Connection, account_id: i64) -> Result<LevelParity> {
    account::load(conn, account_id)?;
    let depth = depths(conn, account_id)?;
    let attitude = current(conn, Scale::Attitude, Some(account_id))?;
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
            let order = ours.as_ref().map(|o| position(o).cmp(&position(&top)));
            if let Some(gap) = parity_gap(&competitor, &top, ours.as_ref(), order) {
                gaps.push(gap);
            }
            CompetitorParity {
                competitor_id,
                competitor,
                top_supporter: top,
                ours_lower: order.is_none_or(|o| o == Ordering::Less),
                outranks: order == Some(Ordering::Greater),
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
    /// Our highest-ranked supporter against each competitor's: critical where ours sits lower, a
    /// warning where ours only equals theirs.
    pub fn level_parity(&self, account_id: i64) -> Result<LevelParity> {
        self.read(|conn| compute(conn, account_id))
    }
}

#[cfg(test)]
#[path = "tests/parity.rs"]
mod tests;
