//! Unit tests of [`super`]: participants on the map, ordering, replacement and removal.

use super::*;
use crate::account::NewAccount;
use crate::person::NewPerson;
use crate::vocabulary::Level;
use crate::ErrorKind;

struct Setup {
    db: Db,
    account: i64,
    contact: i64,
    buyer: i64,
    staff: i64,
    stranger: i64,
}

fn new_person(db: &Db, account: Option<i64>, side: Side, name: &str) -> i64 {
    db.create_person(NewPerson::new(account, side, name, Level::Manager))
        .unwrap()
        .id
}

fn setup() -> Setup {
    let db = Db::open_in_memory().unwrap();
    let account = |name: &str| db.create_account(NewAccount::named(name)).unwrap().id;
    let (account, other) = (account("Harbor Foods"), account("Other Co"));
    let contact = new_person(&db, Some(account), Side::Customer, "Zhao");
    let buyer = new_person(&db, Some(account), Side::Customer, "Qian");
    let staff = new_person(&db, None, Side::Ours, "Elena");
    let stranger = new_person(&db, Some(other), Side::Customer, "Stranger");
    Setup {
        db,
        account,
        contact,
        buyer,
        staff,
        stranger,
    }
}

fn visit(s: &Setup, on: &str, participants: Vec<i64>) -> NewInteraction {
    NewInteraction {
        account_id: s.account,
        kind: InteractionKind::Visit,
        occurred_on: on.into(),
        place: " Eastbank plant ".into(),
        notes: " Plant tour ".into(),
        participants,
    }
}

#[test]
fn interactions_are_logged_listed_newest_first_and_found_per_person() {
    let s = setup();
    let db = &s.db;
    let first = db
        .create_interaction(visit(&s, "2026-03-01", vec![s.staff, s.contact, s.contact]))
        .unwrap();
    assert_eq!(first.notes, "Plant tour");
    let names: Vec<&str> = first.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Elena", "Zhao"], "ours first, duplicates dropped");
    let later = db
        .create_interaction(NewInteraction {
            kind: InteractionKind::Meal,
            ..visit(&s, "2026-04-10", vec![s.buyer])
        })
        .unwrap();
    let list = db.list_interactions(s.account).unwrap();
    assert_eq!(list.iter().map(|i| i.id).collect::<Vec<_>>(), [later.id, first.id]);
    assert_eq!(db.last_interaction(s.contact).unwrap().map(|i| i.id), Some(first.id));
    assert_eq!(db.last_interaction(s.buyer).unwrap().map(|i| i.id), Some(later.id));
    assert_eq!(db.last_interaction(s.stranger).unwrap(), None);
    assert_eq!(db.last_interaction(999).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn invalid_interactions_are_refused_without_writing() {
    let s = setup();
    let db = &s.db;
    let before = db.journal(100).unwrap().len();
    let err = |input: NewInteraction| db.create_interaction(input).unwrap_err();
    assert_eq!(
        err(visit(&s, "2026-02-30", vec![s.contact])).field(),
        Some("occurred_on")
    );
    assert_eq!(err(visit(&s, "2026-02-01", vec![])).field(), Some("participants"));
    assert_eq!(
        err(visit(&s, "2026-02-01", vec![s.contact, s.stranger])).field(),
        Some("participants")
    );
    assert_eq!(err(visit(&s, "2026-02-01", vec![999])).kind(), ErrorKind::NotFound);
    let missing_account = NewInteraction {
        account_id: 999,
        ..visit(&s, "2026-02-01", vec![s.staff])
    };
    assert_eq!(err(missing_account).kind(), ErrorKind::NotFound);
    assert_eq!(db.journal(100).unwrap().len(), before);
    assert!(db.list_interactions(s.account).unwrap().is_empty());
}

#[test]
fn updating_replaces_fields_and_participants_and_deleting_removes_participants() {
    let s = setup();
    let db = &s.db;
    let made = db
        .create_interaction(visit(&s, "2026-03-01", vec![s.staff, s.contact]))
        .unwrap();
    let patch = InteractionPatch {
        kind: Some(InteractionKind::Call),
        occurred_on: Some("2026-03-02".into()),
        place: Some(" Lakeshore HQ ".into()),
        notes: None,
        participants: Some(vec![s.contact, s.buyer]),
    };
    let edited = db.update_interaction(made.id, patch).unwrap();
    assert_eq!(
        (edited.kind, edited.occurred_on.as_str()),
        (InteractionKind::Call, "2026-03-02")
    );
    assert_eq!(
        (edited.notes.as_str(), edited.place.as_str()),
        ("Plant tour", "Lakeshore HQ")
    );
    let ids: Vec<i64> = edited.participants.iter().map(|p| p.person_id).collect();
    assert_eq!(ids, [s.buyer, s.contact]);
    let refused = InteractionPatch {
        participants: Some(vec![]),
        ..Default::default()
    };
    assert_eq!(
        db.update_interaction(made.id, refused).unwrap_err().field(),
        Some("participants")
    );
    let outsider = InteractionPatch {
        notes: Some("changed".into()),
        participants: Some(vec![s.stranger]),
        ..Default::default()
    };
    assert_eq!(
        db.update_interaction(made.id, outsider).unwrap_err().field(),
        Some("participants")
    );
    assert_eq!(db.get_interaction(made.id).unwrap().notes, "Plant tour", "rolled back");

    db.delete_interaction(made.id).unwrap();
    assert_eq!(db.get_interaction(made.id).unwrap_err().kind(), ErrorKind::NotFound);
    let left: i64 = db
        .read(|c| Ok(c.query_row("SELECT count(*) FROM interaction_participant", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(left, 0);
    db.undo().unwrap();
    assert_eq!(db.get_interaction(made.id).unwrap().participants.len(), 2);
}

#[test]
fn a_contact_is_logged_with_its_place_never_in_the_future_and_listed_per_person() {
    let s = setup();
    let db = &s.db;
    let first = db
        .create_interaction(visit(&s, "2026-03-01", vec![s.staff, s.contact]))
        .unwrap();
    assert_eq!(first.place, "Eastbank plant");
    let tour = db
        .create_interaction(NewInteraction {
            kind: InteractionKind::FactoryTour,
            ..visit(&s, "2026-04-01", vec![s.staff, s.buyer])
        })
        .unwrap();
    let of = |person| -> Vec<i64> {
        db.list_person_interactions(person)
            .unwrap()
            .iter()
            .map(|i| i.id)
            .collect()
    };
    assert_eq!(of(s.staff), [tour.id, first.id], "newest first");
    assert_eq!(of(s.contact), [first.id]);
    assert!(of(s.stranger).is_empty());
    assert_eq!(
        db.list_person_interactions(999).unwrap_err().kind(),
        ErrorKind::NotFound
    );

    let before = db.journal(100).unwrap().len();
    let tomorrow = (chrono::Local::now().date_naive() + chrono::Days::new(1))
        .format("%Y-%m-%d")
        .to_string();
    let refused = db.create_interaction(visit(&s, &tomorrow, vec![s.staff])).unwrap_err();
    assert_eq!(
        (refused.kind(), refused.field()),
        (ErrorKind::Invalid, Some("occurred_on"))
    );
    let moved = InteractionPatch {
        occurred_on: Some(tomorrow),
        ..Default::default()
    };
    assert_eq!(
        db.update_interaction(first.id, moved).unwrap_err().field(),
        Some("occurred_on")
    );
    assert_eq!(db.journal(100).unwrap().len(), before, "nothing written");
}
