//! The agenda: what a key-account manager must do today, has let slip, or has coming up.
//!
//! - **Contacts due**: each key contact (see [`crate::brain`]) is due for a contact by the tier's
//!   rule: last contact + the tier's maximum days between contacts (C's rule without a decided
//!   tier). A key contact never met is due at once (overdue, with no date).
//! - **Key dates**: the occurrences of [`Db::upcoming_key_dates`] (key dates and birthdays), without
//!   those of people who have left.
//! - **Plan actions**: open actions of plans not closed, due by their date (see [`crate::plan::action`]).
//! - **Customer issues** not closed: due [`REMIND_AFTER_DAYS`] days after they were raised; a
//!   critical one at once (today, or overdue once that time has passed).
//!
//! Each reminder is **overdue** (due before `as_of`), due **today**, or **upcoming** (within the
//! next `days` days). Archived accounts are left out. Overdue first by how late, the others by
//! date; ties by account and name. Contract: read-only; `days` is 0..=366 (else invalid, field
//! `days`); one account (unknown: `NotFound`) or, with none, every active account.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use serde::Serialize;

use crate::account::issue::{issues_to_remind, IssueSeverity, REMIND_AFTER_DAYS};
use crate::brain::{contact_rule, key_contacts, last_contacts, PersonRef};
use crate::db::Db;
use crate::error::Result;
use crate::journal::Table;
use crate::key_date::UpcomingKind;
use crate::plan::action::agenda_actions;
use crate::validate;
use crate::vocabulary::{vocabulary, PersonStatus, Tier};

/// The agenda's default horizon, in days.
pub const AGENDA_DAYS: i64 = 14;

vocabulary!(
    ReminderKind {
        ContactDue = "contact_due",
        KeyDate = "key_date",
        PlanAction = "plan_action",
        CustomerIssue = "customer_issue",
    }
);

