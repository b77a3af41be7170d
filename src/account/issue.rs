//! Customer issues (客户问题), tracked as a closed loop: found, owned, solved, closed with the
//! customer. Some are caused on the customer's side, some by our own management; closing them
//! fast lowers the cost of solving them and keeps the customer satisfied.
//!
//! Contract: an issue belongs to one account. Its title must not be empty; it was raised on a
//! date not after today, optionally by one of the account's customer or third-party people
//! (`raised_by_id`). It has a severity, a root-cause side (theirs, ours, unknown) with a free
//! cause text, and optionally an owner: one of **our** staff who has not left (anyone else is
//! refused naming `owner_id`). Status runs open → in progress → resolved → closed. **Closing**
//! needs `closed_on`: not before `raised_on` (`ends_before_start`) and not after today; any
//! other status refuses a `closed_on` (`not_applicable`). `confirmed_by_customer` is only for
//! a resolved or closed issue. An issue counts as **open** until it is closed (a resolved one
//! still waits for the customer): [`open_issue_count`], `open_only` lists and the agenda's
//! reminders ([`crate::account::agenda`]: critical ones, and those open more than
//! [`REMIND_AFTER_DAYS`] days) use that meaning. Deleting the owner or the person who raised
//! it keeps the issue, without them. Lists: open ones first, then by severity (critical
//! first), then newest.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::parties::{customer_person, our_person, past_date};
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;
use crate::vocabulary::vocabulary;

vocabulary!(IssueSeverity { Low = "low", Medium = "medium", High = "high", Critical = "critical" });

vocabulary!(
    /// Whose side the root cause lies on.
    CauseSide { Theirs = "theirs", Ours = "ours", Unknown = "unknown" }
);

vocabulary!(IssueStatus { Open = "open", InProgress = "in_progress", Resolved = "resolved", Closed = "closed" });

/// An issue open longer than this many days is on the agenda, whatever its severity.
pub const REMIND_AFTER_DAYS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CustomerIssue {
    pub id: i64,
    pub account_id: i64,
    pub title: String,
    pub raised_by_id: Option<i64>,
    pub raised_by: Option<String>,
    pub raised_on: String,
    pub severity: IssueSeverity,
    pub cause_side: CauseSide,
    pub cause: String,
    pub owner_id: Option<i64>,
    pub owner: Option<String>,
    pub status: IssueStatus,
    pub closed_on: Option<String>,
    pub confirmed_by_customer: bool,
}

/// Every field of an issue; an update replaces them all (the account stays).
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct IssueInput {
    pub title: String,
    #[serde(default)]
    pub raised_by_id: Option<i64>,
    /// ISO date, not after today.
    pub raised_on: String,
    pub severity: IssueSeverity,
    #[serde(default = "unknown")]
    pub cause_side: CauseSide,
    #[serde(default)]
    pub cause: String,
    #[serde(default)]
    pub owner_id: Option<i64>,
    #[serde(default = "open")]
    pub status: IssueStatus,
    /// Required when closed, refused otherwise.
    #[serde(default)]
    pub closed_on: Option<String>,
    #[serde(default)]
    pub confirmed_by_customer: bool,
}

fn unknown() -> CauseSide {
    CauseSide::Unknown
}

fn open() -> IssueStatus {
    IssueStatus::Open
}

const SELECT: &str = "SELECT i.id, i.account_id, i.title, i.raised_by_id, r.name, i.raised_on, i.severity,
        i.cause_side, i.cause, i.owner_id, o.name, i.status, i.closed_on, i.confirmed_by_customer
    FROM customer_issue i LEFT JOIN person r ON r.id = i.raised_by_id LEFT JOIN person o ON o.id = i.owner_id";

/// Open ones first, critical first, newest first.
const ORDER: &str = "ORDER BY i.status = 'closed', CASE i.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1
    WHEN 'medium' THEN 2 ELSE 3 END, i.raised_on DESC, i.id DESC";

fn from_row(row: &Row<'_>) -> rusqlite::Result<CustomerIssue> {
    Ok(CustomerIssue {
        id: row.get(0)?,
        account_id: row.get(1)?,
        title: row.get(2)?,
        raised_by_id: row.get(3)?,
        raised_by: row.get(4)?,
        raised_on: row.get(5)?,
        severity: row.get(6)?,
        cause_side: row.get(7)?,
        cause: row.get(8)?,
        owner_id: row.get(9)?,
        owner: row.get(10)?,
        status: row.get(11)?,
        closed_on: row.get(12)?,
        confirmed_by_customer: row.get(13)?,
    })
}

fn load(conn: &Connection, id: i64) -> Result<CustomerIssue> {
    conn.query_row(&format!("{SELECT} WHERE i.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "customer_issue",
            id,
        })
}

/// How many of the account's issues are not closed yet (for the plan's status assessment).
pub(crate) fn open_issue_count(conn: &Connection, account_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM customer_issue WHERE account_id = ?1 AND status <> 'closed'",
        [account_id],
        |r| r.get(0),
    )?)
}

