use super::*;
use crate::account::NewAccount;
use crate::person::NewPerson;
use crate::profile::ProfileInput;
use crate::tie::NewTie;
use crate::vocabulary::{Level, PersonalTie, Side, TieKind};
use crate::ErrorKind;

const SECRET_HOBBY: &str = "Collects antique sextants";
const SECRET_FAMILY: &str = "Twin sons at Harbour Academy";

struct World {
    db: Db,
    account: i64,
    forgotten: i64,
    other: i64,
}

fn person(db: &Db, account: i64, name: &str) -> i64 {
    db.create_person(NewPerson::new(Some(account), Side::Customer, name, Level::Manager))
        .unwrap()
        .id
}

fn world() -> World {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbour Foods")).unwrap().id;
    let other = person(&db, account, "Ruth Okafor");
    let forgotten = person(&db, account, "Quentin Marlowe");
    db.set_profile(
        forgotten,
        ProfileInput {
            hobbies: "Old hobby: lighthouse photography".into(),
            ..Default::default()
        },
    )
    .unwrap();
    db.set_profile(
        forgotten,
        ProfileInput {
            birthday: Some("1971-05-14".into()),
            hobbies: SECRET_HOBBY.into(),
            family: SECRET_FAMILY.into(),
            ..Default::default()
        },
    )
    .unwrap();
    let mut tie = NewTie::new(forgotten, other, TieKind::Personal);
    tie.personal_kind = Some(PersonalTie::Friend);
    db.create_tie(tie).unwrap();
    World {
        db,
        account,
        forgotten,
        other,
    }
}

/// Every journal batch and label, as one text.
fn journal_text(db: &Db) -> String {
    db.read(|conn| {
        let mut stmt =
            conn.prepare("SELECT entries FROM journal_batch UNION ALL SELECT label_params FROM journal_action")?;
        let texts = stmt.query_map([], |row| row.get::<_, String>(0))?;
        Ok(texts.collect::<rusqlite::Result<Vec<_>>>()?.join("\n"))
    })
    .unwrap()
}

fn count(db: &Db, sql: &str) -> i64 {
    db.read(|conn| Ok(conn.query_row(sql, [], |row| row.get(0))?)).unwrap()
}

