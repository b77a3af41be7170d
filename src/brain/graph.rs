//! The tie graph of the whole workspace, which the path analyses search.
//!
//! Contract:
//! - One node per person (every account, every side), plus one virtual node, [`TieGraph::staff`],
//!   with a zero-cost edge to each of our staff: a search from it starts at "any of our staff".
//! - Ties of every kind are traversable **both ways** (an acquaintance works both ways), except
//!   `coverage`, which runs only from our staff member to the contact they cover.
//! - Between two people, one edge per direction: the strongest of their ties (the lowest tie id
//!   among equally strong ones). Several ties between the same two people do not make several
//!   paths; the path reports the tie it used.
//! - Edge cost `c = -ln(strength / 5) + HOP_EPSILON`. Summing costs multiplies normalized
//!   strengths, so the cheapest path is the strongest chain (the best product of strength/5).
//!   Strength 5 would cost 0, and zero-cost edges make many equally cheap chains of any length;
//!   the small per-hop epsilon makes the shorter chain win among equally strong ones. It is small
//!   enough (1/1000 per hop) never to outweigh a real strength difference on chains of
//!   practical length: one step down from 5 to 4 costs 0.223, as much as 223 extra hops.
//! - People who have left are kept in the graph; searches skip them through [`TieGraph::open`],
//!   which can admit one chosen person (job-change impact compares with and without them).
//!
//! Searches use petgraph's `astar` (Dijkstra with early exit, or guided by exact distances from a
//! `dijkstra` pass) and `dijkstra` on edge-filtered views; nothing here re-implements a
//! shortest-path search.
//!
//! Cost: reading and building the graph takes about 30 ms on 5,000 people and 100,000 ties
//! (16 ms reading the rows, 12 ms building), against 1-5 ms for the search itself; see
//! `benches/brain.rs`. So `Db` keeps the built graph and drops it whenever a committed change
//! (an edit, an undo, a redo) touches `tie` or `person`: a path query after such a change
//! builds it again, every other one reuses it.

use std::collections::HashSet;

use petgraph::algo::{astar, dijkstra};
use petgraph::graph::{DiGraph, EdgeReference, NodeIndex};
use petgraph::visit::{EdgeFiltered, EdgeRef, Reversed, ReversedEdgeReference};
use rusqlite::Connection;

use crate::error::Result;

/// Extra cost per hop: prefers the shorter chain between equally strong ones.
pub const HOP_EPSILON: f64 = 1e-3;

/// The cost of crossing a tie of `strength` (1..5).
pub fn cost(strength: i64) -> f64 {
    -(strength.clamp(1, 5) as f64 / 5.0).ln() + HOP_EPSILON
}

#[derive(Debug, Clone)]
pub struct Node {
    /// 0 for the virtual staff node.
    pub person_id: i64,
    /// One of our staff.
    pub ours: bool,
    pub left: bool,
}

#[derive(Debug, Clone)]
pub struct Edge {
    /// 0 for the virtual edges from the staff node.
    pub tie_id: i64,
    pub strength: i64,
    pub cost: f64,
}

pub struct TieGraph {
    pub graph: DiGraph<Node, Edge>,
    /// Person ids in node order (node `i + 1` is `ids[i]`), ascending.
    ids: Vec<i64>,
    /// The virtual node linked to each of our staff.
    pub staff: NodeIndex,
}

/// A search path: nodes in search order and its total cost.
pub type Found = (f64, Vec<NodeIndex>);

/// What the graph is built from, as read from SQL.
pub struct Rows {
    /// Person id, is one of our staff, has left; by id.
    people: Vec<(i64, bool, bool)>,
    /// Tie id, from, to, is coverage, strength; by id.
    ties: Vec<(i64, i64, i64, bool, i64)>,
}

