//! Unit tests of [`super`] and of closing an account as lost ([`crate::account::loss`]), on a
//! crafted workspace whose portfolio numbers are known.

use super::*;
use crate::account::{AccountPatch, NewAccount, TierDecision};
use crate::person::NewPerson;
use crate::vocabulary::{Level, Side};
use crate::{ErrorKind, Problem};

struct Four {
    db: Db,
    alpha: i64,
    beacon: i64,
    cedar: i64,
    delta: i64,
}

fn account(db: &Db, name: &str, created_on: &str, tier: &str, decided_on: &str) -> i64 {
    let id = db.create_account(NewAccount::named(name)).unwrap().id;
    db.lock_conn()
        .execute(
            "UPDATE account SET created_at = ?1 WHERE id = ?2",
            rusqlite::params![format!("{created_on}T09:00:00+00:00"), id],
        )
        .unwrap();
    db.decide_tier(
        id,
        TierDecision {
            tier: tier.into(),
            decided_by: "Elena".into(),
            decided_on: decided_on.into(),
            reason: "Annual review".into(),
        },
    )
    .unwrap();
    id
}

fn set_level(db: &Db, id: i64, level: RelationshipLevel, on: &str) {
    db.update_account(
        id,
        AccountPatch {
            relationship_level: Some(level),
            relationship_changed_on: Some(on.into()),
            ..AccountPatch::default()
        },
    )
    .unwrap();
}

fn revenue(db: &Db, id: i64, year: i64, amount: f64) {
    db.lock_conn()
        .execute(
            "INSERT INTO revenue_actual (account_id, year, revenue) VALUES (?1, ?2, ?3)",
            rusqlite::params![id, year, amount],
        )
        .unwrap();
}

/// Four accounts seen in 2025: Alpha (S) fell from partner to preferred supplier in June;
/// Beacon (A) lost 10 % of its revenue; Cedar (B) is new in March; Delta (C) was lost in August.
fn four() -> Four {
    let db = Db::open_in_memory().unwrap();
    let alpha = account(&db, "Alpha Dairy", "2022-01-10", "S", "2022-02-01");
    set_level(&db, alpha, RelationshipLevel::Partner, "2023-05-01");
    set_level(&db, alpha, RelationshipLevel::PreferredSupplier, "2025-06-10");
    let beacon = account(&db, "Beacon Foods", "2021-04-01", "A", "2021-05-01");
    revenue(&db, beacon, 2024, 1000.0);
    revenue(&db, beacon, 2025, 900.0);
    let cedar = account(&db, "Cedar Snacks", "2025-03-02", "B", "2025-03-02");
    let delta = account(&db, "Delta Drinks", "2020-09-09", "C", "2020-10-01");
    db.close_account_as_lost(delta, "  Moved its volume to a cheaper supplier ", Some("2025-08-15"))
        .unwrap();
    Four {
        db,
        alpha,
        beacon,
        cedar,
        delta,
    }
}

