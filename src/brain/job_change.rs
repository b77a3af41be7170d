//! Job-change impact: what depended on a person who left or moved.
//!
//! Run for any person (usually one just marked left or moved; for one still active it answers
//! "what if they went"). It lists:
//! - **coverage**: the coverage ties held by them (our staff: the contacts losing their A, B or
//!   sponsor) or held on them (a customer contact: the owners whose coverage needs a new target);
//! - **decision roles** they held, now vacant;
//! - **information channels** of other contacts sourced from them, with what is left;
//! - **introduction paths** to key contacts (see [`super`]) of any account that depended on them:
//!   the strongest chain from any of our staff is computed with them and without them (two
//!   petgraph `dijkstra` runs on the tie graph of [`super::graph`]); a contact whose best chain
//!   gets weaker without them is listed, with the chain that ran through them and the best
//!   remaining one (none: the contact is cut off).
//!
//! - **plan targets and actions**: in plans not closed, the open targets (by effective status)
//!   about them or owned by them, and the open actions they own or that concern them (see
//!   [`crate::plan::target`] and [`crate::plan::action`]).
//!
//! Gaps: `job_change.coverage_lost` (critical for an A owner, warning otherwise),
//! `job_change.role_vacant` (critical for a decider, warning otherwise), `job_change.channel_lost`
//! (warning when fewer than 2 channels remain), `job_change.path_lost` (warning) and
//! `job_change.path_weakened` (info). Contract: read-only; an unknown person is `NotFound`.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use serde::Serialize;

