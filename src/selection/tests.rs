//! Unit tests of [`super`]: the cascade list against the schema, the impact against what a
//! deletion really removes, and the edge cases of a selection.

use std::collections::BTreeMap;

use super::*;
use crate::account::NewAccount;
use crate::interaction::NewInteraction;
use crate::person::NewPerson;
use crate::tie::NewTie;
use crate::vocabulary::{InteractionKind, Level, Side};
use crate::ErrorKind;

/// Every foreign key of the schema: (table, column, the table it points at).
fn foreign_keys(db: &Db) -> Vec<(String, String, String)> {
    db.read(|conn| {
        let mut tables = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?;
        let names = tables
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut keys = Vec::new();
        for table in names {
            let mut list = conn.prepare(&format!("PRAGMA foreign_key_list({table})"))?;
            let rows = list.query_map([], |r| Ok((r.get::<_, String>(3)?, r.get::<_, String>(2)?)))?;
            for row in rows {
                let (column, parent) = row?;
                keys.push((table.clone(), column, parent));
            }
        }
        Ok(keys)
    })
    .unwrap()
}

#[test]
fn every_column_pointing_at_a_person_is_listed() {
    let db = Db::open_in_memory().unwrap();
    let listed: Vec<(String, String)> = PERSON_REFERENCES
        .iter()
        .map(|r| (r.table.as_str().to_owned(), r.column.to_owned()))
        .collect();
    let in_schema: Vec<(String, String)> = foreign_keys(&db)
        .into_iter()
        .filter(|(_, _, parent)| parent == "person")
        .map(|(table, column, _)| (table, column))
        .collect();
    for key in &in_schema {
        assert!(
            listed.contains(key),
            "{key:?} points at person but is not in PERSON_REFERENCES"
        );
    }
    for key in &listed {
        assert!(
            in_schema.contains(key),
            "{key:?} is listed but is no foreign key to person"
        );
    }
}

#[test]
fn rows_pointing_at_deleted_rows_are_listed_as_dependants() {
    let db = Db::open_in_memory().unwrap();
    let deleted: Vec<&str> = PERSON_REFERENCES
        .iter()
        .filter(|r| r.on_delete == OnDelete::Delete)
        .map(|r| r.table.as_str())
        .collect();
    for (table, column, parent) in foreign_keys(&db) {
        if !deleted.contains(&parent.as_str()) {
            continue;
        }
        let known = DEPENDANTS
            .iter()
            .any(|(p, r)| p.as_str() == parent && r.table.as_str() == table && r.column == column);
        // Participations are deleted with their person; the interaction follows them.
        let participation = table == "interaction_participant";
        assert!(
            known || participation,
            "{table}.{column} points at {parent}, which a person's deletion removes"
        );
    }
}

fn row_counts(db: &Db) -> BTreeMap<&'static str, i64> {
    db.read(|conn| {
        Table::ALL
            .iter()
            .map(|t| {
                let n = conn.query_row(&format!("SELECT count(*) FROM {}", t.as_str()), [], |r| r.get(0))?;
                Ok((t.as_str(), n))
            })
            .collect()
    })
    .unwrap()
}

struct Kit {
    db: Db,
    account: i64,
    boss: i64,
    buyer: i64,
    clerk: i64,
    staff: i64,
}

fn kit() -> Kit {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbour Foods")).unwrap().id;
    let person = |side, name: &str, account| {
        db.create_person(NewPerson::new(account, side, name, Level::Manager))
            .unwrap()
            .id
    };
    let boss = person(Side::Customer, "Boss", Some(account));
    let buyer = person(Side::Customer, "Buyer", Some(account));
    let clerk = person(Side::Customer, "Clerk", Some(account));
    let staff = person(Side::Ours, "Owner", None);
    Kit {
        db,
        account,
        boss,
        buyer,
        clerk,
        staff,
    }
}

fn tie(db: &Db, from: i64, to: i64, kind: TieKind) -> i64 {
    let mut input = NewTie::new(from, to, kind);
    if kind == TieKind::Coverage {
        input.coverage_role = Some(crate::vocabulary::CoverageRole::A);
    }
    db.create_tie(input).unwrap().id
}

