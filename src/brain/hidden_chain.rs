//! Hidden decision chain: who sways a decider from outside the formal reporting line.
//!
//! Rule: a person of the account (not our staff, not left) is in the hidden decision chain of a
//! decider when a chain of `influences` ties runs from them to the decider and they are not on
//! the decider's **formal line**: neither above the decider (following `reports_to` and
//! `dotted_line` ties upward, transitively) nor below (the people who report to the decider,
//! transitively). Board members, relatives, friends and outside advisers typically are; a direct
//! report who influences their boss is not. Both hidden-flagged and ordinary influence ties count:
//! the analysis finds what the map implies, `marked_hidden` tells whether the map already says so.
//!
//! For each (member, decider) the strongest influence chain is reported (product of strength/5,
//! over costs `-ln(strength/5) + 0.001` per hop, with one petgraph `dijkstra` pass per decider). Between two people the
//! strongest influence tie counts, hidden if any of their influence ties is hidden.
//! Contract: read-only; an unknown account is `NotFound`; with a deal, only the deciders of that
//! deal (or of every deal) are considered.

use std::collections::{HashMap, HashSet};

use petgraph::algo::dijkstra;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::{Dfs, EdgeRef, Reversed};
use rusqlite::Connection;
use serde::Serialize;

use super::graph::cost;
use super::{person_ref, roles, PersonRef, PERSON_REF};
use crate::account;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::vocabulary::{DecisionRole, TieKind};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct HiddenInfluencer {
    pub person: PersonRef,
    pub decider: PersonRef,
    /// The strongest influence chain, from the person to the decider, both included.
    pub path: Vec<PersonRef>,
    /// Product of strength/5 along the chain.
    pub strength: f64,
    /// At least one tie on the chain is flagged hidden on the map.
    pub marked_hidden: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct HiddenChain {
    pub account_id: i64,
    pub opportunity_id: Option<i64>,
    pub deciders: Vec<PersonRef>,
    /// By decider, then strongest first.
    pub members: Vec<HiddenInfluencer>,
}

#[derive(Clone, Copy)]
struct Influence {
    strength: i64,
    hidden: bool,
}

/// The strongest influence chain from `from` to `to`, read off `distance` (the cost of the best
/// chain from each node to `to`, from one petgraph `dijkstra` pass over the reversed ties): each
/// step takes the tie with the least cost plus remaining distance, so the walk follows a best
/// chain. Every step costs more than 0, so the remaining distance falls and the walk ends at `to`.
fn strongest_chain(
    influence: &DiGraph<usize, Influence>,
    distance: &[f64],
    from: NodeIndex,
    to: NodeIndex,
) -> (Vec<NodeIndex>, Vec<Influence>) {
    let (mut path, mut steps, mut at) = (vec![from], Vec::new(), from);
    while at != to && path.len() <= influence.node_count() {
        let next = influence
            .edges(at)
            .filter(|e| distance[e.target().index()].is_finite())
            .map(|e| {
                (
                    cost(e.weight().strength) + distance[e.target().index()],
                    e.target(),
                    *e.weight(),
                )
            })
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let Some((_, node, step)) = next else { break };
        path.push(node);
        steps.push(step);
        at = node;
    }
    (path, steps)
}

/// Fails unless `deal` is a deal of `account_id`.
pub(crate) fn check_deal(conn: &Connection, account_id: i64, deal: Option<i64>) -> Result<()> {
    let Some(id) = deal else { return Ok(()) };
    let owner: i64 = conn
        .query_row("SELECT account_id FROM opportunity WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| Error::NotFound {
            entity: "opportunity",
            id,
        })?;
    if owner != account_id {
        return Err(Error::problem("opportunity_id", Problem::BelongsToOtherAccount));
    }
    Ok(())
}