#[test]
fn the_crafted_year_counts_tiers_new_lost_and_abnormal() {
    let f = four();
    let p = f.db.portfolio(2025).unwrap();
    assert_eq!(p.as_of, "2025-12-31");
    assert_eq!(
        p.tiers,
        TierCounts {
            s: 1,
            a: 1,
            b: 1,
            c: 0,
            untiered: 0,
            total: 3
        },
        "Delta is lost, so no longer active"
    );
    assert_eq!(
        p.new_accounts,
        [NewAccountEntry {
            account_id: f.cedar,
            name: "Cedar Snacks".into(),
            tier: Some(Tier::B),
            since: "2025-03-02".into(),
        }]
    );
    assert_eq!(
        p.lost,
        [LostAccountEntry {
            account_id: f.delta,
            name: "Delta Drinks".into(),
            tier: Some(Tier::C),
            lost_on: "2025-08-15".into(),
            reason: "Moved its volume to a cheaper supplier".into(),
        }]
    );
    assert_eq!(
        p.abnormal,
        [AbnormalLoss {
            account_id: f.alpha,
            name: "Alpha Dairy".into(),
            tier: Some(Tier::S),
            reasons: vec![AbnormalReason::LevelDropped {
                from: RelationshipLevel::Partner,
                to: RelationshipLevel::PreferredSupplier,
            }],
        }],
        "Beacon's 10 % fall is under the 20 % rule; Delta is lost but tier C"
    );
    let rows: Vec<(&str, Option<Tier>, bool, bool)> = p
        .rows
        .iter()
        .map(|r| (r.name.as_str(), r.tier, r.archived, r.lost))
        .collect();
    assert_eq!(
        rows,
        [
            ("Alpha Dairy", Some(Tier::S), false, false),
            ("Beacon Foods", Some(Tier::A), false, false),
            ("Cedar Snacks", Some(Tier::B), false, false),
            ("Delta Drinks", Some(Tier::C), true, true),
        ]
    );
    let listed: Vec<(String, bool, bool)> =
        f.db.list_accounts()
            .unwrap()
            .into_iter()
            .map(|a| (a.name, a.archived, a.lost))
            .collect();
    assert_eq!(
        listed[3],
        ("Delta Drinks".to_owned(), true, true),
        "the account list flags it too"
    );
    assert!(!listed[0].2);
    let alpha = &p.rows[0];
    assert_eq!(alpha.relationship_level, Some(RelationshipLevel::PreferredSupplier));
    assert_eq!(alpha.plan, PortfolioPlan::default(), "no plan: 0 of 0");
}

#[test]
fn an_earlier_year_reads_the_history_as_it_stood_then() {
    let f = four();
    let p = f.db.portfolio(2024).unwrap();
    assert_eq!(p.as_of, "2024-12-31");
    assert_eq!(
        (p.tiers.s, p.tiers.a, p.tiers.b, p.tiers.c, p.tiers.total),
        (1, 1, 0, 1, 3),
        "Cedar not yet known, Delta still active"
    );
    assert!(p.new_accounts.is_empty() && p.lost.is_empty() && p.abnormal.is_empty());
    assert_eq!(p.rows.len(), 3);
    assert_eq!(p.rows[0].relationship_level, Some(RelationshipLevel::Partner));
    assert!(!p.rows[2].lost && !p.rows[2].archived, "Delta was lost in 2025");
    let p = f.db.portfolio(2026).unwrap();
    let names: Vec<&str> = p.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        ["Alpha Dairy", "Beacon Foods", "Cedar Snacks"],
        "Delta went in 2025"
    );
    let p = f.db.portfolio(2022).unwrap();
    let new: Vec<&str> = p.new_accounts.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(new, ["Alpha Dairy"]);
}

#[test]
fn a_revenue_fall_of_a_fifth_and_a_lost_key_account_are_abnormal() {
    let f = four();
    f.db.lock_conn()
        .execute(
            "UPDATE revenue_actual SET revenue = 800 WHERE account_id = ?1 AND year = 2025",
            [f.beacon],
        )
        .unwrap();
    // Downgraded to B in the year: it was a key account when the year began.
    f.db.decide_tier(
        f.beacon,
        TierDecision {
            tier: "B".into(),
            decided_by: "Elena".into(),
            decided_on: "2025-10-01".into(),
            reason: "Volume fell".into(),
        },
    )
    .unwrap();
    let p = f.db.portfolio(2025).unwrap();
    let beacon = p.abnormal.iter().find(|a| a.account_id == f.beacon).unwrap();
    assert_eq!(beacon.tier, Some(Tier::B));
    assert_eq!(
        beacon.reasons,
        [AbnormalReason::RevenueFell {
            previous: 1000.0,
            current: 800.0,
            percent: 20
        }]
    );
    f.db.close_account_as_lost(f.alpha, "Chose the competitor's full-line offer", Some("2025-11-30"))
        .unwrap();
    let p = f.db.portfolio(2025).unwrap();
    let alpha = p.abnormal.iter().find(|a| a.account_id == f.alpha).unwrap();
    assert_eq!(
        alpha.reasons,
        [
            AbnormalReason::KeyAccountLost,
            AbnormalReason::LevelDropped {
                from: RelationshipLevel::Partner,
                to: RelationshipLevel::PreferredSupplier,
            },
        ]
    );
    assert_eq!(p.lost.len(), 2);
    assert_eq!((p.tiers.s, p.tiers.total), (0, 2));
}