/// The open issues the agenda reminds of, as of `as_of`: critical ones, and those raised more
/// than [`REMIND_AFTER_DAYS`] days before; of one account or all, oldest first.
pub(crate) fn issues_to_remind(conn: &Connection, account_id: Option<i64>, as_of: &str) -> Result<Vec<CustomerIssue>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE i.status <> 'closed' AND (?1 IS NULL OR i.account_id = ?1)
         AND (i.severity = 'critical' OR julianday(?2) - julianday(i.raised_on) > ?3)
         ORDER BY i.raised_on, i.id"
    ))?;
    let rows = stmt.query_map(params![account_id, as_of, REMIND_AFTER_DAYS], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The input's values as stored, checked without the database.
struct Checked {
    title: String,
    raised_on: String,
    closed_on: Option<String>,
}

fn check(input: &IssueInput) -> Result<Checked> {
    let title = validate::name("title", &input.title)?;
    let raised_on = past_date("raised_on", &input.raised_on)?;
    let closed_on = match (input.status, input.closed_on.as_deref().map(str::trim)) {
        (IssueStatus::Closed, None | Some("")) => return Err(Error::problem("closed_on", Problem::Missing)),
        (IssueStatus::Closed, Some(text)) => {
            let closed_on = past_date("closed_on", text)?;
            if closed_on < raised_on {
                return Err(Error::problem(
                    "closed_on",
                    Problem::EndsBeforeStart {
                        start: raised_on,
                        end: closed_on,
                    },
                ));
            }
            Some(closed_on)
        }
        (_, None | Some("")) => None,
        (_, Some(_)) => return Err(Error::problem("closed_on", Problem::NotApplicable)),
    };
    if input.confirmed_by_customer && !matches!(input.status, IssueStatus::Resolved | IssueStatus::Closed) {
        return Err(Error::problem("confirmed_by_customer", Problem::NotApplicable));
    }
    Ok(Checked {
        title,
        raised_on,
        closed_on,
    })
}

fn check_people(conn: &Connection, account_id: i64, input: &IssueInput) -> Result<()> {
    if let Some(person) = input.raised_by_id {
        customer_person(conn, account_id, person, "raised_by_id")?;
    }
    if let Some(owner) = input.owner_id {
        our_person(conn, owner, "owner_id")?;
    }
    Ok(())
}

impl Db {
    pub fn get_customer_issue(&self, id: i64) -> Result<CustomerIssue> {
        self.read(|conn| load(conn, id))
    }

    pub fn create_customer_issue(&self, account_id: i64, input: IssueInput) -> Result<CustomerIssue> {
        let c = check(&input)?;
        let id = self.write(ActionLabel::AddIssue, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            check_people(w.conn(), account_id, &input)?;
            w.insert(
                Table::CustomerIssue,
                &[
                    ("account_id", &account_id),
                    ("title", &c.title),
                    ("raised_by_id", &input.raised_by_id),
                    ("raised_on", &c.raised_on),
                    ("severity", &input.severity),
                    ("cause_side", &input.cause_side),
                    ("cause", &input.cause.trim()),
                    ("owner_id", &input.owner_id),
                    ("status", &input.status),
                    ("closed_on", &c.closed_on),
                    ("confirmed_by_customer", &input.confirmed_by_customer),
                ],
            )
        })?;
        self.get_customer_issue(id)
    }

    /// Replaces the issue's fields; closing is an update to status closed with its date.
    pub fn update_customer_issue(&self, id: i64, input: IssueInput) -> Result<CustomerIssue> {
        let c = check(&input)?;
        let label = match input.status {
            IssueStatus::Closed => ActionLabel::CloseIssue,
            _ => ActionLabel::EditIssue,
        };
        self.write(label, |w| {
            let current = load(w.conn(), id)?;
            check_people(w.conn(), current.account_id, &input)?;
            w.update(
                Table::CustomerIssue,
                id,
                &[
                    ("title", &c.title),
                    ("raised_by_id", &input.raised_by_id),
                    ("raised_on", &c.raised_on),
                    ("severity", &input.severity),
                    ("cause_side", &input.cause_side),
                    ("cause", &input.cause.trim()),
                    ("owner_id", &input.owner_id),
                    ("status", &input.status),
                    ("closed_on", &c.closed_on),
                    ("confirmed_by_customer", &input.confirmed_by_customer),
                ],
            )
        })?;
        self.get_customer_issue(id)
    }

    pub fn delete_customer_issue(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteIssue, |w| w.delete(Table::CustomerIssue, id))
    }

    /// The account's issues (only those not closed with `open_only`): open first, critical
    /// first, newest first.
    pub fn list_customer_issues(&self, account_id: i64, open_only: bool) -> Result<Vec<CustomerIssue>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare_cached(&format!(
                "{SELECT} WHERE i.account_id = ?1 AND (NOT ?2 OR i.status <> 'closed') {ORDER}"
            ))?;
            let rows = stmt.query_map(params![account_id, open_only], from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}

#[cfg(test)]
mod tests;
