//! Property tests: any sequence of edits, accepted or rejected, keeps every invariant,
//! and undoing every accepted edit restores the workspace exactly.

use proptest::prelude::*;
use symbio::assessment::{NewAssessment, NewDecisionRole, Scale};
use symbio::org_unit::NewOrgUnit;
use symbio::tie::NewTie;
use symbio::vocabulary::{CoverageRole, DecisionRole, Level, PersonalTie, Side, TieKind};
use symbio::Db;

use crate::support::{dump, person};

#[derive(Debug, Clone)]
enum Edit {
    AddContact(usize),
    AddStaff(usize),
    Connect {
        from: usize,
        to: usize,
        kind: usize,
        role: usize,
        strength: i64,
        hidden: bool,
    },
    Assess {
        who: usize,
        influence: bool,
        value: i64,
    },
    AddRole {
        who: usize,
        role: usize,
    },
    DeletePerson(usize),
    DeleteTie(usize),
    AddUnit {
        parent: Option<usize>,
    },
    MoveUnit {
        unit: usize,
        parent: Option<usize>,
    },
    DeleteUnit(usize),
    MovePerson {
        who: usize,
        unit: Option<usize>,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..4usize).prop_map(Edit::AddContact),
        (0..4usize).prop_map(Edit::AddStaff),
        (
            any::<usize>(),
            any::<usize>(),
            0..5usize,
            0..3usize,
            -1..7i64,
            any::<bool>()
        )
            .prop_map(|(from, to, kind, role, strength, hidden)| Edit::Connect {
                from,
                to,
                kind,
                role,
                strength,
                hidden
            }),
        (any::<usize>(), any::<bool>(), -5..8i64).prop_map(|(who, influence, value)| Edit::Assess {
            who,
            influence,
            value
        }),
        (any::<usize>(), 0..7usize).prop_map(|(who, role)| Edit::AddRole { who, role }),
        any::<usize>().prop_map(Edit::DeletePerson),
        any::<usize>().prop_map(Edit::DeleteTie),
        proptest::option::of(any::<usize>()).prop_map(|parent| Edit::AddUnit { parent }),
        (any::<usize>(), proptest::option::of(any::<usize>()))
            .prop_map(|(unit, parent)| Edit::MoveUnit { unit, parent }),
        any::<usize>().prop_map(Edit::DeleteUnit),
        (any::<usize>(), proptest::option::of(any::<usize>())).prop_map(|(who, unit)| Edit::MovePerson { who, unit }),
    ]
}

fn pick(ids: &[i64], index: usize) -> i64 {
    if ids.is_empty() {
        -1
    } else {
        ids[index % ids.len()]
    }
}

fn column(conn: &rusqlite::Connection, sql: &str) -> Vec<i64> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Applies one edit; returns whether the core accepted it.
fn apply(db: &Db, conn: &rusqlite::Connection, account: i64, edit: &Edit) -> bool {
    let people = column(conn, "SELECT id FROM person ORDER BY id");
    let units = column(conn, "SELECT id FROM org_unit ORDER BY id");
    let ties = column(conn, "SELECT id FROM tie ORDER BY id");
    let level = |i: usize| Level::ALL[i % Level::ALL.len()];
    match edit {
        Edit::AddContact(l) => db
            .create_person(person(Some(account), Side::Customer, "Contact", level(*l)))
            .is_ok(),
        Edit::AddStaff(l) => db.create_person(person(None, Side::Ours, "Staff", level(*l))).is_ok(),
        Edit::Connect {
            from,
            to,
            kind,
            role,
            strength,
            hidden,
        } => {
            let kind = TieKind::ALL[*kind];
            db.create_tie(NewTie {
                from_person_id: pick(&people, *from),
                to_person_id: pick(&people, *to),
                kind,
                personal_kind: (kind == TieKind::Personal).then_some(PersonalTie::Friend),
                coverage_role: (kind == TieKind::Coverage).then_some(CoverageRole::ALL[*role]),
                hidden: *hidden,
                strength: Some(*strength),
                note: String::new(),
            })
            .is_ok()
        }
        Edit::Assess { who, influence, value } => {
            let scale = if *influence { Scale::Influence } else { Scale::Attitude };
            let input = NewAssessment {
                person_id: pick(&people, *who),
                value: *value,
                observed_on: None,
                evidence: "Seen at the review".into(),
            };
            db.assess(scale, input).is_ok()
        }
        Edit::AddRole { who, role } => db
            .add_decision_role(NewDecisionRole {
                person_id: pick(&people, *who),
                role: DecisionRole::ALL[*role],
                opportunity_id: None,
            })
            .is_ok(),
        Edit::DeletePerson(who) => db.delete_person(pick(&people, *who)).is_ok(),
        Edit::DeleteTie(which) => db.delete_tie(pick(&ties, *which)).is_ok(),
        Edit::AddUnit { parent } => db
            .create_org_unit(NewOrgUnit {
                account_id: account,
                parent_id: parent.map(|p| pick(&units, p)),
                name: "Unit".into(),
            })
            .is_ok(),
        Edit::MoveUnit { unit, parent } => db
            .move_org_unit(pick(&units, *unit), parent.map(|p| pick(&units, p)))
            .is_ok(),
        Edit::DeleteUnit(unit) => db.delete_org_unit(pick(&units, *unit)).is_ok(),
        Edit::MovePerson { who, unit } => db
            .move_person(pick(&people, *who), unit.map(|u| pick(&units, u)))
            .is_ok(),
    }
}

