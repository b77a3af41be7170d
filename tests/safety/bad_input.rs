//! Property: a bad input given to a write method (a text with NUL or other control characters,
//! made of invisible characters only, blank or over its limit; a non-finite or negative amount;
//! a date not in ISO form or outside 1900-2200; a year past 9999 or before 1900; an unknown id;
//! an id listed twice beside an unknown one) is refused with a typed error (Invalid or NotFound)
//! and changes nothing: the dump of every table, the journal included, is the same after.

use proptest::prelude::*;
use serde_json::json;
use symbio::account::{AccountPatch, NewAccount};
use symbio::opportunity::DealOutcome;
use symbio::org_unit::NewOrgUnit;
use symbio::person::{NewPerson, PersonPatch};
use symbio::profile::ProfileInput;
use symbio::tie::NewTie;
use symbio::view::ViewKind;
use symbio::vocabulary::{Level, PersonalTie, Side, TieKind};
use symbio::{Error, ErrorKind};

use crate::fuzz_open::run_with;
use crate::support::{input, sample, short, Workspace};

/// Text refused everywhere a one-line text is taken.
fn bad_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z]{1,8}[\\x00-\\x1f\\x7f][A-Za-z]{1,8}",
        (201..600usize).prop_map(|n| "长".repeat(n)),
    ]
}

/// Text refused where a name is required: the above, or nothing visible.
fn bad_name() -> impl Strategy<Value = String> {
    prop_oneof![bad_line(), "[\u{200B}\u{200C}\u{200D}\u{FEFF}\u{2060} \t]{0,6}"]
}

/// Text refused even where free text (line breaks allowed) is taken.
fn bad_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z ]{0,8}[\\x00\\x1b\\x07][A-Za-z ]{0,8}",
        (20_001..21_000usize).prop_map(|n| "x".repeat(n)),
    ]
}

fn bad_amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::NAN),
        (-1e12..-0.001f64)
    ]
}

fn bad_date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("+10000-01-01".to_owned()),
        Just("0000-01-01".to_owned()),
        Just("2026-02-30".to_owned()),
        Just("2026-3-1".to_owned()),
        Just("31.03.2026".to_owned()),
        Just("2026-03-31\0".to_owned()),
        (2201..9999i32).prop_map(|y| format!("{y}-06-01")),
        (1000..1900i32).prop_map(|y| format!("{y}-06-01")),
    ]
}

fn bad_year() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(0i64),
        Just(-1),
        Just(i64::MAX),
        Just(i64::MIN),
        10_000..100_000i64,
        1..1900i64
    ]
}

fn unknown_id() -> impl Strategy<Value = i64> {
    prop_oneof![Just(0i64), Just(-1), Just(i64::MAX), 900_000..1_000_000i64]
}

#[derive(Debug, Clone)]
struct Bad {
    name: String,
    line: String,
    text: String,
    amount: f64,
    date: String,
    year: i64,
    id: i64,
}

fn bad() -> impl Strategy<Value = Bad> {
    (
        bad_name(),
        bad_line(),
        bad_text(),
        bad_amount(),
        bad_date(),
        bad_year(),
        unknown_id(),
    )
        .prop_map(|(name, line, text, amount, date, year, id)| Bad {
            name,
            line,
            text,
            amount,
            date,
            year,
            id,
        })
}

/// Valid ids of the sample to aim the bad values at.
struct Ids {
    account: i64,
    person: i64,
    staff: i64,
    competitor: i64,
    unit: i64,
    plan: i64,
    opportunity: i64,
    control_point: i64,
}

fn ids(ws: &Workspace) -> Ids {
    let first = |sql: &str| ws.id(sql);
    Ids {
        account: ws.account,
        person: first("SELECT id FROM person WHERE side = 'customer' ORDER BY id"),
        staff: first("SELECT id FROM person WHERE side = 'ours' ORDER BY id"),
        competitor: first("SELECT id FROM competitor ORDER BY id"),
        unit: first("SELECT id FROM org_unit ORDER BY id"),
        plan: first("SELECT id FROM plan ORDER BY id"),
        opportunity: first("SELECT id FROM opportunity ORDER BY id"),
        control_point: first("SELECT id FROM control_point ORDER BY id"),
    }
}

