//! A key-account manager's own accounts, from an empty workspace file to a restart: create,
//! score per year, decide the tier, log contacts, see what is due, archive, delete; and the
//! upgrade of a workspace written before accounts had their history.

use symbio::account::{AccountField, AccountPatch, NewAccount, TierDecision};
use symbio::interaction::NewInteraction;
use symbio::opportunity::{DealOutcome, DealStatus, NewOpportunity};
use symbio::storage::MIGRATIONS;
use symbio::vocabulary::{InteractionKind, Level, RelationshipLevel, Side, Tier};
use symbio::{Db, ErrorKind};

use crate::support::{dump, person};

fn decision(tier: &str, on: &str, reason: &str) -> TierDecision {
    TierDecision {
        tier: tier.into(),
        decided_by: "Elena".into(),
        decided_on: on.into(),
        reason: reason.into(),
    }
}

#[test]
fn an_account_is_worked_from_an_empty_workspace_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let (account, contact) = {
        let db = Db::open(&path).unwrap();
        assert!(db.list_accounts().unwrap().is_empty(), "nothing is seeded on open");
        let account = db
            .create_account(NewAccount {
                name: "Harbor Foods".into(),
                industry: "Food".into(),
                region: String::new(),
            })
            .unwrap()
            .id;
        let patch = AccountPatch {
            purchase_volume: Some(4.0e7),
            purchase_volume_unit: Some("CNY / year".into()),
            strategic_influence: Some(4),
            notes: Some("Reference plant for the region".into()),
            relationship_level: Some(RelationshipLevel::PreferredSupplier),
            relationship_changed_on: Some("2026-03-01".into()),
            ..Default::default()
        };
        db.update_account(account, patch).unwrap();
        let contact = db
            .create_person(person(Some(account), Side::Customer, "Zhao", Level::Executive))
            .unwrap()
            .id;
        let staff = db
            .create_person(person(None, Side::Ours, "Elena", Level::Manager))
            .unwrap()
            .id;
        for (i, criterion) in db.list_value_criteria().unwrap().iter().enumerate() {
            db.set_year_value_score(account, 2025, criterion.id, 2).unwrap();
            db.set_year_value_score(account, 2026, criterion.id, 3 + (i as i64 % 2))
                .unwrap();
        }
        db.decide_tier(account, decision("A", "2026-02-01", "Growth in chilled lines"))
            .unwrap();
        let deal = db
            .create_opportunity(NewOpportunity {
                account_id: account,
                name: "Aseptic line".into(),
            })
            .unwrap();
        db.close_opportunity(deal.id, DealOutcome::Won, "2026-11-01").unwrap();
        db.add_account_competitor(account, "Crestline").unwrap();
        db.create_interaction(NewInteraction {
            account_id: account,
            kind: InteractionKind::FactoryTour,
            occurred_on: "2026-11-20".into(),
            place: "Suzhou plant".into(),
            notes: String::new(),
            participants: vec![staff, contact],
        })
        .unwrap();
        db.archive_account(account).unwrap();
        (account, contact)
    };
    let before = dump(&path);
    let db = Db::open(&path).unwrap();
    assert_eq!(dump(&path), before, "reopening changes nothing");
    let summary = &db.list_accounts().unwrap()[0];
    assert_eq!(
        (summary.tier, summary.archived, summary.people),
        (Some(Tier::A), true, 1)
    );
    let years: Vec<i64> = db.value_history(account).unwrap().iter().map(|a| a.year).collect();
    assert_eq!(years, [2025, 2026], "a new year's assessment keeps last year's");
    assert_eq!(db.value_assessment(account).unwrap().year, 2026);
    let levels: Vec<RelationshipLevel> = db
        .relationship_history(account)
        .unwrap()
        .iter()
        .map(|c| c.level)
        .collect();
    assert_eq!(
        levels,
        [RelationshipLevel::PreferredSupplier],
        "a change dated before the account was entered has no earlier state to show"
    );
    assert_eq!(db.tier_history(account).unwrap()[0].reason, "Growth in chilled lines");
    assert_eq!(db.list_opportunities(account).unwrap()[0].status, DealStatus::Won);
    assert_eq!(db.list_person_interactions(contact).unwrap()[0].place, "Suzhou plant");
    assert_eq!(db.list_account_competitors(account).unwrap()[0].name, "Crestline");
    let account_row = db.get_account(account).unwrap();
    assert_eq!(
        (
            account_row.purchase_volume_unit.as_str(),
            account_row.strategic_influence
        ),
        ("CNY / year", Some(4))
    );
}