pub(crate) fn compute(conn: &Connection, account_id: i64, deal: Option<i64>) -> Result<HiddenChain> {
    account::load(conn, account_id)?;
    check_deal(conn, account_id, deal)?;
    let mut people: Vec<PersonRef> = Vec::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF} FROM person p WHERE p.account_id = ?1 AND p.status <> 'left' ORDER BY p.id"
    ))?;
    for person in stmt.query_map([account_id], |r| person_ref(r, 0))? {
        people.push(person?);
    }
    let mut influence: DiGraph<usize, Influence> = DiGraph::new();
    let mut formal: DiGraph<usize, ()> = DiGraph::new();
    let mut node = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        node.insert(p.id, (influence.add_node(i), formal.add_node(i)));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT t.from_person_id, t.to_person_id, t.kind, t.strength, t.hidden FROM tie t
         JOIN person p ON p.id = t.from_person_id
         WHERE p.account_id = ?1 AND t.kind IN ('influences', 'reports_to', 'dotted_line') ORDER BY t.id",
    )?;
    let rows = stmt.query_map([account_id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })?;
    for row in rows {
        let (from, to, kind, strength, hidden): (i64, i64, TieKind, i64, bool) = row?;
        let (Some(&(fi, ff)), Some(&(ti, tf))) = (node.get(&from), node.get(&to)) else {
            continue;
        };
        if kind != TieKind::Influences {
            formal.update_edge(ff, tf, ());
            continue;
        }
        let merged = match influence.find_edge(fi, ti).map(|e| influence[e]) {
            Some(old) => Influence {
                strength: old.strength.max(strength),
                hidden: old.hidden || hidden,
            },
            None => Influence { strength, hidden },
        };
        influence.update_edge(fi, ti, merged);
    }

    let role_map = roles(conn, Some(account_id), deal)?;
    let deciders: Vec<&PersonRef> = people
        .iter()
        .filter(|p| role_map.get(&p.id).is_some_and(|r| r.contains(&DecisionRole::Decider)))
        .collect();
    let mut members = Vec::new();
    for decider in &deciders {
        let (d_inf, d_formal) = node[&decider.id];
        let mut line: HashSet<NodeIndex> = HashSet::new();
        let mut up = Dfs::new(&formal, d_formal);
        while let Some(n) = up.next(&formal) {
            line.insert(n);
        }
        let mut down = Dfs::new(Reversed(&formal), d_formal);
        while let Some(n) = down.next(Reversed(&formal)) {
            line.insert(n);
        }
        let mut reach = vec![f64::INFINITY; influence.node_count()];
        for (n, d) in dijkstra(Reversed(&influence), d_inf, None, |e| cost(e.weight().strength)) {
            reach[n.index()] = d;
        }
        let mut found: Vec<HiddenInfluencer> = Vec::new();
        for source in influence.node_indices().filter(|n| reach[n.index()].is_finite()) {
            let i = influence[source];
            if source == d_inf || line.contains(&node[&people[i].id].1) {
                continue;
            }
            let (path, steps) = strongest_chain(&influence, &reach, source, d_inf);
            found.push(HiddenInfluencer {
                person: people[i].clone(),
                decider: (*decider).clone(),
                path: path.iter().map(|&n| people[influence[n]].clone()).collect(),
                strength: steps.iter().map(|s| s.strength as f64 / 5.0).product(),
                marked_hidden: steps.iter().any(|s| s.hidden),
            });
        }
        found.sort_by(|a, b| {
            b.strength
                .total_cmp(&a.strength)
                .then(a.person.name.cmp(&b.person.name))
                .then(a.person.id.cmp(&b.person.id))
        });
        members.extend(found);
    }
    Ok(HiddenChain {
        account_id,
        opportunity_id: deal,
        deciders: deciders.into_iter().cloned().collect(),
        members,
    })
}

impl Db {
    /// People who sway the account's deciders (or one deal's) from outside the formal line.
    pub fn hidden_decision_chain(&self, account_id: i64, opportunity_id: Option<i64>) -> Result<HiddenChain> {
        self.read(|conn| compute(conn, account_id, opportunity_id))
    }
}

#[cfg(test)]
#[path = "tests/hidden_chain.rs"]
mod tests;
