use petgraph::algo::all_simple_paths;

use super::*;
use crate::brain::graph::TieGraph;
use crate::brain::testkit::Kit;
use crate::vocabulary::{CoverageRole, Level};

fn names(path: &IntroductionPath) -> Vec<&str> {
    path.hops.iter().map(|h| h.person.name.as_str()).collect()
}

#[test]
fn the_strongest_chain_wins_over_the_shortest() {
    let kit = Kit::new();
    let s = kit.staff("Sam", Level::Manager);
    let t = kit.contact("Tara", Level::Executive);
    let a = kit.contact("Ann", Level::Manager);
    let b = kit.contact("Ben", Level::Manager);
    kit.friends(s, t, 1);
    kit.friends(s, a, 5);
    kit.friends(a, b, 5);
    kit.friends(b, t, 5);
    let result = kit.db.introduction_paths(t, None, None).unwrap();
    assert_eq!(result.k, 3);
    assert_eq!(result.paths.len(), 2);
    assert_eq!(names(&result.paths[0]), ["Sam", "Ann", "Ben", "Tara"]);
    assert!((result.paths[0].strength - 1.0).abs() < 1e-12);
    assert_eq!(names(&result.paths[1]), ["Sam", "Tara"]);
    assert!((result.paths[1].strength - 0.2).abs() < 1e-12);
    let first = &result.paths[0].hops;
    assert!(first[0].tie.is_none());
    assert!(first[1..]
        .iter()
        .all(|h| h.tie.as_ref().unwrap().kind == TieKind::Personal));
}

#[test]
fn equally_strong_chains_prefer_the_shorter() {
    let kit = Kit::new();
    let s = kit.staff("Sam", Level::Manager);
    let t = kit.contact("Tara", Level::Executive);
    let a = kit.contact("Ann", Level::Manager);
    kit.friends(s, a, 5);
    kit.friends(a, t, 5);
    kit.friends(s, t, 5);
    let result = kit.db.introduction_paths(t, Some(s), Some(2)).unwrap();
    assert_eq!(names(&result.paths[0]), ["Sam", "Tara"]);
    assert_eq!(names(&result.paths[1]), ["Sam", "Ann", "Tara"]);
}

#[test]
fn a_person_who_left_removes_the_only_path() {
    let kit = Kit::new();
    let s = kit.staff("Sam", Level::Manager);
    let a = kit.contact("Ann", Level::Manager);
    let t = kit.contact("Tara", Level::Executive);
    kit.friends(s, a, 4);
    kit.reports_to(a, t);
    let before = kit.db.introduction_paths(t, None, None).unwrap();
    assert_eq!(names(&before.paths[0]), ["Sam", "Ann", "Tara"]);
    let up = before.paths[0].hops[2].tie.as_ref().unwrap();
    assert_eq!((up.kind, up.as_recorded), (TieKind::ReportsTo, true));
    kit.set_status(a, PersonStatus::Left);
    assert!(kit.db.introduction_paths(t, None, None).unwrap().paths.is_empty());
}

#[test]
fn from_all_staff_a_path_starts_at_the_nearest_colleague() {
    let kit = Kit::new();
    let s1 = kit.staff("Sam", Level::Manager);
    let s2 = kit.staff("Sue", Level::Executive);
    let t = kit.contact("Tara", Level::Executive);
    kit.friends(s1, s2, 5);
    kit.friends(s2, t, 3);
    let all = kit.db.introduction_paths(t, None, None).unwrap();
    assert_eq!(all.paths.len(), 1);
    assert_eq!(names(&all.paths[0]), ["Sue", "Tara"]);
    let from_sam = kit.db.introduction_paths(t, Some(s1), None).unwrap();
    assert_eq!(names(&from_sam.paths[0]), ["Sam", "Sue", "Tara"]);
}

