//! Unit tests of [`super`]: archiving, and deleting an account with exactly what it takes.

use super::*;
use crate::account::NewAccount;
use crate::interaction::NewInteraction;
use crate::key_date::NewKeyDate;
use crate::opportunity::NewOpportunity;
use crate::person::NewPerson;
use crate::tie::NewTie;
use crate::vocabulary::{CoverageRole, InteractionKind, KeyDateKind, Level, Side, TieKind};
use crate::ErrorKind;

/// Rows per domain table, to compare whole-workspace states.
fn rows(db: &Db) -> Vec<(String, i64)> {
    db.read(|conn| {
        let mut stmt = conn.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'journal_%'
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let tables: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        tables
            .into_iter()
            .map(|t| {
                let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?;
                Ok((t, n))
            })
            .collect()
    })
    .unwrap()
}

fn count(db: &Db, table: &str) -> i64 {
    rows(db).into_iter().find(|(t, _)| t == table).map_or(0, |(_, n)| n)
}

struct Two {
    db: Db,
    harbor: i64,
    other: i64,
    shared_staff: i64,
}

/// Harbor Foods with people, ties, a deal, a contact, a key date, a score and a tier decision;
/// our staff: one who works only on Harbor, one who also covers Other Co.
fn two_accounts() -> Two {
    let db = Db::open_in_memory().unwrap();
    let account = |name: &str| db.create_account(NewAccount::named(name)).unwrap().id;
    let (harbor, other) = (account("Harbor Foods"), account("Other Co"));
    let person = |account: Option<i64>, side: Side, name: &str| {
        db.create_person(NewPerson::new(account, side, name, Level::Manager))
            .unwrap()
            .id
    };
    let zhao = person(Some(harbor), Side::Customer, "Zhao");
    let qian = person(Some(harbor), Side::Customer, "Qian");
    let elsewhere = person(Some(other), Side::Customer, "Wu");
    let only_here = person(None, Side::Ours, "Elena");
    let shared_staff = person(None, Side::Ours, "Marco");
    let idle_staff = person(None, Side::Ours, "Idle");
    let tie = |from, to, kind, role| {
        db.create_tie(NewTie {
            coverage_role: role,
            ..NewTie::new(from, to, kind)
        })
        .unwrap();
    };
    tie(qian, zhao, TieKind::ReportsTo, None);
    tie(only_here, zhao, TieKind::Coverage, Some(CoverageRole::A));
    tie(shared_staff, qian, TieKind::Coverage, Some(CoverageRole::A));
    tie(shared_staff, elsewhere, TieKind::Coverage, Some(CoverageRole::A));
    let _ = idle_staff;
    db.create_opportunity(NewOpportunity {
        account_id: harbor,
        name: "Aseptic line".into(),
    })
    .unwrap();
    db.create_interaction(NewInteraction {
        account_id: harbor,
        kind: InteractionKind::Visit,
        occurred_on: "2026-03-01".into(),
        place: String::new(),
        notes: String::new(),
        participants: vec![shared_staff, zhao],
    })
    .unwrap();
    db.create_key_date(NewKeyDate {
        account_id: harbor,
        person_id: None,
        kind: KeyDateKind::BudgetCycle,
        label: "Budget round".into(),
        on_date: "2026-10-01".into(),
        yearly: true,
    })
    .unwrap();
    let criterion = db.list_value_criteria().unwrap()[0].id;
    db.set_value_score(harbor, criterion, 4).unwrap();
    db.decide_tier(
        harbor,
        crate::account::TierDecision {
            tier: "A".into(),
            decided_by: "Elena".into(),
            decided_on: "2026-02-01".into(),
            reason: "Growth".into(),
        },
    )
    .unwrap();
    db.add_account_competitor(harbor, "Crestline").unwrap();
    db.add_account_competitor(harbor, "Arbor").unwrap();
    db.add_account_competitor(other, "Arbor").unwrap();
    Two {
        db,
        harbor,
        other,
        shared_staff,
    }
}

