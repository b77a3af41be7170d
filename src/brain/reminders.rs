//! Reminders: what is coming up, and which relationships have gone quiet.
//!
//! - **Key dates** in the next `days` days (today included): the agenda of
//!   [`Db::upcoming_key_dates`] (key dates, yearly ones on each anniversary, and birthdays from
//!   personal profiles), without the dates of people who have left. Soonest first.
//! - **Stale relationships**: key contacts (see [`super`]) whose last interaction is older than
//!   their account tier's maximum days between contacts (C's rule when no tier is decided), or
//!   who were never met. Never met first, then the most overdue.
//!
//! Contract: read-only; `days` is 0..=366 (otherwise invalid, field `days`); scope is one
//! account (unknown: `NotFound`) or, with no account, the whole workspace.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::{contact_rule, key_contacts, last_contacts, today, PersonRef};
use crate::account;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::key_date::UpcomingDate;
use crate::vocabulary::{PersonStatus, Tier};

pub const MAX_DAYS: i64 = 366;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct StaleRelationship {
    pub person: PersonRef,
    pub account: String,
    pub tier: Option<Tier>,
    pub max_days_between_contacts: i64,
    pub last_contact: Option<String>,
    pub days_since_contact: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Reminders {
    pub as_of: String,
    pub days: i64,
    pub account_id: Option<i64>,
    pub key_dates: Vec<UpcomingDate>,
    pub stale: Vec<StaleRelationship>,
}

/// The agenda without the dates of people who have left.
fn still_here(conn: &Connection, dates: Vec<UpcomingDate>) -> Result<Vec<UpcomingDate>> {
    let mut stmt = conn.prepare_cached("SELECT status FROM person WHERE id = ?1")?;
    let mut kept = Vec::with_capacity(dates.len());
    for date in dates {
        let status: Option<PersonStatus> = match date.person_id {
            Some(id) => stmt.query_row([id], |r| r.get(0)).optional()?,
            None => None,
        };
        if status != Some(PersonStatus::Left) {
            kept.push(date);
        }
    }
    Ok(kept)
}

fn stale(conn: &Connection, account_id: Option<i64>, as_of: NaiveDate) -> Result<Vec<StaleRelationship>> {
    let last = last_contacts(conn, account_id)?;
    let mut accounts: HashMap<i64, (String, Option<Tier>, i64)> = HashMap::new();
    let mut stale = Vec::new();
    for key in key_contacts(conn, account_id)? {
        let Some(account) = key.person.account_id else { continue };
        if let Entry::Vacant(slot) = accounts.entry(account) {
            let a = account::load(conn, account)?;
            let max_days = contact_rule(conn, a.tier)?;
            slot.insert((a.name, a.tier, max_days));
        }
        let (name, tier, max_days) = &accounts[&account];
        let since = last.get(&key.person.id).map(|d| (as_of - *d).num_days());
        if since.is_some_and(|d| d <= *max_days) {
            continue;
        }
        stale.push(StaleRelationship {
            account: name.clone(),
            tier: *tier,
            max_days_between_contacts: *max_days,
            last_contact: last.get(&key.person.id).map(|d| d.format("%Y-%m-%d").to_string()),
            days_since_contact: since,
            person: key.person,
        });
    }
    let overdue = |s: &StaleRelationship| {
        s.days_since_contact
            .map_or(i64::MAX, |d| d - s.max_days_between_contacts)
    };
    stale.sort_by(|a, b| overdue(b).cmp(&overdue(a)).then(a.person.name.cmp(&b.person.name)));
    Ok(stale)
}

impl Db {
    /// Key dates in the next `days` days and stale relationships, for one account or all.
    pub fn reminders(&self, account_id: Option<i64>, days: i64) -> Result<Reminders> {
        self.reminders_on(account_id, days, today())
    }

    /// [`Db::reminders`] as of a given date.
    pub fn reminders_on(&self, account_id: Option<i64>, days: i64, as_of: NaiveDate) -> Result<Reminders> {
        if !(0..=MAX_DAYS).contains(&days) {
            return Err(Error::problem(
                "days",
                Problem::out_of_range(0.0, MAX_DAYS as f64, days as f64),
            ));
        }
        let as_of_text = as_of.format("%Y-%m-%d").to_string();
        let agenda = self.upcoming_key_dates(account_id, &as_of_text, days)?;
        self.read(|conn| {
            Ok(Reminders {
                as_of: as_of_text.clone(),
                days,
                account_id,
                key_dates: still_here(conn, agenda)?,
                stale: stale(conn, account_id, as_of)?,
            })
        })
    }
}

#[cfg(test)]
#[path = "tests/reminders.rs"]
mod tests;