#[test]
fn coverage_runs_only_from_our_staff() {
    let kit = Kit::new();
    let s = kit.staff("Sam", Level::Manager);
    let s2 = kit.staff("Sue", Level::Manager);
    let c = kit.contact("Carl", Level::Manager);
    let t = kit.outsider("Tom");
    kit.friends(s2, c, 5);
    kit.cover(s, c, CoverageRole::A);
    kit.friends(s, t, 5);
    // Sue -> Carl -> Sam would cross Sam's coverage of Carl backwards.
    assert!(kit.db.introduction_paths(t, Some(s2), None).unwrap().paths.is_empty());
    let via_coverage = kit.db.introduction_paths(c, Some(s), Some(1)).unwrap();
    let hop = via_coverage.paths[0].hops[1].tie.as_ref().unwrap();
    assert_eq!(
        (hop.kind, hop.coverage_role),
        (TieKind::Coverage, Some(CoverageRole::A))
    );
    kit.friends(c, s, 2);
    let now = kit.db.introduction_paths(t, Some(s2), None).unwrap();
    assert_eq!(names(&now.paths[0]), ["Sue", "Carl", "Sam", "Tom"]);
}

#[test]
fn bad_parameters_and_unknown_people_are_refused() {
    let kit = Kit::new();
    let s = kit.staff("Sam", Level::Manager);
    let t = kit.contact("Tara", Level::Executive);
    let err = kit.db.introduction_paths(t, None, Some(0)).unwrap_err();
    assert_eq!(err.field(), Some("k"));
    assert!(matches!(
        kit.db.introduction_paths(9999, None, None),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        kit.db.introduction_paths(t, Some(9999), None),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(
        kit.db.introduction_paths(s, Some(t), None).unwrap_err().field(),
        Some("from_id")
    );
    assert_eq!(
        kit.db.introduction_paths(s, None, None).unwrap_err().field(),
        Some("target_id")
    );
    assert_eq!(
        kit.db.introduction_paths(s, Some(s), None).unwrap_err().field(),
        Some("from_id")
    );
}

/// Yen's answer equals brute force (every simple path, sorted by cost) on a tangled little graph.
#[test]
fn yen_agrees_with_enumerating_every_simple_path() {
    let kit = Kit::new();
    let s = kit.staff("Sam", Level::Manager);
    let people: Vec<i64> = (0..9).map(|i| kit.contact(&format!("P{i}"), Level::Staff)).collect();
    let mut seed = 7u64;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    for _ in 0..22 {
        let (a, b) = (next(10) as usize, next(10) as usize);
        let id = |i: usize| if i == 9 { s } else { people[i] };
        if a != b {
            kit.friends(id(a), id(b), 1 + next(5) as i64);
        }
    }
    let target = people[8];
    let got = kit.db.introduction_paths(target, Some(s), Some(6)).unwrap();
    let expected: Vec<f64> = kit
        .db
        .read(|conn| {
            let graph = TieGraph::load(conn)?;
            let (from, to) = (graph.node(s).unwrap(), graph.node(target).unwrap());
            let mut costs: Vec<f64> =
                all_simple_paths::<Vec<_>, _, std::hash::RandomState>(&graph.graph, from, to, 0, None)
                    .map(|p| p.windows(2).map(|w| graph.edge(w[0], w[1]).unwrap().cost).sum())
                    .collect();
            costs.sort_by(f64::total_cmp);
            Ok(costs)
        })
        .unwrap();
    assert!(!expected.is_empty());
    let got_costs: Vec<f64> = got
        .paths
        .iter()
        .map(|p| {
            p.hops[1..]
                .iter()
                .map(|h| super::super::graph::cost(h.tie.as_ref().unwrap().strength))
                .sum()
        })
        .collect();
    assert_eq!(got_costs.len(), expected.len().min(6));
    for (g, e) in got_costs.iter().zip(&expected) {
        assert!((g - e).abs() < 1e-9, "{got_costs:?} vs {expected:?}");
    }
}
