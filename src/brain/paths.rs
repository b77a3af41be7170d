//! Introduction paths: the k strongest chains of acquaintance from our staff to a target person.
//!
//! Rule: over ties of every kind (see [`super::graph`] for directions and the one-edge-per-pair
//! rule), a path's **strength** is the product of `strength / 5` over its ties, so 1.0 is a chain
//! of the strongest ties only. The best path is the strongest chain, found as a shortest path
//! over costs `-ln(strength / 5) + 0.001` per hop (the epsilon prefers the shorter of two equally
//! strong chains). People who have left are skipped. From all our staff, a path starts at the
//! staff member closest to the target and never runs through a second one (that one would be the
//! better start); from one chosen staff member, it may run through colleagues.
//!
//! Algorithm: Yen's k shortest loopless paths, built on petgraph's `astar`: the search runs
//! backwards from the target, so "any of our staff" is simply the goal test. From one chosen
//! person, a petgraph `dijkstra` pass from them first gives every node's exact distance, used as
//! the A* heuristic (consistent, so the searches stay exact, and nearly straight).
//! For each path found, each of its nodes in turn is a spur node: the root path before it is
//! banned, and so is the next step of every found path sharing that root; the spur search's
//! results join a candidate heap, whose cheapest entry is the next path. Ties of equal cost are
//! broken by person ids, so results are deterministic.
//!
//! Contract: `k` is 1..=20 (3 by default); the target must not have left; a chosen start must be
//! one of our staff who has not left and is not the target. Fewer than `k` paths come back when
//! fewer exist. Each path lists its hops from our staff member to the target: each hop's person
//! and the tie that reached them (kind, personal kind or coverage role, strength, direction).

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashSet};

use petgraph::graph::NodeIndex;
use rusqlite::Connection;
use serde::Serialize;

use super::graph::{Found, TieGraph};
use super::{load_person, PersonRef};
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::vocabulary::{CoverageRole, PersonStatus, PersonalTie, Side, TieKind};

pub const DEFAULT_K: i64 = 3;
pub const MAX_K: i64 = 20;

/// The tie a hop crossed to reach its person.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PathTie {
    pub id: i64,
    pub kind: TieKind,
    pub personal_kind: Option<PersonalTie>,
    pub coverage_role: Option<CoverageRole>,
    pub strength: i64,
    /// False when the tie is recorded the other way round (e.g. a manager reached from their report).
    pub as_recorded: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PathHop {
    pub person: PersonRef,
    /// None for the first hop: our staff member the path starts from.
    pub tie: Option<PathTie>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct IntroductionPath {
    /// Product of strength/5 over the ties: 1.0 is the strongest possible chain.
    pub strength: f64,
    pub hops: Vec<PathHop>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct IntroductionPaths {
    pub target: PersonRef,
    /// The chosen start; None: from any of our staff.
    pub from: Option<PersonRef>,
    pub k: i64,
    /// Strongest first.
    pub paths: Vec<IntroductionPath>,
}

struct Candidate(Found);

impl Ord for Candidate {
    /// Reversed, so that the max-heap pops the cheapest (then the lowest node sequence).
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .0
             .0
            .total_cmp(&self.0 .0)
            .then_with(|| other.0 .1.cmp(&self.0 .1))
    }
}
impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Candidate {}

/// Yen's algorithm: up to `k` cheapest loopless paths, searching back from `start` to a goal.
pub(crate) fn k_best(
    graph: &TieGraph,
    start: NodeIndex,
    is_goal: impl Fn(NodeIndex) -> bool + Copy,
    toward: Option<&[f64]>,
    k: usize,
) -> Vec<Found> {
    let Some(first) = graph.search_back(start, is_goal, None, &HashSet::new(), &HashSet::new(), toward) else {
        return Vec::new();
    };
    let mut seen: HashSet<Vec<NodeIndex>> = HashSet::from([first.1.clone()]);
    let mut found = vec![first];
    let mut candidates = BinaryHeap::new();
    while found.len() < k {
        let last = found[found.len() - 1].1.clone();
        let mut root_cost = 0.0;
        for i in 0..last.len() - 1 {
            let root = &last[..=i];
            let banned: HashSet<NodeIndex> = last[..i].iter().copied().collect();
            let banned_steps: HashSet<(NodeIndex, NodeIndex)> = found
                .iter()
                .filter(|(_, p)| p.len() > i + 1 && &p[..=i] == root)
                .map(|(_, p)| (p[i], p[i + 1]))
                .collect();
            if let Some((spur_cost, spur)) = graph.search_back(last[i], is_goal, None, &banned, &banned_steps, toward) {
                let path: Vec<NodeIndex> = last[..i].iter().copied().chain(spur).collect();
                if seen.insert(path.clone()) {
                    candidates.push(Candidate((root_cost + spur_cost, path)));
                }
            }
            // Search order runs against the ties: step last[i] -> last[i+1] crosses edge last[i+1] -> last[i].
            root_cost += graph.edge(last[i + 1], last[i]).map_or(0.0, |e| e.cost);
        }
        match candidates.pop() {
            Some(Candidate(next)) => found.push(next),
            None => break,
        }
    }
    found
}

/// The `k` best paths from `source` (None: any of our staff) to `start`, in search order.
/// From one person, the distances from them guide each search (A*, see [`TieGraph::search_back`]):
/// one full Dijkstra pass, then every search walks nearly straight to them. From any of our staff
/// the nearest of many goals is found quickly without it.
pub(crate) fn search(graph: &TieGraph, start: NodeIndex, source: Option<NodeIndex>, k: usize) -> Vec<Found> {
    match source {
        Some(source) => {
            let toward = graph.distances_from(source, None, None);
            k_best(graph, start, move |n| n == source, Some(&toward), k)
        }
        None => k_best(graph, start, any_staff(graph), None, k),
    }
}

/// Turns a search-order path (target first) into hops from our staff member to the target.
pub(crate) fn describe(conn: &Connection, graph: &TieGraph, search_order: &[NodeIndex]) -> Result<IntroductionPath> {
    let forward: Vec<NodeIndex> = search_order.iter().rev().copied().collect();
    let mut stmt = conn
        .prepare_cached("SELECT kind, personal_kind, coverage_role, strength, from_person_id FROM tie WHERE id = ?1")?;
    let mut hops = Vec::with_capacity(forward.len());
    let mut strength = 1.0;
    for (i, &node) in forward.iter().enumerate() {
        let person = load_person(conn, graph.graph[node].person_id)?;
        let tie = match i.checked_sub(1).and_then(|p| graph.edge(forward[p], node)) {
            None => None,
            Some(edge) => {
                strength *= edge.strength as f64 / 5.0;
                let previous = graph.graph[forward[i - 1]].person_id;
                Some(stmt.query_row([edge.tie_id], |r| {
                    Ok(PathTie {
                        id: edge.tie_id,
                        kind: r.get(0)?,
                        personal_kind: r.get(1)?,
                        coverage_role: r.get(2)?,
                        strength: r.get(3)?,
                        as_recorded: r.get::<_, i64>(4)? == previous,
                    })
                })?)
            }
        };
        hops.push(PathHop { person, tie });
    }
    Ok(IntroductionPath { strength, hops })
}

/// Goal test for "any of our staff": a real person on our side (left ones are never entered).
pub(crate) fn any_staff(graph: &TieGraph) -> impl Fn(NodeIndex) -> bool + Copy + '_ {
    move |n| n != graph.staff && graph.graph[n].ours
}