impl Rows {
    /// Two table scans, integers only (the fastest way rusqlite reads a row).
    pub fn read(conn: &Connection) -> Result<Self> {
        let mut stmt = conn.prepare_cached("SELECT id, side = 'ours', status = 'left' FROM person ORDER BY id")?;
        let mut rows = stmt.query([])?;
        let mut people = Vec::new();
        while let Some(r) = rows.next()? {
            people.push((r.get(0)?, r.get(1)?, r.get(2)?));
        }
        let mut stmt = conn.prepare_cached(
            "SELECT id, from_person_id, to_person_id, kind = 'coverage', strength FROM tie ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        let mut ties = Vec::new();
        while let Some(r) = rows.next()? {
            ties.push((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?));
        }
        Ok(Self { people, ties })
    }
}

impl TieGraph {
    pub fn load(conn: &Connection) -> Result<Self> {
        Ok(Self::build(Rows::read(conn)?))
    }

    /// Builds the graph in linear time: traversal edges are bucketed by their start (a counting
    /// sort, stable, so ties keep id order) and, within a bucket, the strongest per end is kept.
    pub fn build(rows: Rows) -> Self {
        let n = rows.people.len() + 1;
        let mut graph = DiGraph::with_capacity(n, rows.ties.len() * 2 + rows.people.len());
        let staff = graph.add_node(Node {
            person_id: 0,
            ours: true,
            left: false,
        });
        let mut ids = Vec::with_capacity(rows.people.len());
        for &(id, ours, left) in &rows.people {
            let node = graph.add_node(Node {
                person_id: id,
                ours,
                left,
            });
            ids.push(id);
            if ours {
                let edge = Edge {
                    tie_id: 0,
                    strength: 5,
                    cost: 0.0,
                };
                graph.add_edge(staff, node, edge);
            }
        }
        let at = |id: i64| ids.binary_search(&id).ok().map(|i| i + 1);
        // (from, to, strength, tie id) for every direction a tie can be walked.
        let mut steps: Vec<(usize, usize, i64, i64)> = Vec::with_capacity(rows.ties.len() * 2);
        for &(tie_id, from, to, coverage, strength) in &rows.ties {
            let (Some(a), Some(b)) = (at(from), at(to)) else {
                continue;
            };
            steps.push((a, b, strength, tie_id));
            if !coverage {
                steps.push((b, a, strength, tie_id));
            }
        }
        let mut bucket = vec![0usize; n + 1];
        for s in &steps {
            bucket[s.0 + 1] += 1;
        }
        for i in 1..=n {
            bucket[i] += bucket[i - 1];
        }
        let mut order = vec![0usize; steps.len()];
        let mut fill = bucket.clone();
        for (i, s) in steps.iter().enumerate() {
            order[fill[s.0]] = i;
            fill[s.0] += 1;
        }
        let mut best = vec![usize::MAX; n];
        let mut ends = Vec::new();
        for from in 0..n {
            for &i in &order[bucket[from]..bucket[from + 1]] {
                let to = steps[i].1;
                if best[to] == usize::MAX {
                    ends.push(to);
                    best[to] = i;
                } else if steps[best[to]].2 < steps[i].2 {
                    best[to] = i;
                }
            }
            for to in ends.drain(..) {
                let (_, _, strength, tie_id) = steps[best[to]];
                let edge = Edge {
                    tie_id,
                    strength,
                    cost: cost(strength),
                };
                graph.add_edge(NodeIndex::new(from), NodeIndex::new(to), edge);
                best[to] = usize::MAX;
            }
        }
        Self { graph, ids, staff }
    }

    pub fn node(&self, person_id: i64) -> Option<NodeIndex> {
        self.ids.binary_search(&person_id).ok().map(|i| NodeIndex::new(i + 1))
    }

    /// Whether a search may enter `node`: never the virtual node, never someone who left
    /// unless it is `admit`.
    pub fn open(&self, node: NodeIndex, admit: Option<NodeIndex>) -> bool {
        node != self.staff && (!self.graph[node].left || Some(node) == admit)
    }