fn assert_invariants(conn: &rusqlite::Connection) {
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(dangling, 0, "no orphaned rows");
    let cycles: i64 = conn
        .query_row(
            "WITH RECURSIVE up(start, at, depth) AS (
                 SELECT from_person_id, to_person_id, 1 FROM tie WHERE kind = 'reports_to'
                 UNION ALL
                 SELECT up.start, t.to_person_id, depth + 1 FROM up JOIN tie t
                 ON t.from_person_id = up.at AND t.kind = 'reports_to' WHERE depth < 200)
             SELECT count(*) FROM up WHERE start = at",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(cycles, 0, "the formal line has no cycle");
    let unit_cycles: i64 = conn
        .query_row(
            "WITH RECURSIVE up(start, at, depth) AS (
                 SELECT id, parent_id, 1 FROM org_unit WHERE parent_id IS NOT NULL
                 UNION ALL
                 SELECT up.start, u.parent_id, depth + 1 FROM up JOIN org_unit u ON u.id = up.at
                 WHERE u.parent_id IS NOT NULL AND depth < 200)
             SELECT count(*) FROM up WHERE start = at",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unit_cycles, 0, "departments never contain themselves");
    let bad_coverage: i64 = conn
        .query_row(
            "SELECT count(*) FROM tie t JOIN person a ON a.id = t.from_person_id JOIN person b ON b.id = t.to_person_id
             WHERE t.kind = 'coverage' AND (a.side <> 'ours' OR b.side NOT IN ('customer', 'third_party'))",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad_coverage, 0, "coverage runs from our staff to the customer side");
    let cross_lines: i64 = conn
        .query_row(
            "SELECT count(*) FROM tie t JOIN person a ON a.id = t.from_person_id JOIN person b ON b.id = t.to_person_id
             WHERE t.kind IN ('reports_to', 'dotted_line') AND (a.account_id IS NOT b.account_id OR a.side <> b.side)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(cross_lines, 0, "reporting lines stay inside one organisation");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn undoing_every_accepted_edit_restores_the_exact_state(edits in proptest::collection::vec(edit(), 1..40)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.symbio");
        let db = Db::open(&path).unwrap();
        db.ensure_sample().unwrap();
        let account = db.list_accounts().unwrap()[0].id;
        let conn = rusqlite::Connection::open(&path).unwrap();
        let initial = dump(&path);

        let done = |conn: &rusqlite::Connection| -> i64 {
            conn.query_row("SELECT count(*) FROM journal_action WHERE state = 'done'", [], |r| r.get(0)).unwrap()
        };
        let done_before = done(&conn);
        for edit in &edits {
            apply(&db, &conn, account, edit);
            assert_invariants(&conn);
        }
        // An accepted edit that changed nothing (a move to the same place) records no action.
        for _ in done_before..done(&conn) {
            db.undo().unwrap();
            assert_invariants(&conn);
        }
        prop_assert_eq!(dump(&path), initial);
    }
}