use super::coverage::{channels, MIN_CHANNELS};
use super::graph::TieGraph;
use super::paths::{any_staff, describe, IntroductionPath};
use super::{key_contacts, load_person, person_ref, roles, sort_gaps, Gap, PersonRef, Rule, Severity, PERSON_REF};
use crate::db::Db;
use crate::error::Result;
use crate::plan::action::{actions_of_person, PlanAction};
use crate::plan::target::targets;
use crate::plan::PlanTarget;
use crate::vocabulary::TargetStatus;
use crate::vocabulary::{CoverageRole, DecisionRole, Side};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CoverageDependency {
    pub owner: PersonRef,
    pub contact: PersonRef,
    pub role: CoverageRole,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ChannelDependency {
    pub channel_id: i64,
    pub contact: PersonRef,
    /// Independent channels the contact keeps without this one.
    pub remaining: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PathDependency {
    pub target: PersonRef,
    /// The strongest chain, which runs through the person.
    pub through: IntroductionPath,
    /// The strongest chain without them; None: the contact is cut off.
    pub without: Option<IntroductionPath>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct JobChangeImpact {
    pub person: PersonRef,
    pub coverage: Vec<CoverageDependency>,
    pub decision_roles: Vec<DecisionRole>,
    pub channels: Vec<ChannelDependency>,
    pub paths: Vec<PathDependency>,
    /// Open targets of plans not closed about them or owned by them.
    pub plan_targets: Vec<PlanTarget>,
    /// Open actions of plans not closed that they own or that concern them, by due date.
    pub plan_actions: Vec<PlanAction>,
    pub gaps: Vec<Gap>,
}

/// A chain is weaker when its cost grows by more than rounding.
const COST_TOLERANCE: f64 = 1e-9;

fn coverage(conn: &Connection, person: &PersonRef) -> Result<Vec<CoverageDependency>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT t.coverage_role, {PERSON_REF}, {} FROM tie t
         JOIN person p ON p.id = t.from_person_id JOIN person c ON c.id = t.to_person_id
         WHERE t.kind = 'coverage' AND (t.from_person_id = ?1 OR t.to_person_id = ?1) ORDER BY t.id",
        PERSON_REF.replace("p.", "c.")
    ))?;
    let rows = stmt.query_map([person.id], |r| {
        Ok(CoverageDependency {
            role: r.get(0)?,
            owner: person_ref(r, 1)?,
            contact: person_ref(r, 8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn sourced_channels(conn: &Connection, person: &PersonRef) -> Result<Vec<ChannelDependency>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT ch.id, {PERSON_REF} FROM information_channel ch JOIN person p ON p.id = ch.person_id
         WHERE ch.source_person_id = ?1 ORDER BY ch.id"
    ))?;
    let found: Vec<(i64, PersonRef)> = stmt
        .query_map([person.id], |r| Ok((r.get(0)?, person_ref(r, 1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut remaining: HashMap<Option<i64>, HashMap<i64, i64>> = HashMap::new();
    let mut result = Vec::new();
    for (channel_id, contact) in found {
        if let Entry::Vacant(slot) = remaining.entry(contact.account_id) {
            // The contact's channels as if the person had gone, whatever their status now.
            slot.insert(channels(conn, contact.account_id, Some(person.id))?);
        }
        result.push(ChannelDependency {
            channel_id,
            remaining: remaining[&contact.account_id].get(&contact.id).copied().unwrap_or(0),
            contact,
        });
    }
    Ok(result)
}

fn paths(conn: &Connection, graph: &TieGraph, person: &PersonRef) -> Result<Vec<PathDependency>> {
    let Some(gone) = graph.node(person.id) else {
        return Ok(Vec::new());
    };
    let with = graph.distances_from(graph.staff, Some(gone), None);
    let without = graph.distances_from(graph.staff, None, Some(gone));
    let (nobody, no_steps, banned) = (HashSet::new(), HashSet::new(), HashSet::from([gone]));
    let mut result = Vec::new();
    for key in key_contacts(conn, None)? {
        let Some(target) = graph.node(key.person.id).filter(|&t| t != gone) else {
            continue;
        };
        let (before, after) = (with[target.index()], without[target.index()]);
        if !before.is_finite() || after <= before + COST_TOLERANCE {
            continue;
        }
        // The exact distances double as A* heuristics: each search walks straight to our staff.
        let goal = any_staff(graph);
        let Some((_, through)) = graph.search_back(target, goal, Some(gone), &nobody, &no_steps, Some(&with)) else {
            continue;
        };
        let alternative = graph.search_back(target, goal, None, &banned, &no_steps, Some(&without));
        result.push(PathDependency {
            target: key.person,
            through: describe(conn, graph, &through)?,
            without: alternative.map(|(_, n)| describe(conn, graph, &n)).transpose()?,
        });
    }
    Ok(result)
}

/// The open targets of plans not closed that are about the person or owned by them.
fn plan_targets(conn: &Connection, person_id: i64) -> Result<Vec<PlanTarget>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT t.plan_id FROM plan_target t JOIN plan p ON p.id = t.plan_id
         WHERE p.status <> 'closed' AND (t.person_id = ?1 OR t.owner_id = ?1) ORDER BY t.plan_id",
    )?;
    let plans = stmt
        .query_map([person_id], |r| r.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut found = Vec::new();
    for plan in plans {
        found.extend(targets(conn, plan)?.into_iter().filter(|t| {
            let about = |p: &Option<PersonRef>| p.as_ref().is_some_and(|p| p.id == person_id);
            t.effective_status == TargetStatus::Open && (about(&t.person) || about(&t.owner))
        }));
    }
    Ok(found)
}

pub(crate) fn compute(conn: &Connection, graph: &TieGraph, person_id: i64) -> Result<JobChangeImpact> {
    let person = load_person(conn, person_id)?;
    let coverage = coverage(conn, &person)?;
    let decision_roles = match person.side {
        Side::Ours => Vec::new(),
        _ => roles(conn, person.account_id, None)?
            .remove(&person.id)
            .unwrap_or_default(),
    };
    let channels_left = sourced_channels(conn, &person)?;
    let paths = paths(conn, graph, &person)?;

    let mut gaps = Vec::new();
    for c in &coverage {
        let (severity, whom) = match (c.role, person.side == Side::Ours) {
            (CoverageRole::A, true) => (Severity::Critical, &c.contact),
            (_, true) => (Severity::Warning, &c.contact),
            (_, false) => (Severity::Warning, &c.owner),
        };
        let ours = person.side == Side::Ours;
        let msg = if ours {
            format!("{} loses their {} owner {}", c.contact.name, c.role, person.name)
        } else {
            format!(
                "{} covered {} as {}: reassign this coverage",
                c.owner.name, person.name, c.role
            )
        };
        // Params: `contact`, `owner`, `coverage_role` (A, B or sponsor), and `left`: who left,
        // `owner` (one of our staff) or `contact`.
        let gap = Gap::new(Rule::JobChangeCoverageLost, severity, Some(whom.id), msg)
            .with("contact", &c.contact.name)
            .with("owner", &c.owner.name)
            .with("coverage_role", c.role)
            .with("left", if ours { "owner" } else { "contact" });
        gaps.push(gap);
    }
    for role in &decision_roles {
        let severity = if *role == DecisionRole::Decider {
            Severity::Critical
        } else {
            Severity::Warning
        };
        let msg = format!("{}'s role as {role} is vacant: who takes it over?", person.name);
        // Params: `name`, `role` (the decision role).
        let gap = Gap::new(Rule::JobChangeRoleVacant, severity, Some(person.id), msg);
        gaps.push(gap.with("name", &person.name).with("role", role));
    }
    for ch in channels_left.iter().filter(|c| c.remaining < MIN_CHANNELS) {
        let msg = format!(
            "{} was an information channel on {}, who keeps {} channel(s)",
            person.name, ch.contact.name, ch.remaining
        );
        // Params: `name`, `contact`, `remaining`.
        let gap = Gap::new(Rule::JobChangeChannelLost, Severity::Warning, Some(ch.contact.id), msg);
        gaps.push(
            gap.with("name", &person.name)
                .with("contact", &ch.contact.name)
                .with("remaining", ch.remaining),
        );
    }
    for p in &paths {
        let (rule, severity, msg) = match &p.without {
            None => (
                Rule::JobChangePathLost,
                Severity::Warning,
                format!("{} can no longer be reached from our staff", p.target.name),
            ),
            Some(w) => (
                Rule::JobChangePathWeakened,
                Severity::Info,
                format!(
                    "The strongest chain to {} drops from {:.2} to {:.2}",
                    p.target.name, p.through.strength, w.strength
                ),
            ),
        };
        // Params: `target`, and `before`, `after` (chain strengths) when a weaker path remains.
        let mut gap = Gap::new(rule, severity, Some(p.target.id), msg).with("target", &p.target.name);
        if let Some(w) = &p.without {
            gap = gap
                .with("before", format!("{:.2}", p.through.strength))
                .with("after", format!("{:.2}", w.strength));
        }
        gaps.push(gap);
    }
    sort_gaps(&mut gaps);
    Ok(JobChangeImpact {
        coverage,
        decision_roles,
        channels: channels_left,
        paths,
        plan_targets: plan_targets(conn, person.id)?,
        plan_actions: actions_of_person(conn, person.id)?,
        person,
        gaps,
    })
}

impl Db {
    /// What depended on a person who left or moved (or would, if they went).
    pub fn job_change_impact(&self, person_id: i64) -> Result<JobChangeImpact> {
        self.read(|conn| compute(conn, self.tie_graph(conn)?.as_ref(), person_id))
    }
}

#[cfg(test)]
#[path = "tests/job_change.rs"]
mod tests;
