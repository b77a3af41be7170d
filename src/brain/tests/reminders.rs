use super::*;
use crate::brain::testkit::{date, Kit};
use crate::key_date::UpcomingKind;
use crate::vocabulary::{DecisionRole, Level};

fn key_date(kit: &Kit, kind: &str, label: &str, on: &str, yearly: bool, person: Option<i64>) {
    kit.sql(
        "INSERT INTO key_date (account_id, person_id, kind, label, on_date, yearly) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        &[&kit.account, &person, &kind, &label, &on, &yearly],
    );
}

fn birthday(kit: &Kit, person: i64, on: &str) {
    kit.sql(
        "INSERT INTO person_profile (person_id, birthday) VALUES (?1, ?2)",
        &[&person, &on],
    );
}

#[test]
fn key_dates_and_birthdays_in_the_window_without_people_who_left() {
    let kit = Kit::new();
    let ceo = kit.contact("Dana", Level::Executive);
    let cfo = kit.contact("Cho", Level::Executive);
    let gone = kit.contact("Gil", Level::Manager);
    key_date(&kit, "contract_renewal", "Frame contract", "2026-03-20", false, None);
    key_date(&kit, "festival", "Company anniversary", "2020-04-05", true, None);
    key_date(&kit, "custom", "Plant opening", "2026-05-01", false, Some(ceo));
    key_date(&kit, "custom", "Last year's fair", "2025-03-12", false, None);
    key_date(&kit, "festival", "Early spring", "2019-03-01", true, None);
    birthday(&kit, ceo, "1980-03-15");
    birthday(&kit, cfo, "03-12");
    birthday(&kit, gone, "03-11");
    kit.set_status(gone, PersonStatus::Left);
    let r = kit.db.reminders_on(Some(kit.account), 30, date("2026-03-10")).unwrap();
    let got: Vec<(&str, i64, UpcomingKind)> = r
        .key_dates
        .iter()
        .map(|d| (d.label.as_str(), d.days_away, d.kind))
        .collect();
    assert_eq!(
        got,
        [
            ("Cho's birthday", 2, UpcomingKind::Birthday),
            ("Dana's birthday", 5, UpcomingKind::Birthday),
            ("Frame contract", 10, UpcomingKind::ContractRenewal),
            ("Company anniversary", 26, UpcomingKind::Festival),
        ]
    );
    assert_eq!(r.key_dates[1].person_id, Some(ceo));
    assert_eq!(r.key_dates[3].date, "2026-04-05");
    let today_only = kit.db.reminders_on(None, 0, date("2026-03-12")).unwrap();
    assert_eq!(today_only.key_dates.len(), 1);
}

#[test]
fn a_leap_day_birthday_falls_on_the_28th_in_other_years() {
    let kit = Kit::new();
    let ceo = kit.contact("Dana", Level::Executive);
    birthday(&kit, ceo, "1992-02-29");
    let r = kit.db.reminders_on(None, 10, date("2027-02-20")).unwrap();
    assert_eq!(r.key_dates[0].date, "2027-02-28");
    let r = kit.db.reminders_on(None, 10, date("2028-02-20")).unwrap();
    assert_eq!(r.key_dates[0].date, "2028-02-29");
}

#[test]
fn stale_relationships_follow_each_accounts_tier_rule() {
    let kit = Kit::new();
    kit.set_tier("A");
    let recent = kit.contact("Recent", Level::Manager);
    let overdue = kit.contact("Overdue", Level::Manager);
    let never = kit.contact("Never", Level::Manager);
    let minor = kit.contact("Minor", Level::Staff);
    for p in [recent, overdue, never] {
        kit.role(p, DecisionRole::Buyer);
    }
    kit.met("2026-03-01", &[recent, minor]);
    kit.met("2026-01-30", &[overdue]);
    let other = kit.another_account("Untiered");
    let far = kit.contact_in(other, "Far", Level::Manager);
    kit.influence(far, 5);
    kit.met("2026-01-01", &[far]);
    let r = kit.db.reminders_on(None, 7, date("2026-03-11")).unwrap();
    let got: Vec<(&str, Option<i64>, i64)> = r
        .stale
        .iter()
        .map(|s| {
            (
                s.person.name.as_str(),
                s.days_since_contact,
                s.max_days_between_contacts,
            )
        })
        .collect();
    assert_eq!(got, [("Never", None, 30), ("Overdue", Some(40), 30)]);
    let later = kit.db.reminders_on(Some(other), 7, date("2026-04-11")).unwrap();
    assert_eq!(later.stale[0].person.id, far);
    assert_eq!(later.stale[0].tier, None);
}

#[test]
fn bad_days_and_unknown_accounts_are_refused() {
    let kit = Kit::new();
    assert_eq!(kit.db.reminders(None, -1).unwrap_err().field(), Some("days"));
    assert_eq!(kit.db.reminders(None, 400).unwrap_err().field(), Some("days"));
    assert!(matches!(
        kit.db.reminders(Some(kit.account + 1), 7),
        Err(Error::NotFound { .. })
    ));
    assert!(kit.db.reminders(Some(kit.account), 7).unwrap().key_dates.is_empty());
}