vocabulary!(ReminderTiming { Overdue = "overdue", Today = "today", Upcoming = "upcoming" });

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Reminder {
    pub kind: ReminderKind,
    pub timing: ReminderTiming,
    /// `YYYY-MM-DD` it is due; None for a key contact never met.
    pub due_on: Option<String>,
    /// Days from `as_of` to `due_on`: negative when overdue.
    pub days: Option<i64>,
    pub account_id: i64,
    pub account: String,
    pub person_id: Option<i64>,
    pub person: Option<String>,
    /// A contact due: the contact, the account's tier and its rule, the last contact.
    pub contact: Option<PersonRef>,
    pub tier: Option<Tier>,
    pub max_days_between_contacts: Option<i64>,
    pub last_contact: Option<String>,
    /// A key date: what kind, its label, the key date it comes from (None for birthdays),
    /// the age turned on a birthday with a known year.
    pub date_kind: Option<UpcomingKind>,
    pub label: String,
    pub key_date_id: Option<i64>,
    pub age: Option<i64>,
    /// A plan action: the action (its title is the label), its plan; the person is the first
    /// customer person it concerns.
    pub action_id: Option<i64>,
    pub plan_id: Option<i64>,
    /// A customer issue: the issue (its title is the label) and its severity; the person is
    /// who raised it.
    pub issue_id: Option<i64>,
    pub severity: Option<IssueSeverity>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Agenda {
    pub as_of: String,
    pub days: i64,
    pub account_id: Option<i64>,
    pub overdue: Vec<Reminder>,
    pub today: Vec<Reminder>,
    pub upcoming: Vec<Reminder>,
}

fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn timing(days: i64) -> ReminderTiming {
    match days {
        d if d < 0 => ReminderTiming::Overdue,
        0 => ReminderTiming::Today,
        _ => ReminderTiming::Upcoming,
    }
}

fn blank(kind: ReminderKind, account_id: i64, account: String) -> Reminder {
    Reminder {
        kind,
        timing: ReminderTiming::Overdue,
        due_on: None,
        days: None,
        account_id,
        account,
        person_id: None,
        person: None,
        contact: None,
        tier: None,
        max_days_between_contacts: None,
        last_contact: None,
        date_kind: None,
        label: String::new(),
        key_date_id: None,
        age: None,
        action_id: None,
        plan_id: None,
        issue_id: None,
        severity: None,
    }
}

impl Db {
    /// What is overdue, due today and due in the next `days` days ([`AGENDA_DAYS`] when not
    /// given), for one account or all.
    pub fn agenda(&self, account_id: Option<i64>, days: Option<i64>) -> Result<Agenda> {
        let days = days.unwrap_or(AGENDA_DAYS);
        self.agenda_on(account_id, days, chrono::Local::now().date_naive())
    }

    /// [`Db::agenda`] as of a given date.
    pub fn agenda_on(&self, account_id: Option<i64>, days: i64, as_of: NaiveDate) -> Result<Agenda> {
        let days = validate::in_range("days", days, 0, crate::brain::reminders::MAX_DAYS)?;
        let dates = self.upcoming_key_dates(account_id, &date_text(as_of), days)?;
        let mut reminders = self.read(|conn| {
            if let Some(id) = account_id {
                validate::exists(conn, Table::Account, id)?;
            }
            let mut accounts: HashMap<i64, Option<(String, Option<Tier>, i64)>> = HashMap::new();
            let mut account = |id: i64| -> Result<Option<(String, Option<Tier>, i64)>> {
                if let Some(known) = accounts.get(&id) {
                    return Ok(known.clone());
                }
                let a = super::load(conn, id)?;
                let entry = match a.archived_on {
                    Some(_) => None,
                    None => Some((a.name, a.tier, contact_rule(conn, a.tier)?)),
                };
                accounts.insert(id, entry.clone());
                Ok(entry)
            };
            let mut out = Vec::new();
            let last = last_contacts(conn, account_id)?;
            for key in key_contacts(conn, account_id)? {
                let Some(id) = key.person.account_id else { continue };
                let Some((name, tier, max_days)) = account(id)? else {
                    continue;
                };
                let last_met = last.get(&key.person.id).copied();
                let due = last_met.and_then(|d| d.checked_add_days(chrono::Days::new(max_days.unsigned_abs())));
                let until = due.map(|d| (d - as_of).num_days());
                if until.is_some_and(|d| d > days) {
                    continue;
                }
                out.push(Reminder {
                    timing: until.map_or(ReminderTiming::Overdue, timing),
                    due_on: due.map(date_text),
                    days: until,
                    person_id: Some(key.person.id),
                    person: Some(key.person.name.clone()),
                    contact: Some(key.person),
                    tier,
                    max_days_between_contacts: Some(max_days),
                    last_contact: last_met.map(date_text),
                    ..blank(ReminderKind::ContactDue, id, name)
                });
            }
            let mut status = conn.prepare_cached("SELECT status FROM person WHERE id = ?1")?;
            for date in dates {
                let Some((name, _, _)) = account(date.account_id)? else {
                    continue;
                };
                if let Some(person) = date.person_id {
                    let left: Option<PersonStatus> = status.query_row([person], |r| r.get(0)).optional()?;
                    if left == Some(PersonStatus::Left) {
                        continue;
                    }
                }
                out.push(Reminder {
                    timing: timing(date.days_away),
                    due_on: Some(date.date.clone()),
                    days: Some(date.days_away),
                    person_id: date.person_id,
                    person: date.person.clone(),
                    date_kind: Some(date.kind),
                    label: date.label.clone(),
                    key_date_id: date.key_date_id,
                    age: date.age,
                    ..blank(ReminderKind::KeyDate, date.account_id, name)
                });
            }
            let until = as_of
                .checked_add_days(chrono::Days::new(days.unsigned_abs()))
                .unwrap_or(NaiveDate::MAX);
            for (action, account_id) in agenda_actions(conn, account_id, &date_text(until))? {
                let Some((name, _, _)) = account(account_id)? else {
                    continue;
                };
                let until = crate::brain::parse_date(&action.due_on).map(|d| (d - as_of).num_days());
                let first = action.people.first();
                out.push(Reminder {
                    timing: until.map_or(ReminderTiming::Overdue, timing),
                    due_on: Some(action.due_on.clone()),
                    days: until,
                    person_id: first.map(|p| p.person_id),
                    person: first.map(|p| p.name.clone()),
                    label: action.title.clone(),
                    action_id: Some(action.id),
                    plan_id: Some(action.plan_id),
                    ..blank(ReminderKind::PlanAction, account_id, name)
                });
            }
            for issue in issues_to_remind(conn, account_id, &date_text(as_of))? {
                let Some((name, _, _)) = account(issue.account_id)? else {
                    continue;
                };
                // Due once open too long; a critical one is due from the day it was raised.
                let raised = crate::brain::parse_date(&issue.raised_on).unwrap_or(as_of);
                let due = raised
                    .checked_add_days(chrono::Days::new(REMIND_AFTER_DAYS.unsigned_abs()))
                    .unwrap_or(as_of);
                let due = if issue.severity == IssueSeverity::Critical {
                    due.min(as_of)
                } else {
                    due
                };
                let until = (due - as_of).num_days();
                out.push(Reminder {
                    timing: timing(until),
                    due_on: Some(date_text(due)),
                    days: Some(until),
                    person_id: issue.raised_by_id,
                    person: issue.raised_by.clone(),
                    label: issue.title.clone(),
                    issue_id: Some(issue.id),
                    severity: Some(issue.severity),
                    ..blank(ReminderKind::CustomerIssue, issue.account_id, name)
                });
            }
            Ok(out)
        })?;
        reminders.sort_by(|a, b| {
            let late = |r: &Reminder| r.days.unwrap_or(i64::MIN);
            (late(a), &a.account, &a.person, &a.label).cmp(&(late(b), &b.account, &b.person, &b.label))
        });
        let mut agenda = Agenda {
            as_of: date_text(as_of),
            days,
            account_id,
            overdue: Vec::new(),
            today: Vec::new(),
            upcoming: Vec::new(),
        };
        for reminder in reminders {
            match reminder.timing {
                ReminderTiming::Overdue => agenda.overdue.push(reminder),
                ReminderTiming::Today => agenda.today.push(reminder),
                ReminderTiming::Upcoming => agenda.upcoming.push(reminder),
            }
        }
        Ok(agenda)
    }
}

#[cfg(test)]
#[path = "tests/agenda.rs"]
mod tests;
