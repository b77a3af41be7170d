//! Symbiosis initiatives (共生): what we do to help the customer succeed — open markets for
//! them, raise their purchasing power, joint R&D, lower their risk — what each side put in,
//! and what it returned. Helping the customer succeed is how we succeed with them.
//!
//! Contract: an initiative belongs to one account; its title must not be empty. The amounts
//! (our investment, theirs, the expected and the actual return) are optional plain numbers
//! in the account's own unit, like the value figures ([`crate::value`]): finite and 0 or more
//! (`not_finite`, `negative`). Dates are optional ISO dates; an end is not before a start
//! (`ends_before_start`, field `ended_on`). Status: idea, running, done or stopped. Lists run
//! by status (running, idea, done, stopped), then newest start, then entry order.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;
use crate::vocabulary::vocabulary;

vocabulary!(
    /// How the initiative helps the customer succeed.
    InitiativeKind {
        OpenMarkets = "open_markets",
        RaisePurchasingPower = "raise_purchasing_power",
        JointRnd = "joint_rnd",
        LowerTheirRisk = "lower_their_risk",
        Other = "other",
    }
);

vocabulary!(InitiativeStatus { Idea = "idea", Running = "running", Done = "done", Stopped = "stopped" });

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SymbiosisInitiative {
    pub id: i64,
    pub account_id: i64,
    pub title: String,
    pub kind: InitiativeKind,
    pub our_investment: Option<f64>,
    pub their_investment: Option<f64>,
    pub expected_return: Option<f64>,
    pub actual_return: Option<f64>,
    pub status: InitiativeStatus,
    pub started_on: Option<String>,
    pub ended_on: Option<String>,
    pub notes: String,
}

/// Every field of an initiative; an update replaces them all (the account stays).
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct InitiativeInput {
    pub title: String,
    pub kind: InitiativeKind,
    #[serde(default)]
    pub our_investment: Option<f64>,
    #[serde(default)]
    pub their_investment: Option<f64>,
    #[serde(default)]
    pub expected_return: Option<f64>,
    #[serde(default)]
    pub actual_return: Option<f64>,
    #[serde(default = "idea")]
    pub status: InitiativeStatus,
    #[serde(default)]
    pub started_on: Option<String>,
    #[serde(default)]
    pub ended_on: Option<String>,
    #[serde(default)]
    pub notes: String,
}

fn idea() -> InitiativeStatus {
    InitiativeStatus::Idea
}

const COLUMNS: &str = "id, account_id, title, kind, our_investment, their_investment, expected_return,
    actual_return, status, started_on, ended_on, notes";

fn from_row(row: &Row<'_>) -> rusqlite::Result<SymbiosisInitiative> {
    Ok(SymbiosisInitiative {
        id: row.get(0)?,
        account_id: row.get(1)?,
        title: row.get(2)?,
        kind: row.get(3)?,
        our_investment: row.get(4)?,
        their_investment: row.get(5)?,
        expected_return: row.get(6)?,
        actual_return: row.get(7)?,
        status: row.get(8)?,
        started_on: row.get(9)?,
        ended_on: row.get(10)?,
        notes: row.get(11)?,
    })
}

fn load(conn: &Connection, id: i64) -> Result<SymbiosisInitiative> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM symbiosis_initiative WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "symbiosis_initiative",
        id,
    })
}

/// The input's values as stored.
struct Checked {
    title: String,
    started_on: Option<String>,
    ended_on: Option<String>,
    notes: String,
}

fn optional_date(field: &str, text: Option<&str>) -> Result<Option<String>> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => validate::date(field, text).map(Some),
    }
}

fn check(input: &InitiativeInput) -> Result<Checked> {
    let title = validate::name("title", &input.title)?;
    validate::non_negative("our_investment", input.our_investment)?;
    validate::non_negative("their_investment", input.their_investment)?;
    validate::non_negative("expected_return", input.expected_return)?;
    validate::non_negative("actual_return", input.actual_return)?;
    let started_on = optional_date("started_on", input.started_on.as_deref())?;
    let ended_on = optional_date("ended_on", input.ended_on.as_deref())?;
    if let (Some(start), Some(end)) = (&started_on, &ended_on) {
        if end < start {
            return Err(Error::problem(
                "ended_on",
                Problem::EndsBeforeStart {
                    start: start.clone(),
                    end: end.clone(),
                },
            ));
        }
    }
    Ok(Checked {
        title,
        started_on,
        ended_on,
        notes: input.notes.trim().to_owned(),
    })
}

impl Db {
    pub fn get_initiative(&self, id: i64) -> Result<SymbiosisInitiative> {
        self.read(|conn| load(conn, id))
    }

    pub fn create_initiative(&self, account_id: i64, input: InitiativeInput) -> Result<SymbiosisInitiative> {
        let c = check(&input)?;
        let id = self.write(ActionLabel::AddInitiative, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            w.insert(
                Table::SymbiosisInitiative,
                &[
                    ("account_id", &account_id),
                    ("title", &c.title),
                    ("kind", &input.kind),
                    ("our_investment", &input.our_investment),
                    ("their_investment", &input.their_investment),
                    ("expected_return", &input.expected_return),
                    ("actual_return", &input.actual_return),
                    ("status", &input.status),
                    ("started_on", &c.started_on),
                    ("ended_on", &c.ended_on),
                    ("notes", &c.notes),
                ],
            )
        })?;
        self.get_initiative(id)
    }

    pub fn update_initiative(&self, id: i64, input: InitiativeInput) -> Result<SymbiosisInitiative> {
        let c = check(&input)?;
        self.write(ActionLabel::EditInitiative, |w| {
            w.update(
                Table::SymbiosisInitiative,
                id,
                &[
                    ("title", &c.title),
                    ("kind", &input.kind),
                    ("our_investment", &input.our_investment),
                    ("their_investment", &input.their_investment),
                    ("expected_return", &input.expected_return),
                    ("actual_return", &input.actual_return),
                    ("status", &input.status),
                    ("started_on", &c.started_on),
                    ("ended_on", &c.ended_on),
                    ("notes", &c.notes),
                ],
            )
        })?;
        self.get_initiative(id)
    }

    pub fn delete_initiative(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteInitiative, |w| {
            w.delete(Table::SymbiosisInitiative, id)
        })
    }

    /// The account's initiatives: running, ideas, done, stopped; newest start first.
    pub fn list_initiatives(&self, account_id: i64) -> Result<Vec<SymbiosisInitiative>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM symbiosis_initiative WHERE account_id = ?1
                 ORDER BY CASE status WHEN 'running' THEN 0 WHEN 'idea' THEN 1 WHEN 'done' THEN 2 ELSE 3 END,
                          started_on IS NULL, started_on DESC, id DESC"
            ))?;
            let rows = stmt.query_map([account_id], from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}

#[cfg(test)]
mod tests;