#[test]
fn plan_progress_counts_met_targets_overdue_actions_and_the_last_review() {
    let f = four();
    let conn = f.db.lock_conn();
    conn.execute(
        "INSERT INTO plan (id, account_id, year, status, created_on, activated_on, assessment)
         VALUES (1, ?1, 2025, 'active', '2025-01-05', '2025-03-20', '{}')",
        [f.alpha],
    )
    .unwrap();
    for status in ["met", "open", "dropped", "met", "missed"] {
        conn.execute(
            "INSERT INTO plan_target (plan_id, kind, title, status) VALUES (1, 'foothold', 'Target', ?1)",
            [status],
        )
        .unwrap();
    }
    for (due, status, done) in [
        ("2025-02-01", "open", None),
        ("2025-04-01", "done", Some("2025-03-30")),
        ("2025-05-01", "dropped", None),
        ("2099-01-01", "open", None),
    ] {
        conn.execute(
            "INSERT INTO plan_action (plan_id, title, due_on, status, done_on) VALUES (1, 'Visit', ?1, ?2, ?3)",
            rusqlite::params![due, status, done],
        )
        .unwrap();
    }
    for at in ["2025-11-20T10:00:00+00:00", "2025-06-02T10:00:00+00:00"] {
        conn.execute("INSERT INTO plan_review (plan_id, reviewed_at) VALUES (1, ?1)", [at])
            .unwrap();
    }
    drop(conn);
    let p = f.db.portfolio(2025).unwrap();
    assert_eq!(
        p.rows[0].plan,
        PortfolioPlan {
            has_plan: true,
            targets_met: 2,
            targets_total: 4,
            actions_overdue: 1,
            last_review: Some("2025-11-20".into()),
        }
    );
    assert_eq!(
        f.db.portfolio(2024).unwrap().rows[0].plan,
        PortfolioPlan::default(),
        "the 2025 plan is not 2024's"
    );
}

#[test]
fn findings_are_counted_as_the_account_list_counts_them() {
    let f = four();
    let ceo =
        f.db.create_person(NewPerson::new(Some(f.alpha), Side::Customer, "Zhao", Level::Executive))
            .unwrap()
            .id;
    f.db.add_decision_role(crate::assessment::NewDecisionRole {
        person_id: ceo,
        role: crate::vocabulary::DecisionRole::Decider,
        opportunity_id: None,
    })
    .unwrap();
    let listed = f.db.list_accounts().unwrap();
    let p = f.db.portfolio(2025).unwrap();
    for row in &p.rows {
        let summary = listed.iter().find(|a| a.id == row.account_id).unwrap();
        assert_eq!(row.critical_findings, summary.critical_findings, "{}", row.name);
    }
    assert!(p.rows[0].critical_findings + p.rows[0].warning_findings > 0);
}

#[test]
fn a_year_out_of_range_is_refused_naming_the_year() {
    let db = Db::open_in_memory().unwrap();
    for year in [1999, 2101] {
        let err = db.portfolio(year).unwrap_err();
        assert_eq!(err.field(), Some("year"));
        assert_eq!(
            err.to_problem(),
            Problem::OutOfRange {
                min: 2000.0,
                max: 2100.0,
                got: year as f64
            }
        );
    }
    assert!(db.portfolio(2000).unwrap().rows.is_empty());
}

