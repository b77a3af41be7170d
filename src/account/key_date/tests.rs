//! Unit tests of [`super`]: key-date rules and the agenda (year wrap, 29 February, ages).

use super::*;
use crate::account::NewAccount;
use crate::person::NewPerson;
use crate::profile::ProfileInput;
use crate::vocabulary::{Level, Side};
use crate::ErrorKind;

struct Setup {
    db: Db,
    account: i64,
    other: i64,
    ceo: i64,
    stranger: i64,
}

fn new_person(db: &Db, account: Option<i64>, side: Side, name: &str) -> i64 {
    db.create_person(NewPerson::new(account, side, name, Level::Executive))
        .unwrap()
        .id
}

fn setup() -> Setup {
    let db = Db::open_in_memory().unwrap();
    let account = |name: &str| db.create_account(NewAccount::named(name)).unwrap().id;
    let (account, other) = (account("Harbor Foods"), account("Other Co"));
    let ceo = new_person(&db, Some(account), Side::Customer, "Zhao");
    let stranger = new_person(&db, Some(other), Side::Customer, "Stranger");
    Setup {
        db,
        account,
        other,
        ceo,
        stranger,
    }
}

fn key_date(account_id: i64, label: &str, on_date: &str, yearly: bool) -> NewKeyDate {
    NewKeyDate {
        account_id,
        person_id: None,
        kind: KeyDateKind::Custom,
        label: label.into(),
        on_date: on_date.into(),
        yearly,
    }
}

fn birthday(db: &Db, person: i64, date: &str) {
    let input = ProfileInput {
        birthday: Some(date.into()),
        ..Default::default()
    };
    db.set_profile(person, input).unwrap();
}

fn agenda(db: &Db, account: Option<i64>, from: &str, days: i64) -> Vec<(String, String)> {
    db.upcoming_key_dates(account, from, days)
        .unwrap()
        .into_iter()
        .map(|u| (u.date, u.label))
        .collect()
}

#[test]
fn key_dates_are_created_listed_updated_and_deleted() {
    let s = setup();
    let db = &s.db;
    let renewal = db
        .create_key_date(NewKeyDate {
            kind: KeyDateKind::ContractRenewal,
            person_id: Some(s.ceo),
            ..key_date(s.account, " Supply contract renewal ", "2026-12-31", false)
        })
        .unwrap();
    assert_eq!(renewal.label, "Supply contract renewal");
    db.create_key_date(key_date(s.account, "Founding day", "2026-06-01", true))
        .unwrap();
    let labels: Vec<String> = db
        .list_key_dates(s.account)
        .unwrap()
        .into_iter()
        .map(|k| k.label)
        .collect();
    assert_eq!(labels, ["Founding day", "Supply contract renewal"]);
    let update = KeyDateUpdate {
        person_id: None,
        kind: KeyDateKind::Festival,
        label: "Spring Festival".into(),
        on_date: "2027-02-06".into(),
        yearly: false,
    };
    let edited = db.update_key_date(renewal.id, update).unwrap();
    assert_eq!((edited.kind, edited.person_id), (KeyDateKind::Festival, None));
    db.delete_key_date(renewal.id).unwrap();
    assert_eq!(db.list_key_dates(s.account).unwrap().len(), 1);
    db.undo().unwrap();
    assert_eq!(db.list_key_dates(s.account).unwrap().len(), 2);
}

