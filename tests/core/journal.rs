use symbio::account::{AccountPatch, NewAccount};
use symbio::journal::ActionLabel;
use symbio::vocabulary::{Level, Side};
use symbio::{Db, ErrorKind};

use crate::support::fixture;

#[test]
fn undo_and_redo_walk_the_actions_in_order() {
    let f = fixture();
    let a = f.contact("A", Level::Manager);
    f.db.update_account(
        f.account,
        AccountPatch {
            region: Some("North".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(f.db.undo_state().unwrap().undo, Some(ActionLabel::EditAccount));

    f.db.undo().unwrap();
    assert_eq!(f.db.get_account(f.account).unwrap().region, "");
    f.db.undo().unwrap();
    assert_eq!(f.db.get_person(a).unwrap_err().kind(), ErrorKind::NotFound);
    f.db.redo().unwrap();
    assert_eq!(f.db.get_person(a).unwrap().name, "A");
    f.db.redo().unwrap();
    assert_eq!(f.db.get_account(f.account).unwrap().region, "North");
    assert_eq!(f.db.redo().unwrap_err().kind(), ErrorKind::NothingToRedo);
}

#[test]
fn a_new_edit_discards_the_redo_stack_but_keeps_it_in_the_audit_trail() {
    let f = fixture();
    f.contact("A", Level::Manager);
    f.db.undo().unwrap();
    f.contact("B", Level::Manager);
    assert_eq!(f.db.redo().unwrap_err().kind(), ErrorKind::NothingToRedo);
    let trail = f.db.journal(10).unwrap();
    let states: Vec<(&ActionLabel, &str)> = trail.iter().map(|a| (&a.label, a.state.as_str())).collect();
    assert_eq!(
        states,
        vec![
            (&ActionLabel::AddPerson, "done"),
            (&ActionLabel::AddPerson, "discarded"),
            (&ActionLabel::CreateAccount, "done")
        ]
    );
}

#[test]
fn a_failed_edit_leaves_no_action_behind() {
    let db = Db::open_in_memory().unwrap();
    assert!(db.create_account(NewAccount::named(String::new())).is_err());
    assert!(db.journal(10).unwrap().is_empty());
    assert_eq!(db.undo().unwrap_err().kind(), ErrorKind::NothingToUndo);
}

#[test]
fn every_commit_is_announced_with_the_rows_it_changed() {
    use std::sync::{Arc, Mutex};
    let f = fixture();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    f.db.on_change(move |changes| sink.lock().unwrap().push(changes.clone()));
    let id = f.contact("A", Level::Manager);
    f.db.undo().unwrap();
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].changes[0].id, id);
    assert_eq!(seen[0].changes[0].op, symbio::journal::ChangeOp::Inserted);
    assert_eq!(seen[1].changes[0].op, symbio::journal::ChangeOp::Deleted);
}

#[test]
fn every_change_set_says_what_undo_and_redo_would_act_on_next() {
    use std::sync::{Arc, Mutex};
    let f = fixture();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    f.db.on_change(move |changes| sink.lock().unwrap().push(changes.clone()));
    f.contact("Zhao Ming", Level::Manager);
    f.db.undo().unwrap();
    f.db.redo().unwrap();
    f.db.undo().unwrap();
    f.db.undo().unwrap();
    let seen = seen.lock().unwrap();
    let states: Vec<_> = seen.iter().map(|c| (c.undo.clone(), c.redo.clone())).collect();
    use ActionLabel::{AddPerson, CreateAccount};
    assert_eq!(
        states,
        vec![
            (Some(AddPerson), None),
            (Some(CreateAccount), Some(AddPerson)),
            (Some(AddPerson), None),
            (Some(CreateAccount), Some(AddPerson)),
            (None, Some(CreateAccount)),
        ]
    );
    assert_eq!(seen[0].label, AddPerson);
    let undo_state = f.db.undo_state().unwrap();
    assert_eq!((undo_state.undo, undo_state.redo), (None, Some(CreateAccount)));
}

#[test]
fn labels_are_stored_as_keys_and_values_without_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        let db = Db::open(&path).unwrap();
        let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
        let person = symbio::person::NewPerson::new(Some(account), Side::Customer, "Zhao Ming", Level::Manager);
        db.create_people(&[person.clone(), person]).unwrap();
    }
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mut stmt = conn
        .prepare("SELECT label_key, label_params FROM journal_action ORDER BY id")
        .unwrap();
    let stored: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        stored,
        vec![
            ("create_account".to_owned(), "{}".to_owned()),
            ("add_people".to_owned(), r#"{"count":2}"#.to_owned()),
        ]
    );
}
