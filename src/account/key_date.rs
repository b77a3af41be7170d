//! Key dates: contract renewals, company anniversaries, budget cycles, festivals and custom
//! dates per account, and the agenda of upcoming dates that also yields the birthdays kept in
//! personal profiles (profile data: the UI hides them with the other private details).
//!
//! Contract: a key date belongs to one account and optionally to one of that account's people;
//! it happens once on its date or, when yearly, on that month and day every year from its date
//! on. [`Db::upcoming_key_dates`] lists every occurrence within `from ..= from + days` (at most
//! 366 days), sorted by date. Birthdays come from the profiles of the accounts' people (never
//! our own staff); a 29 February date falls on 28 February in other years. Birthday entries
//! carry only the person's name and the age turned, never other profile fields.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::person;
use crate::profile::Birthday;
use crate::validate;
use crate::vocabulary::KeyDateKind;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct KeyDate {
    pub id: i64,
    pub account_id: i64,
    pub person_id: Option<i64>,
    pub kind: KeyDateKind,
    pub label: String,
    /// The (first) date, `YYYY-MM-DD`.
    pub on_date: String,
    pub yearly: bool,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewKeyDate {
    pub account_id: i64,
    #[serde(default)]
    pub person_id: Option<i64>,
    pub kind: KeyDateKind,
    pub label: String,
    pub on_date: String,
    #[serde(default)]
    pub yearly: bool,
}

/// The new content of a key date; replaces the old one entirely (the account stays).
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct KeyDateUpdate {
    #[serde(default)]
    pub person_id: Option<i64>,
    pub kind: KeyDateKind,
    pub label: String,
    pub on_date: String,
    #[serde(default)]
    pub yearly: bool,
}

/// What an upcoming date is: a birthday from a profile, or a key date of that kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum UpcomingKind {
    Birthday,
    ContractRenewal,
    CompanyAnniversary,
    BudgetCycle,
    Festival,
    Custom,
}

impl From<KeyDateKind> for UpcomingKind {
    fn from(kind: KeyDateKind) -> Self {
        match kind {
            KeyDateKind::ContractRenewal => UpcomingKind::ContractRenewal,
            KeyDateKind::CompanyAnniversary => UpcomingKind::CompanyAnniversary,
            KeyDateKind::BudgetCycle => UpcomingKind::BudgetCycle,
            KeyDateKind::Festival => UpcomingKind::Festival,
            KeyDateKind::Custom => UpcomingKind::Custom,
        }
    }
}

/// One occurrence on the agenda.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct UpcomingDate {
    /// `YYYY-MM-DD` of this occurrence.
    pub date: String,
    /// Days from `from` (0: that day).
    pub days_away: i64,
    pub kind: UpcomingKind,
    pub label: String,
    pub account_id: i64,
    pub account: String,
    pub person_id: Option<i64>,
    pub person: Option<String>,
    /// The key date it comes from; None for birthdays.
    pub key_date_id: Option<i64>,
    /// For birthdays with a known year: the age turned on this date.
    pub age: Option<i64>,
}

const COLUMNS: &str = "id, account_id, person_id, kind, label, on_date, yearly";

fn from_row(row: &Row<'_>) -> rusqlite::Result<KeyDate> {
    Ok(KeyDate {
        id: row.get(0)?,
        account_id: row.get(1)?,
        person_id: row.get(2)?,
        kind: row.get(3)?,
        label: row.get(4)?,
        on_date: row.get(5)?,
        yearly: row.get(6)?,
    })
}

fn load(conn: &Connection, id: i64) -> Result<KeyDate> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM key_date WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound { entity: "key_date", id })
}

fn check_person(conn: &Connection, account_id: i64, person_id: Option<i64>) -> Result<()> {
    let Some(id) = person_id else { return Ok(()) };
    let person = person::load(conn, id)?;
    if person.account_id != Some(account_id) {
        return Err(Error::problem("person_id", Problem::BelongsToOtherAccount));
    }
    Ok(())
}

/// The date of `month`-`day` in `year`; 29 February becomes the 28th in other years.
fn in_year(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day).or_else(|| {
        (month == 2 && day == 29)
            .then(|| NaiveDate::from_ymd_opt(year, 2, 28))
            .flatten()
    })
}

/// Every yearly occurrence of `month`-`day` within `from ..= to`, not before `since`.
fn occurrences(month: u32, day: u32, since: Option<NaiveDate>, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    (from.year()..=to.year())
        .filter_map(|year| in_year(year, month, day))
        .filter(|d| *d >= from && *d <= to && since.is_none_or(|s| *d >= s))
        .collect()
}