#[test]
fn invalid_key_dates_are_refused_without_writing() {
    let s = setup();
    let db = &s.db;
    let before = db.journal(100).unwrap().len();
    let err = |input: NewKeyDate| db.create_key_date(input).unwrap_err();
    assert_eq!(
        err(key_date(s.account, " ", "2026-01-01", false)).field(),
        Some("label")
    );
    assert_eq!(
        err(key_date(s.account, "X", "2026-13-01", false)).field(),
        Some("on_date")
    );
    assert_eq!(err(key_date(999, "X", "2026-01-01", false)).kind(), ErrorKind::NotFound);
    let foreign = NewKeyDate {
        person_id: Some(s.stranger),
        ..key_date(s.account, "X", "2026-01-01", false)
    };
    assert_eq!(err(foreign).field(), Some("person_id"));
    assert_eq!(db.journal(100).unwrap().len(), before);
    let bad_window = db.upcoming_key_dates(None, "2026-01-01", 367).unwrap_err();
    assert_eq!(bad_window.field(), Some("days"));
    assert_eq!(
        db.upcoming_key_dates(None, "soon", 30).unwrap_err().field(),
        Some("from")
    );
    assert_eq!(
        db.upcoming_key_dates(Some(999), "2026-01-01", 30).unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn the_agenda_sorts_one_off_yearly_and_birthdays_across_the_year_end() {
    let s = setup();
    let db = &s.db;
    db.create_key_date(key_date(s.account, "Renewal", "2027-01-05", false))
        .unwrap();
    db.create_key_date(key_date(s.account, "Old renewal", "2026-12-20", false))
        .unwrap();
    db.create_key_date(key_date(s.account, "Anniversary", "2020-01-02", true))
        .unwrap();
    db.create_key_date(key_date(s.account, "Starts later", "2027-01-03", true))
        .unwrap();
    db.create_key_date(key_date(s.account, "Not yet", "2027-12-29", true))
        .unwrap();
    db.create_key_date(key_date(s.other, "Elsewhere", "2026-12-30", false))
        .unwrap();
    birthday(db, s.ceo, "1968-12-31");
    let got = agenda(db, Some(s.account), "2026-12-28", 10);
    let expected = [
        ("2026-12-31", "Zhao's birthday"),
        ("2027-01-02", "Anniversary"),
        ("2027-01-03", "Starts later"),
        ("2027-01-05", "Renewal"),
    ];
    assert_eq!(got, expected.map(|(d, l)| (d.to_owned(), l.to_owned())));
    let all = db.upcoming_key_dates(None, "2026-12-28", 10).unwrap();
    assert_eq!(all.len(), 5, "every account");
    assert_eq!(all[0].label, "Elsewhere");
    let zhao = all.iter().find(|u| u.kind == UpcomingKind::Birthday).unwrap();
    assert_eq!((zhao.age, zhao.days_away, zhao.person_id), (Some(58), 3, Some(s.ceo)));
    let inclusive = agenda(db, Some(s.account), "2026-12-31", 0);
    assert_eq!(inclusive.len(), 1, "the window includes both ends");
}

#[test]
fn birthdays_on_29_february_and_without_a_year() {
    let s = setup();
    let db = &s.db;
    let leap = new_person(db, Some(s.account), Side::Customer, "Leap");
    birthday(db, leap, "1988-02-29");
    birthday(db, s.ceo, "03-01");
    let staff = new_person(db, None, Side::Ours, "Our Staff");
    birthday(db, staff, "02-28");
    let plain = agenda(db, None, "2027-02-20", 20);
    assert_eq!(plain[0], ("2027-02-28".to_owned(), "Leap's birthday".to_owned()));
    assert_eq!(plain[1], ("2027-03-01".to_owned(), "Zhao's birthday".to_owned()));
    assert_eq!(plain.len(), 2, "our staff's birthdays are not on the agenda");
    let leap_year = db.upcoming_key_dates(None, "2028-02-20", 20).unwrap();
    assert_eq!((leap_year[0].date.as_str(), leap_year[0].age), ("2028-02-29", Some(40)));
    assert_eq!(leap_year[1].age, None, "year unknown");
    let year_long = agenda(db, Some(s.account), "2027-03-01", 366);
    let zhao = year_long.iter().filter(|(_, l)| l == "Zhao's birthday").count();
    assert_eq!(zhao, 2, "a window of a full year and a day holds both ends");
    assert!(agenda(db, None, "1980-01-01", 366)
        .iter()
        .all(|(_, l)| l != "Leap's birthday"));
}