type Op = fn(&symbio::Db, &Ids, &Bad) -> Result<(), Error>;

fn ok<T>(result: Result<T, Error>) -> Result<(), Error> {
    result.map(|_| ())
}

/// Every write method given one bad value, by name.
const OPS: &[(&str, Op)] = &[
    ("create_person name", |db, i, b| {
        ok(db.create_person(NewPerson::new(
            Some(i.account),
            Side::Customer,
            b.name.clone(),
            Level::Manager,
        )))
    }),
    ("create_person title", |db, i, b| {
        let mut p = NewPerson::new(Some(i.account), Side::Customer, "Liu Yang", Level::Manager);
        p.title = b.line.clone();
        ok(db.create_person(p))
    }),
    ("create_people one bad of two", |db, i, b| {
        let good = NewPerson::new(Some(i.account), Side::Customer, "Liu Yang", Level::Manager);
        let bad = NewPerson::new(Some(i.account), Side::Customer, b.name.clone(), Level::Manager);
        ok(db.create_people(&[good, bad]))
    }),
    ("update_person name", |db, i, b| {
        ok(db.update_person(
            i.person,
            PersonPatch {
                name: Some(b.name.clone()),
                ..PersonPatch::default()
            },
        ))
    }),
    ("update_person email", |db, i, b| {
        ok(db.update_person(
            i.person,
            PersonPatch {
                email: Some(b.line.clone()),
                ..PersonPatch::default()
            },
        ))
    }),
    ("update_person unknown", |db, _, b| {
        ok(db.update_person(
            b.id,
            PersonPatch {
                name: Some("Liu Yang".into()),
                ..PersonPatch::default()
            },
        ))
    }),
    ("set_person_status date", |db, i, b| {
        ok(db.set_person_status(i.person, input(json!({ "status": "left", "on": b.date }))))
    }),
    ("set_person_status unknown", |db, _, b| {
        ok(db.set_person_status(b.id, input(json!({ "status": "left", "on": "2025-06-01" }))))
    }),
    ("move_person unknown unit", |db, i, b| {
        ok(db.move_person(i.person, Some(b.id)))
    }),
    ("delete_person unknown", |db, _, b| db.delete_person(b.id)),
    ("delete_people twice and unknown", |db, i, b| {
        db.delete_people(&[i.person, i.person, b.id])
    }),
    ("set_profile text", |db, i, b| {
        ok(db.set_profile(
            i.person,
            ProfileInput {
                family: b.text.clone(),
                ..ProfileInput::default()
            },
        ))
    }),
    ("set_profile birthday", |db, i, b| {
        ok(db.set_profile(
            i.person,
            ProfileInput {
                birthday: Some(format!("{:04}-06-01", b.year)),
                ..ProfileInput::default()
            },
        ))
    }),
    ("set_profile unknown", |db, _, b| {
        ok(db.set_profile(
            b.id,
            ProfileInput {
                hobbies: "Go".into(),
                ..ProfileInput::default()
            },
        ))
    }),
    ("create_tie unknown end", |db, i, b| {
        ok(db.create_tie(NewTie {
            from_person_id: i.person,
            to_person_id: b.id,
            kind: TieKind::Personal,
            personal_kind: Some(PersonalTie::Friend),
            coverage_role: None,
            hidden: false,
            strength: Some(3),
            note: String::new(),
        }))
    }),
    ("create_tie note", |db, i, b| {
        ok(db.create_tie(NewTie {
            from_person_id: i.person,
            to_person_id: i.staff,
            kind: TieKind::Personal,
            personal_kind: Some(PersonalTie::Friend),
            coverage_role: None,
            hidden: false,
            strength: Some(3),
            note: b.text.clone(),
        }))
    }),
    ("delete_tie unknown", |db, _, b| db.delete_tie(b.id)),
    (
        "delete_ties unknown twice",
        |db, _, b| ok(db.delete_ties(&[b.id, b.id])),
    ),
    ("create_account name", |db, _, b| {
        ok(db.create_account(NewAccount::named(b.name.clone())))
    }),
    ("update_account name", |db, i, b| {
        ok(db.update_account(
            i.account,
            AccountPatch {
                name: Some(b.name.clone()),
                ..AccountPatch::default()
            },
        ))
    }),
    ("update_account revenue", |db, i, b| {
        ok(db.update_account(
            i.account,
            AccountPatch {
                annual_revenue: Some(b.amount),
                ..AccountPatch::default()
            },
        ))
    }),
    ("update_account unknown", |db, _, b| {
        ok(db.update_account(
            b.id,
            AccountPatch {
                region: Some("East".into()),
                ..AccountPatch::default()
            },
        ))
    }),
    ("archive_account unknown", |db, _, b| ok(db.archive_account(b.id))),
    ("delete_account unknown", |db, _, b| ok(db.delete_account(b.id))),
    ("close_account_as_lost reason", |db, i, b| {
        ok(db.close_account_as_lost(i.account, &b.text, None))
    }),
    ("close_account_as_lost date", |db, i, b| {
        ok(db.close_account_as_lost(i.account, "Price", Some(&b.date)))
    }),
    ("set_revenue_actual amount", |db, i, b| {
        ok(db.set_revenue_actual(i.account, 2024, b.amount))
    }),
    ("set_revenue_actual year", |db, i, b| {
        ok(db.set_revenue_actual(i.account, b.year, 1.0))
    }),
    ("set_revenue_actual unknown", |db, _, b| {
        ok(db.set_revenue_actual(b.id, 2024, 1.0))
    }),
    ("create_plan year", |db, i, b| ok(db.create_plan(i.account, b.year))),
    ("adjust_plan reason", |db, i, b| ok(db.adjust_plan(i.plan, &b.text))),
    ("delete_plan unknown", |db, _, b| ok(db.delete_plan(b.id))),
    ("create_key_date label", |db, i, b| {
        ok(db.create_key_date(input(
            json!({ "account_id": i.account, "kind": "custom", "label": b.name, "on_date": "2026-05-01" }),
        )))
    }),
    ("create_key_date date", |db, i, b| {
        ok(db.create_key_date(input(
            json!({ "account_id": i.account, "kind": "custom", "label": "Audit", "on_date": b.date }),
        )))
    }),
    ("delete_key_date unknown", |db, _, b| ok(db.delete_key_date(b.id))),
    ("create_interaction notes", |db, i, b| {
        ok(db.create_interaction(input(json!({
            "account_id": i.account, "kind": "call", "occurred_on": "2025-06-01",
            "notes": b.text, "participants": [i.person, i.staff],
        }))))
    }),
    ("create_interaction date", |db, i, b| {
        ok(db.create_interaction(input(json!({
            "account_id": i.account, "kind": "call", "occurred_on": b.date, "participants": [i.person],
        }))))
    }),
    ("create_interaction unknown participant", |db, i, b| {
        ok(db.create_interaction(input(json!({
            "account_id": i.account, "kind": "call", "occurred_on": "2025-06-01", "participants": [b.id],
        }))))
    }),
    ("delete_interaction unknown", |db, _, b| ok(db.delete_interaction(b.id))),
    ("create_competitor name", |db, _, b| ok(db.create_competitor(&b.name))),
    ("rename_competitor name", |db, i, b| {
        ok(db.rename_competitor(i.competitor, &b.name))
    }),
    ("delete_competitor unknown", |db, _, b| ok(db.delete_competitor(b.id))),
    ("set_leaning unknown competitor", |db, i, b| {
        ok(db.set_leaning(i.person, b.id, 1))
    }),
    ("add_account_competitor name", |db, i, b| {
        ok(db.add_account_competitor(i.account, &b.name))
    }),
    ("create_org_unit name", |db, i, b| {
        ok(db.create_org_unit(NewOrgUnit {
            account_id: i.account,
            parent_id: None,
            name: b.name.clone(),
        }))
    }),
    ("create_org_unit unknown parent", |db, i, b| {
        ok(db.create_org_unit(NewOrgUnit {
            account_id: i.account,
            parent_id: Some(b.id),
            name: "Audit".into(),
        }))
    }),
    ("rename_org_unit name", |db, i, b| {
        ok(db.rename_org_unit(i.unit, &b.name))
    }),
    ("delete_org_unit unknown", |db, _, b| ok(db.delete_org_unit(b.id))),
    ("rename_opportunity name", |db, i, b| {
        ok(db.rename_opportunity(i.opportunity, &b.name))
    }),
    ("close_opportunity date", |db, i, b| {
        ok(db.close_opportunity(i.opportunity, DealOutcome::Won, &b.date))
    }),
    ("delete_opportunity unknown", |db, _, b| ok(db.delete_opportunity(b.id))),
    ("update_control_point text", |db, i, b| {
        ok(db.update_control_point(i.control_point, &b.text))
    }),
    ("delete_control_point unknown", |db, _, b| {
        ok(db.delete_control_point(b.id))
    }),
    ("reset_positions unknown", |db, _, b| {
        db.reset_positions(b.id, ViewKind::OrgChart)
    }),
    ("delete_saved_view unknown", |db, _, b| ok(db.delete_saved_view(b.id))),
    ("delete_channel unknown", |db, _, b| ok(db.delete_channel(b.id))),
    ("remove_decision_role unknown", |db, _, b| {
        ok(db.remove_decision_role(b.id))
    }),
    ("delete_team_member unknown", |db, _, b| ok(db.delete_team_member(b.id))),
    ("delete_team_partner unknown", |db, _, b| {
        ok(db.delete_team_partner(b.id))
    }),
    ("delete_plan_action unknown", |db, _, b| ok(db.delete_plan_action(b.id))),
    ("delete_plan_target unknown", |db, _, b| ok(db.delete_plan_target(b.id))),
    ("delete_customer_issue unknown", |db, _, b| {
        ok(db.delete_customer_issue(b.id))
    }),
    ("delete_customer_voice unknown", |db, _, b| {
        ok(db.delete_customer_voice(b.id))
    }),
    ("delete_initiative unknown", |db, _, b| ok(db.delete_initiative(b.id))),
];

