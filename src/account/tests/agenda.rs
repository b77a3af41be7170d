//! Unit tests of [`super`]: contacts due by the tier's rule, key dates, timing and scope.

use super::*;
use crate::account::{NewAccount, TierDecision};
use crate::assessment::NewDecisionRole;
use crate::interaction::NewInteraction;
use crate::key_date::NewKeyDate;
use crate::person::NewPerson;
use crate::vocabulary::{DecisionRole, InteractionKind, KeyDateKind, Level, Side};
use crate::ErrorKind;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

struct Setup {
    db: Db,
    account: i64,
    staff: i64,
}

fn setup() -> Setup {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    db.decide_tier(
        account,
        TierDecision {
            tier: "A".into(),
            decided_by: "Elena".into(),
            decided_on: "2026-01-05".into(),
            reason: "Growth".into(),
        },
    )
    .unwrap();
    let staff = db
        .create_person(NewPerson::new(None, Side::Ours, "Elena", Level::Manager))
        .unwrap()
        .id;
    Setup { db, account, staff }
}

impl Setup {
    /// A decider: a key contact.
    fn key_contact(&self, name: &str) -> i64 {
        let id = self
            .db
            .create_person(NewPerson::new(Some(self.account), Side::Customer, name, Level::Manager))
            .unwrap()
            .id;
        self.db
            .add_decision_role(NewDecisionRole {
                person_id: id,
                role: DecisionRole::Decider,
                opportunity_id: None,
            })
            .unwrap();
        id
    }

    fn met(&self, person: i64, on: &str) {
        self.db
            .create_interaction(NewInteraction {
                account_id: self.account,
                kind: InteractionKind::Call,
                occurred_on: on.into(),
                place: String::new(),
                notes: String::new(),
                participants: vec![self.staff, person],
            })
            .unwrap();
    }
}

fn names(list: &[Reminder]) -> Vec<(String, Option<i64>)> {
    list.iter()
        .map(|r| (r.person.clone().unwrap_or_else(|| r.label.clone()), r.days))
        .collect()
}

#[test]
fn key_contacts_are_due_by_the_tiers_rule_and_never_met_ones_at_once() {
    let s = setup();
    let (late, soon, fine, never) = (
        s.key_contact("Late"),
        s.key_contact("Soon"),
        s.key_contact("Fine"),
        s.key_contact("Never"),
    );
    s.met(late, "2026-05-01"); // A: 30 days, due 2026-05-31
    s.met(soon, "2026-06-05"); // due 2026-07-05
    s.met(fine, "2026-06-29"); // due 2026-07-29, beyond 14 days
    let agenda = s.db.agenda_on(None, 14, day("2026-06-30")).unwrap();
    assert_eq!(
        names(&agenda.overdue),
        [("Never".into(), None), ("Late".into(), Some(-30))]
    );
    assert!(agenda.today.is_empty());
    assert_eq!(names(&agenda.upcoming), [("Soon".into(), Some(5))]);
    let first = &agenda.overdue[1];
    assert_eq!(
        (
            first.kind,
            first.tier,
            first.max_days_between_contacts,
            first.last_contact.as_deref()
        ),
        (ReminderKind::ContactDue, Some(Tier::A), Some(30), Some("2026-05-01"))
    );
    assert_eq!(first.person_id, Some(late));
    assert_eq!(first.account, "Harbor Foods");
    let _ = (fine, never);

    // Logging a contact takes the person off the overdue list.
    s.met(late, "2026-06-30");
    let agenda = s.db.agenda_on(None, 14, day("2026-06-30")).unwrap();
    assert_eq!(names(&agenda.overdue), [("Never".into(), None)]);
}

#[test]
fn key_dates_are_due_today_or_upcoming_and_archived_accounts_are_left_out() {
    let s = setup();
    let key_date = |label: &str, on: &str, kind| {
        s.db.create_key_date(NewKeyDate {
            account_id: s.account,
            person_id: None,
            kind,
            label: label.into(),
            on_date: on.into(),
            yearly: true,
        })
        .unwrap();
    };
    key_date("Budget round", "2020-06-30", KeyDateKind::BudgetCycle);
    key_date("Founding day", "1998-07-10", KeyDateKind::CompanyAnniversary);
    key_date("Far away", "2020-09-01", KeyDateKind::Custom);
    let agenda = s.db.agenda_on(Some(s.account), 14, day("2026-06-30")).unwrap();
    assert_eq!(names(&agenda.today), [("Budget round".into(), Some(0))]);
    assert_eq!(names(&agenda.upcoming), [("Founding day".into(), Some(10))]);
    assert_eq!(agenda.today[0].date_kind, Some(UpcomingKind::BudgetCycle));
    assert_eq!(agenda.today[0].timing, ReminderTiming::Today);

    s.db.archive_account(s.account).unwrap();
    let agenda = s.db.agenda_on(None, 14, day("2026-06-30")).unwrap();
    assert!(agenda.today.is_empty() && agenda.upcoming.is_empty() && agenda.overdue.is_empty());
}

#[test]
fn the_agenda_checks_its_window_and_account() {
    let s = setup();
    assert_eq!(s.db.agenda(None, Some(-1)).unwrap_err().field(), Some("days"));
    assert_eq!(s.db.agenda(None, Some(367)).unwrap_err().field(), Some("days"));
    assert_eq!(s.db.agenda(Some(999), None).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(s.db.agenda(Some(s.account), None).unwrap().days, AGENDA_DAYS);
    assert_eq!(AGENDA_DAYS, 14, "the next two weeks");
}