    /// The cheapest path found walking ties **backwards** from `start` to a node for which
    /// `is_goal` holds, avoiding `banned` nodes, `banned_steps` (pairs in search order) and nodes
    /// that are not [`open`](Self::open). Returned nodes are in search order (start first).
    ///
    /// `toward` is an optional A* heuristic: for each node, a lower bound of the cost left to a
    /// goal, i.e. the cost of the cheapest forward path from the goal(s) to that node, as given
    /// by [`distances_from`](Self::distances_from) without the bans. It is consistent, so astar
    /// stays exact, and it makes each search walk almost straight to the goal; nodes it marks
    /// unreachable (infinite) are not entered.
    pub fn search_back(
        &self,
        start: NodeIndex,
        is_goal: impl Fn(NodeIndex) -> bool,
        admit: Option<NodeIndex>,
        banned: &HashSet<NodeIndex>,
        banned_steps: &HashSet<(NodeIndex, NodeIndex)>,
        toward: Option<&[f64]>,
    ) -> Option<Found> {
        let reaches = |n: NodeIndex| toward.is_none_or(|h| h[n.index()].is_finite());
        let view = EdgeFiltered::from_fn(Reversed(&self.graph), |e: ReversedEdgeReference<_>| {
            let (from, to) = (e.source(), e.target());
            self.open(to, admit) && reaches(to) && !banned.contains(&to) && !banned_steps.contains(&(from, to))
        });
        astar(
            &view,
            start,
            is_goal,
            |e| e.weight().cost,
            |n| toward.map_or(0.0, |h| h[n.index()]),
        )
    }

    /// Cost of the cheapest forward path from `source` (a person, or [`staff`](Self::staff) for
    /// any of our staff) to every node, infinite where unreachable, never entering `ban`.
    pub fn distances_from(&self, source: NodeIndex, admit: Option<NodeIndex>, ban: Option<NodeIndex>) -> Vec<f64> {
        let view = EdgeFiltered::from_fn(&self.graph, |e: EdgeReference<'_, Edge>| {
            self.open(e.target(), admit) && Some(e.target()) != ban
        });
        let mut distance = vec![f64::INFINITY; self.graph.node_count()];
        for (node, cost) in dijkstra(&view, source, None, |e| e.weight().cost) {
            distance[node.index()] = cost;
        }
        distance
    }

    /// The traversal edge from `from` to `to` (forward direction), if the two are tied.
    pub fn edge(&self, from: NodeIndex, to: NodeIndex) -> Option<&Edge> {
        self.graph.find_edge(from, to).map(|e| &self.graph[e])
    }
}

/// Benchmark probe: loading the graph and searching it, timed apart. Not part of the API.
#[doc(hidden)]
pub struct GraphProbe(TieGraph);

impl GraphProbe {
    /// Loads the tie graph of the workspace, as every path analysis does.
    pub fn load(db: &crate::Db) -> Result<Self> {
        db.read(TieGraph::load).map(Self)
    }

    /// Only the SQL part of [`load`](Self::load): reads the rows, returns how many ties.
    pub fn read_rows(db: &crate::Db) -> Result<usize> {
        db.read(Rows::read).map(|rows| rows.ties.len())
    }

    /// The fastest of `runs` loads, split into reading the rows and building the graph.
    pub fn time_load(db: &crate::Db, runs: usize) -> Result<(std::time::Duration, std::time::Duration)> {
        let (mut read, mut build) = (std::time::Duration::MAX, std::time::Duration::MAX);
        for _ in 0..runs {
            let started = std::time::Instant::now();
            let rows = db.read(Rows::read)?;
            let between = std::time::Instant::now();
            std::hint::black_box(TieGraph::build(rows));
            read = read.min(between - started);
            build = build.min(between.elapsed());
        }
        Ok((read, build))
    }

    /// [`crate::Db::introduction_paths`] right after a change to people or ties, when the
    /// kept graph must be built again: how many paths were found.
    pub fn paths_after_change(db: &crate::Db, target: i64, from: Option<i64>, k: i64) -> Result<usize> {
        db.forget_tie_graph();
        Ok(db.introduction_paths(target, from, Some(k))?.paths.len())
    }

    /// Traversal edges, after merging ties between the same two people.
    pub fn edges(&self) -> usize {
        self.0.graph.edge_count()
    }

    /// The `k` best introduction paths to `target` from `from` (None: any of our staff), as
    /// [`crate::Db::introduction_paths`] searches them: how many were found.
    pub fn best_paths(&self, target: i64, from: Option<i64>, k: usize) -> usize {
        let Some(start) = self.0.node(target) else { return 0 };
        super::paths::search(&self.0, start, from.and_then(|f| self.0.node(f)), k).len()
    }
}