#[test]
fn forgetting_a_person_takes_them_out_of_the_tables_and_the_history() {
    let w = world();
    assert!(journal_text(&w.db).contains(SECRET_HOBBY));
    let changes = w.db.forget_person(w.forgotten).unwrap();
    assert_eq!(changes.label, ActionLabel::ForgetPerson);
    assert!(changes
        .changes
        .iter()
        .any(|c| c.table == Table::Person && c.id == w.forgotten));
    assert_eq!(w.db.get_person(w.forgotten).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(count(&w.db, "SELECT count(*) FROM person_profile"), 0);
    assert_eq!(count(&w.db, "SELECT count(*) FROM tie"), 0);
    let journal = journal_text(&w.db);
    for secret in [
        SECRET_HOBBY,
        SECRET_FAMILY,
        "lighthouse",
        "1971-05-14",
        "Quentin Marlowe",
    ] {
        assert!(!journal.contains(secret), "{secret} left in the journal");
    }
    // Everything back to the tie was about them: nothing is left to undo, and the other
    // person, created before, stays.
    assert_eq!(w.db.undo().unwrap_err().kind(), ErrorKind::NothingToUndo);
    assert_eq!(w.db.undo_state().unwrap().undo, None);
    assert!(w.db.get_person(w.other).is_ok());
    // The audit trail keeps the forgetting and the compacted actions' lines.
    let trail = w.db.journal(100).unwrap();
    assert_eq!(trail[0].label, ActionLabel::ForgetPerson);
    assert!(trail.len() >= 5, "{trail:?}");
    assert!(trail.iter().all(|a| a.entries == 0));
}

#[test]
fn newer_actions_stay_undoable_and_undo_never_brings_a_forgotten_row_back() {
    let w = world();
    // After the person's last mention: a newcomer, then an edit of the other person.
    let newcomer = person(&w.db, w.account, "Ines Dupont");
    let edit = crate::person::PersonPatch {
        title: Some("Head of Buying".into()),
        ..Default::default()
    };
    w.db.update_person(w.other, edit).unwrap();
    w.db.forget_person(w.forgotten).unwrap();

    assert_eq!(w.db.undo_state().unwrap().undo, Some(ActionLabel::EditPerson));
    w.db.undo().unwrap();
    assert_eq!(w.db.get_person(w.other).unwrap().title, "");
    w.db.undo().unwrap();
    assert_eq!(w.db.get_person(newcomer).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(w.db.undo().unwrap_err().kind(), ErrorKind::NothingToUndo);
    // Redo walks forward again over the forgetting, which stays done.
    w.db.redo().unwrap();
    w.db.redo().unwrap();
    assert_eq!(w.db.get_person(w.other).unwrap().title, "Head of Buying");
    assert_eq!(w.db.redo().unwrap_err().kind(), ErrorKind::NothingToRedo);
    assert_eq!(w.db.get_person(w.forgotten).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(count(&w.db, "SELECT count(*) FROM person_profile"), 0);
    assert_eq!(count(&w.db, "SELECT count(*) FROM tie"), 0);
    let fk: i64 = count(&w.db, "SELECT count(*) FROM pragma_foreign_key_check");
    assert_eq!(fk, 0);
}

#[test]
fn the_redo_stack_and_discarded_branches_lose_their_mentions_too() {
    let w = world();
    // An edit of the profile undone (redo stack), then replaced (discarded).
    w.db.set_profile(
        w.forgotten,
        ProfileInput {
            notes: "Undone note about the villa".into(),
            ..Default::default()
        },
    )
    .unwrap();
    w.db.undo().unwrap();
    w.db.forget_person(w.forgotten).unwrap();
    assert!(!journal_text(&w.db).contains("villa"));
    assert_eq!(w.db.redo().unwrap_err().kind(), ErrorKind::NothingToRedo);
}

#[test]
fn clearing_a_profile_clears_its_history_and_keeps_the_person() {
    let w = world();
    let changes = w.db.clear_profile(w.forgotten).unwrap();
    assert_eq!(changes.label, ActionLabel::ClearProfile);
    assert_eq!(w.db.get_profile(w.forgotten).unwrap(), None);
    assert_eq!(w.db.get_person(w.forgotten).unwrap().name, "Quentin Marlowe");
    let journal = journal_text(&w.db);
    for secret in [SECRET_HOBBY, SECRET_FAMILY, "lighthouse", "1971-05-14"] {
        assert!(!journal.contains(secret), "{secret} left in the journal");
    }
    // The tie, added after the last profile edit, can still be undone; the profile stays gone.
    assert_eq!(
        w.db.undo_state().unwrap().undo,
        Some(ActionLabel::Connect {
            kind: TieKind::Personal
        })
    );
    w.db.undo().unwrap();
    assert_eq!(count(&w.db, "SELECT count(*) FROM tie"), 0);
    assert_eq!(w.db.undo().unwrap_err().kind(), ErrorKind::NothingToUndo);
    assert_eq!(w.db.get_profile(w.forgotten).unwrap(), None);
}

#[test]
fn a_profile_emptied_earlier_is_cleared_from_the_history_too() {
    let w = world();
    w.db.set_profile(w.forgotten, ProfileInput::default()).unwrap();
    assert!(journal_text(&w.db).contains(SECRET_FAMILY));
    w.db.clear_profile(w.forgotten).unwrap();
    assert!(!journal_text(&w.db).contains(SECRET_FAMILY));
    assert_eq!(w.db.clear_profile(999).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(w.db.forget_person(999).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn forgetting_the_sample_ceo_leaves_a_consistent_workspace() {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_sample_account().unwrap().id;
    let ceo = db
        .list_people(account)
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Zhao Mingyuan")
        .unwrap()
        .id;
    db.forget_person(ceo).unwrap();
    assert_eq!(count(&db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    let journal = journal_text(&db);
    for secret in ["Zhao Mingyuan", "weiqi", "son studying in Canada", "Entrepreneurs"] {
        assert!(!journal.contains(secret), "{secret} left in the journal");
    }
    // The map still loads without them.
    db.get_account_map(account).unwrap();
}

#[test]
fn retention_compacts_old_actions_and_undo_stops_there() {
    let w = world();
    assert_eq!(w.db.journal_retention().unwrap().days, DEFAULT_RETENTION_DAYS);
    // Age the first three actions by two years.
    w.db.read(|conn| {
        conn.execute(
            "UPDATE journal_action SET at = '2020-01-01T00:00:00.000Z' WHERE id <= 3",
            [],
        )?;
        Ok(())
    })
    .unwrap();
    assert_eq!(w.db.apply_retention().unwrap(), 3);
    assert_eq!(
        count(&w.db, "SELECT count(*) FROM journal_batch WHERE action_id <= 3"),
        0
    );
    assert_eq!(w.db.apply_retention().unwrap(), 0, "nothing more to do");
    // The tie and both profile edits can be undone, then undo stops at the second person.
    for _ in 0..3 {
        w.db.undo().unwrap();
    }
    assert_eq!(w.db.undo().unwrap_err().kind(), ErrorKind::NothingToUndo);
    assert!(w.db.get_person(w.forgotten).is_ok());
    assert_eq!(
        w.db.journal(100).unwrap().len(),
        6,
        "the compacted actions keep their audit line"
    );
}

#[test]
fn the_retention_setting_is_bounded_and_undoable() {
    let w = world();
    let set = w.db.set_journal_retention(30).unwrap();
    assert_eq!(set.days, 30);
    assert_eq!(
        w.db.undo_state().unwrap().undo,
        Some(ActionLabel::SetJournalRetention { days: 30 })
    );
    for bad in [0, -5, MAX_RETENTION_DAYS + 1] {
        assert_eq!(w.db.set_journal_retention(bad).unwrap_err().field(), Some("days"));
    }
    w.db.undo().unwrap();
    assert_eq!(w.db.journal_retention().unwrap().days, DEFAULT_RETENTION_DAYS);
}
