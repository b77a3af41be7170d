use symbio::account::{AccountPatch, NewAccount};
use symbio::vocabulary::Level;
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
    assert_eq!(f.db.undo_state().unwrap().undo.as_deref(), Some("Edit account"));

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
    let states: Vec<(&str, &str)> = trail.iter().map(|a| (a.label.as_str(), a.state.as_str())).collect();
    assert_eq!(
        states,
        vec![
            ("Add B", "done"),
            ("Add A", "discarded"),
            ("Create account Harbor Foods", "done")
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