fn contact(db: &Db, account: i64, participants: Vec<i64>) -> i64 {
    db.create_interaction(NewInteraction {
        account_id: account,
        kind: InteractionKind::Visit,
        occurred_on: "2026-11-20".to_owned(),
        place: String::new(),
        notes: String::new(),
        participants,
    })
    .unwrap()
    .id
}

#[test]
fn the_impact_is_what_the_deletion_removes_and_undo_brings_it_back() {
    let k = kit();
    let reports = tie(&k.db, k.buyer, k.boss, TieKind::ReportsTo);
    tie(&k.db, k.clerk, k.buyer, TieKind::ReportsTo);
    tie(&k.db, k.staff, k.buyer, TieKind::Coverage);
    contact(&k.db, k.account, vec![k.buyer]);
    contact(&k.db, k.account, vec![k.buyer, k.staff]);
    let before = row_counts(&k.db);

    // The reporting line goes with the buyer anyway: selecting it too changes nothing.
    let impact = k.db.deletion_impact(&[k.buyer, k.buyer], &[reports]).unwrap();
    assert_eq!(impact.people.iter().map(|p| p.id).collect::<Vec<_>>(), vec![k.buyer]);
    assert_eq!(impact.tie_count, 3);
    assert_eq!(impact.ties.get(&TieKind::ReportsTo), Some(&2));
    assert_eq!(impact.ties.get(&TieKind::Coverage), Some(&1));
    assert_eq!(
        impact.interactions, 1,
        "only the contact the buyer alone took part in goes"
    );

    let done = k.db.delete_selection(&[k.buyer, k.buyer], &[reports]).unwrap();
    assert_eq!(done, impact);
    let after = row_counts(&k.db);
    assert_eq!(before["person"] - after["person"], 1);
    assert_eq!(before["tie"] - after["tie"], impact.tie_count);
    assert_eq!(before["interaction"] - after["interaction"], impact.interactions);
    assert_eq!(before["interaction_participant"] - after["interaction_participant"], 2);

    k.db.undo().unwrap();
    assert_eq!(row_counts(&k.db), before, "one undo restores everything");
}

#[test]
fn a_selection_of_people_and_ties_is_one_action() {
    let k = kit();
    let covered = tie(&k.db, k.staff, k.clerk, TieKind::Coverage);
    let before = row_counts(&k.db);
    let actions = k.db.journal(100).unwrap().len();
    k.db.delete_selection(&[k.boss, k.buyer], &[covered]).unwrap();
    assert_eq!(k.db.journal(100).unwrap().len(), actions + 1);
    assert_eq!(row_counts(&k.db)["person"], before["person"] - 2);
    assert_eq!(row_counts(&k.db)["tie"], before["tie"] - 1);
    k.db.undo().unwrap();
    assert_eq!(row_counts(&k.db), before);
}

#[test]
fn an_unknown_id_writes_nothing() {
    let k = kit();
    let before = row_counts(&k.db);
    let error = k.db.delete_selection(&[k.boss, 9_999], &[]).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound);
    let error = k.db.delete_selection(&[k.boss], &[9_999]).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound);
    assert_eq!(row_counts(&k.db), before);
}

#[test]
fn an_empty_selection_is_no_action() {
    let k = kit();
    let actions = k.db.journal(100).unwrap().len();
    assert!(k.db.delete_selection(&[], &[]).unwrap().is_empty());
    assert_eq!(k.db.journal(100).unwrap().len(), actions);
}

#[test]
fn deleting_everyone_of_the_sample_leaves_no_dangling_reference() {
    let db = Db::open_in_memory().unwrap();
    db.ensure_sample().unwrap();
    let account = db.list_accounts().unwrap()[0].id;
    let mut everyone: Vec<i64> = db.list_people(account).unwrap().iter().map(|p| p.id).collect();
    everyone.extend(db.list_staff().unwrap().iter().map(|p| p.id));
    let impact = db.deletion_impact(&everyone, &[]).unwrap();
    assert_eq!(impact.people.len(), everyone.len());
    db.delete_selection(&everyone, &[]).unwrap();
    let dangling: i64 = db
        .read(|conn| Ok(conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(dangling, 0);
    assert_eq!(row_counts(&db)["person"], 0);
}