#[test]
fn archiving_keeps_the_account_whole_and_flags_it() {
    let t = two_accounts();
    let before = rows(&t.db);
    let archived = t.db.archive_account(t.harbor).unwrap();
    assert!(archived.archived_on.is_some());
    let again = t.db.archive_account(t.harbor).unwrap();
    assert_eq!(
        again.archived_on, archived.archived_on,
        "archiving twice changes nothing"
    );
    let listed = t.db.list_accounts().unwrap();
    let flags: Vec<(&str, bool)> = listed.iter().map(|a| (a.name.as_str(), a.archived)).collect();
    assert_eq!(flags, [("Harbor Foods", true), ("Other Co", false)]);
    assert_eq!(rows(&t.db), before, "nothing but the flag changes");
    assert!(t.db.unarchive_account(t.harbor).unwrap().archived_on.is_none());
    t.db.undo().unwrap();
    assert!(t.db.get_account(t.harbor).unwrap().archived_on.is_some());
    assert_eq!(t.db.archive_account(999).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn deleting_an_account_takes_what_the_impact_names_as_one_undoable_action() {
    let t = two_accounts();
    let before = rows(&t.db);
    let impact = t.db.account_deletion_impact(t.harbor).unwrap();
    assert_eq!(impact.name, "Harbor Foods");
    assert_eq!(impact.people, 2);
    assert_eq!(
        impact.staff.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["Elena"]
    );
    assert_eq!(impact.ties, 3, "the reporting line and both coverage ties into Harbor");
    assert_eq!((impact.deals, impact.interactions, impact.key_dates), (1, 1, 1));
    assert_eq!((impact.tier_decisions, impact.assessment_years), (1, 1));
    assert_eq!(impact.competitors, ["Crestline"], "Arbor is met at Other Co too");
    assert_eq!(rows(&t.db), before, "the impact writes nothing");

    let done = t.db.delete_account(t.harbor).unwrap();
    assert_eq!(done, impact, "the deletion is what was announced");
    assert_eq!(t.db.get_account(t.harbor).unwrap_err().kind(), ErrorKind::NotFound);
    let names: Vec<String> = t.db.list_staff().unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Idle", "Marco"], "staff with other work, or none, stay");
    let competitors: Vec<String> = t.db.list_competitors().unwrap().into_iter().map(|c| c.name).collect();
    assert_eq!(competitors, ["Arbor"]);
    for table in [
        "value_score",
        "tier_decision",
        "relationship_change",
        "interaction",
        "key_date",
        "opportunity",
    ] {
        let left: i64 =
            t.db.read(|c| {
                Ok(c.query_row(
                    &format!("SELECT count(*) FROM {table} WHERE account_id = ?1"),
                    [t.harbor],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(left, 0, "{table}");
    }
    assert_eq!(
        t.db.list_people(t.other).unwrap().len(),
        1,
        "the other account is untouched"
    );
    assert_eq!(t.db.get_person(t.shared_staff).unwrap().name, "Marco");
    let label =
        t.db.undo_state()
            .unwrap()
            .undo
            .map(|l| l.to_string())
            .unwrap_or_default();
    assert!(label.starts_with("Delete account"), "{label}");

    t.db.undo().unwrap();
    assert_eq!(rows(&t.db), before, "one undo brings all of it back");
    t.db.redo().unwrap();
    assert_eq!(count(&t.db, "account"), 1);
    assert_eq!(t.db.delete_account(t.harbor).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(
        t.db.account_deletion_impact(999).unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn deleting_the_sample_and_its_companions_leaves_an_empty_workspace_and_it_is_not_seeded_again() {
    let db = Db::open_in_memory().unwrap();
    let sample = db.create_sample_account().unwrap();
    assert_eq!(
        db.create_sample_account().unwrap().id,
        sample.id,
        "opened, not made twice"
    );
    let impact = db.account_deletion_impact(sample.id).unwrap();
    assert!(impact.people >= 25);
    assert_eq!(impact.staff.len(), 8, "the sample's own account team");
    assert_eq!(impact.competitors, ["Crestline Packaging"]);
    // Opened into an empty workspace, it brought three small accounts for the portfolio.
    let companions: Vec<_> = db
        .list_accounts()
        .unwrap()
        .into_iter()
        .filter(|a| a.id != sample.id)
        .collect();
    let names: Vec<&str> = companions.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Northgate Beverages", "Pinecrest Snacks", "Riverside Bakeries"]);
    for companion in &companions {
        db.delete_account(companion.id).unwrap();
    }
    db.delete_account(sample.id).unwrap();
    for table in [
        "account",
        "person",
        "tie",
        "competitor",
        "org_unit",
        "interaction",
        "team_member",
        "team_partner",
    ] {
        assert_eq!(count(&db, table), 0, "{table} left behind");
    }
    assert!(db.list_accounts().unwrap().is_empty());
    db.undo().unwrap();
    assert_eq!(db.list_accounts().unwrap().len(), 1);
}