#[test]
fn bad_account_input_names_the_field_and_saves_nothing() {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    let before = db.journal(100).unwrap().len();
    let next_year = chrono::Local::now()
        .naive_local()
        .date()
        .format("%Y")
        .to_string()
        .parse::<i64>()
        .unwrap()
        + 1;
    let criterion = db.list_value_criteria().unwrap()[0].id;
    let cases: Vec<(symbio::Error, &str)> = vec![
        (db.create_account(NewAccount::named(" ")).unwrap_err(), "name"),
        (
            db.decide_tier(account, decision("B", "2026-01-01", "  ")).unwrap_err(),
            "reason",
        ),
        (db.set_revenue_actual(account, next_year, 1.0).unwrap_err(), "year"),
        (db.set_revenue_actual(account, 2025, -5.0).unwrap_err(), "revenue"),
        (
            db.set_year_value_score(account, next_year + 1, criterion, 3)
                .unwrap_err(),
            "year",
        ),
        (
            db.update_account(
                account,
                AccountPatch {
                    strategic_influence: Some(6),
                    ..Default::default()
                },
            )
            .unwrap_err(),
            "strategic_influence",
        ),
        (
            db.update_account(
                account,
                AccountPatch {
                    purchase_volume: Some(-1.0),
                    ..Default::default()
                },
            )
            .unwrap_err(),
            "purchase_volume",
        ),
        (db.add_account_competitor(account, "").unwrap_err(), "name"),
    ];
    for (error, field) in cases {
        assert_eq!(error.kind(), ErrorKind::Invalid, "{error}");
        assert_eq!(error.field(), Some(field), "{error}");
    }
    assert_eq!(db.journal(100).unwrap().len(), before, "nothing saved");
    // A second account of the same name is allowed; the core finds namesakes for a warning.
    assert_eq!(db.accounts_named(" harbor foods", None).unwrap().len(), 1);
    assert!(db.accounts_named("Harbor Foods", Some(account)).unwrap().is_empty());
    db.create_account(NewAccount::named("Harbor Foods")).unwrap();
    assert_eq!(db.accounts_named("Harbor Foods", None).unwrap().len(), 2);
    // Fields can be emptied again.
    db.update_account(
        account,
        AccountPatch {
            strategic_influence: Some(3),
            ..Default::default()
        },
    )
    .unwrap();
    let cleared = db
        .update_account(
            account,
            AccountPatch {
                clear: vec![AccountField::StrategicInfluence],
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(cleared.strategic_influence, None);
}

#[test]
fn the_tier_is_the_latest_decision_by_date_and_every_decision_is_kept() {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    db.decide_tier(account, decision("B", "2026-02-01", "Small but growing"))
        .unwrap();
    let backdated = db
        .decide_tier(account, decision("C", "2025-02-01", "First year"))
        .unwrap();
    assert_eq!(
        backdated.tier,
        Some(Tier::B),
        "an older decision joins the history only"
    );
    let history = db.tier_history(account).unwrap();
    let seen: Vec<(Tier, &str)> = history.iter().map(|d| (d.tier, d.decided_on.as_str())).collect();
    assert_eq!(seen, [(Tier::B, "2026-02-01"), (Tier::C, "2025-02-01")]);
    db.undo().unwrap();
    assert_eq!(db.tier_history(account).unwrap().len(), 1);
}

#[test]
fn a_version_5_workspace_keeps_its_scores_contacts_and_dates_as_this_years() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.symbio");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        MIGRATIONS.to_version(&mut conn, 5).unwrap();
        conn.execute_batch(
            "INSERT INTO account (id, name, tier, tier_decided_by, tier_decided_on, tier_reason, created_at)
                 VALUES (1, 'Harbor Foods', 'A', 'Elena', '2025-06-01', 'Growth', '2025-01-01T00:00:00Z');
             INSERT INTO competitor (id, name) VALUES (1, 'Crestline');
             INSERT INTO person (id, account_id, side, name) VALUES (1, 1, 'customer', 'Zhao');
             INSERT INTO person (id, account_id, side, name) VALUES (2, NULL, 'ours', 'Elena');
             INSERT INTO competitor_leaning (person_id, competitor_id, strength) VALUES (1, 1, 3);
             INSERT INTO value_score (id, account_id, criterion_id, score) VALUES (7, 1, 1, 4);
             INSERT INTO interaction (id, account_id, kind, occurred_on, notes) VALUES (3, 1, 'visit', '2026-01-05', 'Review');
             INSERT INTO interaction_participant (interaction_id, person_id) VALUES (3, 1), (3, 2);
             INSERT INTO key_date (id, account_id, kind, label, on_date) VALUES (4, 1, 'festival', 'Spring', '2027-02-06');",
        )
        .unwrap();
    }
    let db = Db::open(&path).unwrap();
    let this_year: i64 = chrono::Local::now().format("%Y").to_string().parse().unwrap();
    let assessment = db.value_assessment(1).unwrap();
    assert_eq!(assessment.year, this_year);
    assert_eq!(assessment.criteria[0].score, Some(4));
    let contact = db.get_interaction(3).unwrap();
    assert_eq!(
        (
            contact.notes.as_str(),
            contact.place.as_str(),
            contact.participants.len()
        ),
        ("Review", "", 2)
    );
    assert_eq!(db.list_key_dates(1).unwrap()[0].label, "Spring");
    let decisions = db.tier_history(1).unwrap();
    assert_eq!(
        (decisions[0].id, decisions[0].tier, decisions[0].reason.as_str()),
        (0, Tier::A, "Growth"),
        "the tier decided before decisions were kept"
    );
    db.decide_tier(1, decision("S", "2026-02-01", "Reference customer"))
        .unwrap();
    let decisions: Vec<Tier> = db.tier_history(1).unwrap().iter().map(|d| d.tier).collect();
    assert_eq!(
        decisions,
        [Tier::S, Tier::A],
        "the old decision is kept beside the new one"
    );
    assert!(db.relationship_history(1).unwrap().is_empty());
    let patch = AccountPatch {
        relationship_level: Some(RelationshipLevel::Partner),
        ..Default::default()
    };
    db.update_account(1, patch).unwrap();
    let history: Vec<(RelationshipLevel, String)> = db
        .relationship_history(1)
        .unwrap()
        .into_iter()
        .map(|c| (c.level, c.changed_on))
        .collect();
    assert_eq!(
        history[0],
        (RelationshipLevel::Vendor, "2025-01-01".to_owned()),
        "where it stood since it was entered"
    );
    assert_eq!(history[1].0, RelationshipLevel::Partner);
    db.undo().unwrap();
    assert!(db.relationship_history(1).unwrap().is_empty());
    assert_eq!(
        db.list_account_competitors(1).unwrap()[0].supporters[0].person.name,
        "Zhao"
    );
    let backups = db.list_backups().unwrap().backups;
    assert!(backups
        .iter()
        .any(|b| b.reason == symbio::storage::backup::BackupReason::Migration));
}