#[test]
fn closing_as_lost_needs_a_reason_and_a_past_date_and_archives_in_one_action() {
    let f = four();
    let err = f.db.close_account_as_lost(f.cedar, "  ", None).unwrap_err();
    assert_eq!((err.field(), err.to_problem()), (Some("reason"), Problem::Empty));
    let err =
        f.db.close_account_as_lost(f.cedar, "Price", Some("2999-01-01"))
            .unwrap_err();
    assert_eq!(err.field(), Some("lost_on"));
    assert_eq!(
        f.db.close_account_as_lost(999, "Price", None).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(f.db.account_loss(f.cedar).unwrap(), None);

    let loss = f.db.close_account_as_lost(f.cedar, "Price", None).unwrap();
    assert_eq!(loss.lost_on, crate::account::today_text());
    assert_eq!(loss.tier_at_loss, Some(Tier::B));
    assert_eq!(
        f.db.get_account(f.cedar).unwrap().archived_on,
        Some(loss.lost_on.clone())
    );
    assert_eq!(
        f.db.undo_state().unwrap().undo,
        Some(crate::journal::ActionLabel::CloseAccountLost)
    );
    f.db.undo().unwrap();
    assert_eq!(f.db.account_loss(f.cedar).unwrap(), None);
    assert_eq!(
        f.db.get_account(f.cedar).unwrap().archived_on,
        None,
        "one undo takes both back"
    );

    // Closing again corrects the record; restoring removes the loss with the archive mark.
    let again =
        f.db.close_account_as_lost(f.delta, "Lost the tender on price", Some("2025-09-01"))
            .unwrap();
    assert_eq!(
        (again.lost_on.as_str(), again.tier_at_loss),
        ("2025-09-01", Some(Tier::C))
    );
    assert_eq!(
        f.db.get_account(f.delta).unwrap().archived_on.as_deref(),
        Some("2025-08-15")
    );
    f.db.unarchive_account(f.delta).unwrap();
    assert_eq!(f.db.account_loss(f.delta).unwrap(), None);
    assert!(f.db.portfolio(2025).unwrap().lost.is_empty());
    f.db.undo().unwrap();
    assert_eq!(
        f.db.account_loss(f.delta).unwrap().unwrap().reason,
        "Lost the tender on price"
    );
}

#[test]
fn deleting_a_lost_account_takes_its_loss_and_undo_brings_it_back() {
    let f = four();
    f.db.delete_account(f.delta).unwrap();
    let left: i64 =
        f.db.read(|conn| Ok(conn.query_row("SELECT count(*) FROM account_loss", [], |r| r.get(0))?))
            .unwrap();
    assert_eq!(left, 0);
    f.db.undo().unwrap();
    assert_eq!(f.db.portfolio(2025).unwrap().lost.len(), 1);
}

#[test]
fn the_sample_opened_into_an_empty_workspace_makes_a_portfolio_worth_reading() {
    let db = Db::open_in_memory().unwrap();
    db.create_sample_account().unwrap();
    let p = db.portfolio(2026).unwrap();
    assert_eq!(
        (p.tiers.s, p.tiers.a, p.tiers.b, p.tiers.c, p.tiers.total),
        (1, 0, 1, 1, 3),
        "Lakeshore, Northgate, Pinecrest; Riverside is lost"
    );
    let new: Vec<&str> = p.new_accounts.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(new, ["Pinecrest Snacks"], "Lakeshore is known since 2019");
    assert_eq!(p.lost.len(), 1);
    assert_eq!(
        (p.lost[0].name.as_str(), p.lost[0].lost_on.as_str()),
        ("Riverside Bakeries", "2026-09-18")
    );
    assert!(p.abnormal.is_empty());
    assert_eq!(p.rows.len(), 4);
    assert!(p.rows.iter().all(|r| r.critical_findings + r.warning_findings > 0));
}