pub(crate) fn compute(
    conn: &Connection,
    graph: &TieGraph,
    target_id: i64,
    from_id: Option<i64>,
    k: Option<i64>,
) -> Result<IntroductionPaths> {
    let k = k.unwrap_or(DEFAULT_K);
    if !(1..=MAX_K).contains(&k) {
        return Err(Error::problem("k", Problem::out_of_range(1.0, MAX_K as f64, k as f64)));
    }
    let target = load_person(conn, target_id)?;
    if target.status == PersonStatus::Left {
        return Err(Error::problem("target_id", Problem::HasLeft));
    }
    let from = from_id.map(|id| load_person(conn, id)).transpose()?;
    match &from {
        Some(f) if f.side != Side::Ours => {
            return Err(Error::problem("from_id", Problem::NotOurStaff));
        }
        Some(f) if f.status == PersonStatus::Left => {
            return Err(Error::problem("from_id", Problem::HasLeft));
        }
        Some(f) if f.id == target.id => return Err(Error::problem("from_id", Problem::SelfReference)),
        None if target.side == Side::Ours => {
            return Err(Error::problem("target_id", Problem::OurStaff));
        }
        _ => {}
    }
    let start = graph.node(target.id).ok_or(Error::NotFound {
        entity: "person",
        id: target.id,
    })?;
    let found = search(graph, start, from.as_ref().and_then(|f| graph.node(f.id)), k as usize);
    let paths = found
        .iter()
        .map(|(_, nodes)| describe(conn, graph, nodes))
        .collect::<Result<_>>()?;
    Ok(IntroductionPaths { target, from, k, paths })
}

impl Db {
    /// The `k` (default 3) strongest introduction paths to `target_id`, from `from_id` or any of our staff.
    pub fn introduction_paths(
        &self,
        target_id: i64,
        from_id: Option<i64>,
        k: Option<i64>,
    ) -> Result<IntroductionPaths> {
        self.read(|conn| compute(conn, self.tie_graph(conn)?.as_ref(), target_id, from_id, k))
    }
}

#[cfg(test)]
#[path = "tests/paths.rs"]
mod tests;