#[test]
fn bad_input_on_any_write_is_refused_typed_and_changes_nothing() {
    let ws = sample();
    let ids = ids(&ws);
    let before = ws.dump();
    let mut refused = vec![0usize; OPS.len()];
    let cases = run_with((0..OPS.len(), bad()), false, |(which, bad)| {
        let (name, op) = OPS[which];
        let outcome = op(&ws.db, &ids, &bad);
        let kind = outcome.as_ref().err().map(Error::kind);
        prop_assert!(
            matches!(kind, Some(ErrorKind::Invalid | ErrorKind::NotFound)),
            "{name}: expected a typed refusal of {}, got {}",
            short(&bad),
            short(&outcome)
        );
        let after = ws.dump();
        let diff: Vec<&str> = after.lines().filter(|l| !before.contains(l)).take(4).collect();
        prop_assert!(
            after == before,
            "{name}: a refused write changed the workspace: {}",
            short(&diff)
        );
        Ok(())
    });
    // Every method once more with one fixed set of bad values, so none goes untried.
    let fixed = Bad {
        name: "\u{200B}".into(),
        line: "Zhao\0Ming".into(),
        text: "\u{1b}[31m".into(),
        amount: f64::INFINITY,
        date: "+10000-01-01".into(),
        year: 10_000,
        id: 987_654,
    };
    for (which, (name, op)) in OPS.iter().enumerate() {
        let outcome = op(&ws.db, &ids, &fixed);
        let kind = outcome.as_ref().err().map(Error::kind);
        assert!(
            matches!(kind, Some(ErrorKind::Invalid | ErrorKind::NotFound)),
            "{name}: got {}",
            short(&outcome)
        );
        assert!(ws.dump() == before, "{name}: a refused write changed the workspace");
        refused[which] += 1;
    }
    println!(
        "bad input: {} write methods, {cases} random refusals and {} fixed ones, nothing changed",
        OPS.len(),
        refused.iter().sum::<usize>()
    );
}