#[test]
fn competitors_are_met_per_account_with_their_supporters_and_deleting_one_names_what_goes() {
    let db = Db::open_in_memory().unwrap();
    let account = |name: &str| db.create_account(NewAccount::named(name)).unwrap().id;
    let (harbor, other) = (account("Harbor Foods"), account("Other Co"));
    let crest = db.add_account_competitor(harbor, " Crestline ").unwrap();
    assert_eq!((crest.name.as_str(), crest.other_accounts), ("Crestline", 0));
    let again = db.add_account_competitor(harbor, "CRESTLINE").unwrap_err();
    assert_eq!((again.kind(), again.field()), (ErrorKind::Invalid, Some("name")));
    let shared = db.add_account_competitor(other, "crestline").unwrap();
    assert_eq!(
        shared.competitor_id, crest.competitor_id,
        "one competitor, met at two accounts"
    );
    let zhao = db
        .create_person(person(Some(harbor), Side::Customer, "Zhao", Level::Manager))
        .unwrap()
        .id;
    let qian = db
        .create_person(person(Some(harbor), Side::Customer, "Qian", Level::Manager))
        .unwrap()
        .id;
    db.set_leaning(zhao, crest.competitor_id, 2).unwrap();
    db.set_leaning(qian, crest.competitor_id, 4).unwrap();
    let listed = &db.list_account_competitors(harbor).unwrap()[0];
    let supporters: Vec<(&str, i64)> = listed
        .supporters
        .iter()
        .map(|s| (s.person.name.as_str(), s.strength))
        .collect();
    assert_eq!(supporters, [("Qian", 4), ("Zhao", 2)], "strongest first");
    assert_eq!(listed.other_accounts, 1);
    let impact = db.competitor_deletion_impact(crest.competitor_id).unwrap();
    assert_eq!(impact.leanings.len(), 2);
    assert_eq!(impact.accounts, ["Harbor Foods", "Other Co"]);
    db.delete_competitor(crest.competitor_id).unwrap();
    assert!(db.list_account_competitors(harbor).unwrap().is_empty());
    assert!(db.list_account_competitors(other).unwrap().is_empty());
    db.undo().unwrap();
    assert_eq!(db.list_account_competitors(other).unwrap().len(), 1);
}
