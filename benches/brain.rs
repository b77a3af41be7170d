//! Benchmarks of the account brain on a generated workspace of 5,000 people and 100,000 ties
//! (see `support`).
//!
//! Targets: the three best introduction paths between two people in under 50 ms, and the
//! coverage report of a 1,000-person account in under 50 ms. `Db` keeps the tie graph between
//! path queries until a change to people or ties: `paths/three_best_*` are such queries,
//! `paths/after_a_change` is the first one after a change (the graph built again from SQL);
//! `paths/split/*` times the parts apart: reading the rows, the whole load (rows and graph
//! building), and the search on a loaded graph.

mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use symbio::brain::GraphProbe;

fn brain(c: &mut Criterion) {
    let w = support::generate(0x5EED_B4A1);
    let db = &w.db;
    let key = w.key_account;
    // A contact of the last small account, reached over personal ties only.
    let target = w.accounts[19][150];
    let probe = GraphProbe::load(db).unwrap();
    let (read, build) = GraphProbe::time_load(db, 20).unwrap();
    eprintln!("graph load, fastest of 20: reading the rows {read:.2?}, building the graph {build:.2?}");
    eprintln!(
        "tie graph: {} traversal edges; three best paths to the target: {}",
        probe.edges(),
        probe.best_paths(target, None, 3)
    );

    let mut g = c.benchmark_group("paths");
    g.bench_function("three_best_from_all_staff", |b| {
        b.iter(|| db.introduction_paths(black_box(target), None, Some(3)).unwrap())
    });
    g.bench_function("three_best_from_one_person", |b| {
        b.iter(|| {
            db.introduction_paths(black_box(target), Some(w.staff[57]), Some(3))
                .unwrap()
        })
    });
    g.bench_function("after_a_change", |b| {
        b.iter(|| GraphProbe::paths_after_change(db, black_box(target), None, 3).unwrap())
    });
    g.bench_function("split/read_rows", |b| b.iter(|| GraphProbe::read_rows(db).unwrap()));
    g.bench_function("split/load_graph", |b| b.iter(|| GraphProbe::load(db).unwrap()));
    g.bench_function("split/search_from_all_staff", |b| {
        b.iter(|| probe.best_paths(black_box(target), None, 3))
    });
    g.bench_function("split/search_from_one_person", |b| {
        b.iter(|| probe.best_paths(black_box(target), Some(w.staff[57]), 3))
    });
    g.finish();

    let mut g = c.benchmark_group("account_1000");
    g.bench_function("coverage_report", |b| {
        b.iter(|| db.coverage_report(black_box(key)).unwrap())
    });
    g.bench_function("support_balance", |b| {
        b.iter(|| db.support_balance(black_box(key), None).unwrap())
    });
    g.bench_function("hidden_decision_chain", |b| {
        b.iter(|| db.hidden_decision_chain(black_box(key), None).unwrap())
    });
    g.bench_function("level_parity", |b| b.iter(|| db.level_parity(black_box(key)).unwrap()));
    g.bench_function("sponsor_suggestions", |b| {
        b.iter(|| db.sponsor_suggestions(black_box(w.accounts[0][0])).unwrap())
    });
    g.bench_function("reminders_workspace_30_days", |b| {
        b.iter(|| db.reminders(None, 30).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("job_change");
    g.sample_size(10);
    g.bench_function("staff_member", |b| {
        b.iter(|| db.job_change_impact(black_box(w.staff[3])).unwrap())
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = brain
}
criterion_main!(benches);