fn upcoming(conn: &Connection, account_id: Option<i64>, from: NaiveDate, to: NaiveDate) -> Result<Vec<UpcomingDate>> {
    let mut out = Vec::new();
    let entry = |date: NaiveDate, kind: UpcomingKind, label: String| UpcomingDate {
        date: date.format("%Y-%m-%d").to_string(),
        days_away: (date - from).num_days(),
        kind,
        label,
        account_id: 0,
        account: String::new(),
        person_id: None,
        person: None,
        key_date_id: None,
        age: None,
    };
    let mut stmt = conn.prepare(
        "SELECT k.id, k.account_id, a.name, k.person_id, p.name, k.kind, k.label, k.on_date, k.yearly
         FROM key_date k JOIN account a ON a.id = k.account_id LEFT JOIN person p ON p.id = k.person_id
         WHERE ?1 IS NULL OR k.account_id = ?1",
    )?;
    let rows = stmt.query_map(params![account_id], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, Option<i64>>(3)?,
            row.get::<_, Option<String>>(4)?,
            row.get::<_, KeyDateKind>(5)?,
            row.get::<_, String>(6)?,
            row.get::<_, String>(7)?,
            row.get::<_, bool>(8)?,
        ))
    })?;
    for row in rows {
        let (id, account, account_name, person_id, person, kind, label, on_date, yearly) = row?;
        let Ok(date) = NaiveDate::parse_from_str(&on_date, "%Y-%m-%d") else {
            continue; // only validated dates are stored; skip anything else rather than fail
        };
        let dates = if yearly {
            occurrences(date.month(), date.day(), Some(date), from, to)
        } else {
            Some(date).filter(|d| *d >= from && *d <= to).into_iter().collect()
        };
        for d in dates {
            out.push(UpcomingDate {
                account_id: account,
                account: account_name.clone(),
                person_id,
                person: person.clone(),
                key_date_id: Some(id),
                ..entry(d, kind.into(), label.clone())
            });
        }
    }
    let mut stmt = conn.prepare(
        "SELECT p.id, p.name, p.account_id, a.name, pp.birthday
         FROM person_profile pp JOIN person p ON p.id = pp.person_id JOIN account a ON a.id = p.account_id
         WHERE pp.birthday IS NOT NULL AND (?1 IS NULL OR p.account_id = ?1)",
    )?;
    let rows = stmt.query_map(params![account_id], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, i64>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
        ))
    })?;
    for row in rows {
        let (person_id, name, account, account_name, text) = row?;
        let Some(birthday) = Birthday::parse(&text) else {
            continue;
        };
        let born = birthday
            .year
            .and_then(|y| NaiveDate::from_ymd_opt(y, birthday.month, birthday.day));
        for d in occurrences(birthday.month, birthday.day, born, from, to) {
            out.push(UpcomingDate {
                account_id: account,
                account: account_name.clone(),
                person_id: Some(person_id),
                person: Some(name.clone()),
                age: birthday.year.map(|y| i64::from(d.year() - y)),
                ..entry(d, UpcomingKind::Birthday, format!("{name}'s birthday"))
            });
        }
    }
    out.sort_by(|a, b| {
        (&a.date, &a.account, &a.label, a.key_date_id).cmp(&(&b.date, &b.account, &b.label, b.key_date_id))
    });
    Ok(out)
}

impl Db {
    /// The account's key dates, by date.
    pub fn list_key_dates(&self, account_id: i64) -> Result<Vec<KeyDate>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare(&format!(
                "SELECT {COLUMNS} FROM key_date WHERE account_id = ?1 ORDER BY on_date, id"
            ))?;
            let rows = stmt.query_map([account_id], from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    pub fn create_key_date(&self, input: NewKeyDate) -> Result<KeyDate> {
        let label = validate::name("label", &input.label)?;
        let on_date = validate::date("on_date", &input.on_date)?;
        let id = self.write(ActionLabel::AddKeyDate, |w| {
            validate::exists(w.conn(), Table::Account, input.account_id)?;
            check_person(w.conn(), input.account_id, input.person_id)?;
            w.insert(
                Table::KeyDate,
                &[
                    ("account_id", &input.account_id),
                    ("person_id", &input.person_id),
                    ("kind", &input.kind),
                    ("label", &label),
                    ("on_date", &on_date),
                    ("yearly", &input.yearly),
                ],
            )
        })?;
        self.read(|conn| load(conn, id))
    }

    pub fn update_key_date(&self, id: i64, update: KeyDateUpdate) -> Result<KeyDate> {
        let label = validate::name("label", &update.label)?;
        let on_date = validate::date("on_date", &update.on_date)?;
        self.write(ActionLabel::EditKeyDate, |w| {
            let current = load(w.conn(), id)?;
            check_person(w.conn(), current.account_id, update.person_id)?;
            w.update(
                Table::KeyDate,
                id,
                &[
                    ("person_id", &update.person_id),
                    ("kind", &update.kind),
                    ("label", &label),
                    ("on_date", &on_date),
                    ("yearly", &update.yearly),
                ],
            )
        })?;
        self.read(|conn| load(conn, id))
    }

    pub fn delete_key_date(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteKeyDate, |w| w.delete(Table::KeyDate, id))
    }

    /// Key dates and birthdays from `from` to `from + days` (inclusive), of one account or
    /// (None) of all, sorted by date.
    pub fn upcoming_key_dates(&self, account_id: Option<i64>, from: &str, days: i64) -> Result<Vec<UpcomingDate>> {
        let from = validate::date("from", from)?;
        let days = validate::in_range("days", days, 0, 366)?;
        let from = NaiveDate::parse_from_str(&from, "%Y-%m-%d")
            .map_err(|_| Error::problem("from", Problem::NotADate { value: from.clone() }))?;
        let to = from
            .checked_add_days(chrono::Days::new(days.unsigned_abs()))
            .ok_or_else(|| Error::problem("days", Problem::BeyondCalendar))?;
        self.read(|conn| {
            if let Some(account) = account_id {
                validate::exists(conn, Table::Account, account)?;
            }
            upcoming(conn, account_id, from, to)
        })
    }
}

#[cfg(test)]
mod tests;
