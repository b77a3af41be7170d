//! Attitude, influence and decision roles: how a person stands toward us and what they decide.
//!
//! Contract: attitude (-3..+3) and influence (1..5) are never overwritten. Each change is an
//! event with the date it was observed, the evidence (the key event) and its author; the
//! current value is the latest event by observation date (then by entry order). Attitude is
//! scored from behaviour in key events, so an attitude change without evidence (at least one
//! line of text) is refused on the field `evidence`; influence may go without.

use std::collections::HashMap;

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;
use crate::vocabulary::{DecisionRole, ATTITUDE, INFLUENCE};

/// Which scale an assessment event is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    Attitude,
    Influence,
}

impl Scale {
    fn table(self) -> Table {
        match self {
            Scale::Attitude => Table::AttitudeEvent,
            Scale::Influence => Table::InfluenceEvent,
        }
    }

    fn bounds(self) -> (i64, i64) {
        match self {
            Scale::Attitude => (ATTITUDE.min, ATTITUDE.max),
            Scale::Influence => (INFLUENCE.min, INFLUENCE.max),
        }
    }
}

/// Who [`current`] reads: every assessed person of one account, or of every account.
const SCOPE: &str = "SELECT id FROM person WHERE side <> 'ours' AND (?1 IS NULL OR account_id = ?1)";

/// The current value on `scale` of each assessed person (one account's, or everyone's when
/// `account_id` is None): the latest event by observation date, then by entry order. The one
/// reading of "current" that the map and every analysis share.
pub(crate) fn current(conn: &Connection, scale: Scale, account_id: Option<i64>) -> Result<HashMap<i64, i64>> {
    let sql = format!(
        "SELECT person_id, value FROM (
            SELECT person_id, value,
                   row_number() OVER (PARTITION BY person_id ORDER BY observed_on DESC, id DESC) AS n
            FROM {} WHERE person_id IN ({SCOPE}))
         WHERE n = 1",
        scale.table().as_str()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([account_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewAssessment {
    pub person_id: i64,
    pub value: i64,
    /// ISO date the behaviour was observed; today when absent.
    #[serde(default)]
    pub observed_on: Option<String>,
    #[serde(default)]
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AssessmentEvent {
    pub id: i64,
    pub person_id: i64,
    pub value: i64,
    pub observed_on: String,
    pub evidence: String,
    pub author: String,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewDecisionRole {
    pub person_id: i64,
    pub role: DecisionRole,
    /// The deal this role applies to; None: every deal.
    #[serde(default)]
    pub opportunity_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct DecisionRoleEntry {
    pub id: i64,
    pub person_id: i64,
    pub role: DecisionRole,
    pub opportunity_id: Option<i64>,
}

/// The account of a person who can be assessed: anyone but our own staff, whose attitude
/// toward us and decision roles mean nothing (the method assesses the other side).
fn customer_side(conn: &rusqlite::Connection, person_id: i64, field: &str) -> Result<i64> {
    crate::account::account_of_person(conn, person_id)?.ok_or_else(|| Error::problem(field, Problem::OurStaff))
}

impl Db {
    /// Records a new attitude or influence observation.
    pub fn assess(&self, scale: Scale, input: NewAssessment) -> Result<AssessmentEvent> {
        let (min, max) = scale.bounds();
        let field = match scale {
            Scale::Attitude => "attitude",
            Scale::Influence => "influence",
        };
        let value = validate::in_range(field, input.value, min, max)?;
        let evidence = input.evidence.trim().to_owned();
        if scale == Scale::Attitude && evidence.is_empty() {
            return Err(Error::problem("evidence", Problem::Empty));
        }
        let observed_on = match input.observed_on.as_deref() {
            Some(d) if !d.trim().is_empty() => validate::date("observed_on", d)?,
            _ => chrono::Local::now().date_naive().format("%Y-%m-%d").to_string(),
        };
        let author = self.author().to_owned();
        let label = match scale {
            Scale::Attitude => ActionLabel::SetAttitude { value },
            Scale::Influence => ActionLabel::SetInfluence { value },
        };
        let id = self.write(label, |w| {
            customer_side(w.conn(), input.person_id, "person_id")?;
            w.insert(
                scale.table(),
                &[
                    ("person_id", &input.person_id),
                    ("value", &value),
                    ("observed_on", &observed_on),
                    ("evidence", &evidence),
                    ("author", &author),
                ],
            )
        })?;
        Ok(AssessmentEvent {
            id,
            person_id: input.person_id,
            value,
            observed_on,
            evidence,
            author,
        })
    }

    /// The full history on `scale` for one person, oldest first.
    pub fn assessment_history(&self, scale: Scale, person_id: i64) -> Result<Vec<AssessmentEvent>> {
        self.read(|conn| {
            validate::exists(conn, Table::Person, person_id)?;
            let sql = format!(
                "SELECT id, person_id, value, observed_on, evidence, author FROM {}
                 WHERE person_id = ?1 ORDER BY observed_on, id",
                scale.table().as_str()
            );
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map([person_id], |row| {
                Ok(AssessmentEvent {
                    id: row.get(0)?,
                    person_id: row.get(1)?,
                    value: row.get(2)?,
                    observed_on: row.get(3)?,
                    evidence: row.get(4)?,
                    author: row.get(5)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    pub fn add_decision_role(&self, input: NewDecisionRole) -> Result<DecisionRoleEntry> {
        let id = self.write(ActionLabel::AddRole { role: input.role }, |w| {
            let person_account = Some(customer_side(w.conn(), input.person_id, "person_id")?);
            if let Some(opportunity) = input.opportunity_id {
                let deal_account: i64 = w
                    .conn()
                    .query_row("SELECT account_id FROM opportunity WHERE id = ?1", [opportunity], |r| {
                        r.get(0)
                    })
                    .map_err(|_| Error::NotFound {
                        entity: "opportunity",
                        id: opportunity,
                    })?;
                if Some(deal_account) != person_account {
                    return Err(Error::problem("opportunity_id", Problem::BelongsToOtherAccount));
                }
            }
            let taken: bool = w.conn().query_row(
                "SELECT EXISTS (SELECT 1 FROM decision_role WHERE person_id = ?1 AND role = ?2
                                AND opportunity_id IS ?3)",
                params![input.person_id, input.role, input.opportunity_id],
                |r| r.get(0),
            )?;
            if taken {
                return Err(Error::problem("role", Problem::AlreadyHasRole { role: input.role }));
            }
            w.insert(
                Table::DecisionRole,
                &[
                    ("person_id", &input.person_id),
                    ("role", &input.role),
                    ("opportunity_id", &input.opportunity_id),
                ],
            )
        })?;
        Ok(DecisionRoleEntry {
            id,
            person_id: input.person_id,
            role: input.role,
            opportunity_id: input.opportunity_id,
        })
    }

    /// A person's decision roles, each with the id that removes it; roles for every deal first.
    pub fn list_decision_roles(&self, person_id: i64) -> Result<Vec<DecisionRoleEntry>> {
        self.read(|conn| {
            validate::exists(conn, Table::Person, person_id)?;
            let mut stmt = conn.prepare_cached(
                "SELECT id, person_id, role, opportunity_id FROM decision_role WHERE person_id = ?1
                 ORDER BY opportunity_id IS NOT NULL, opportunity_id, role",
            )?;
            let rows = stmt.query_map([person_id], |row| {
                Ok(DecisionRoleEntry {
                    id: row.get(0)?,
                    person_id: row.get(1)?,
                    role: row.get(2)?,
                    opportunity_id: row.get(3)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    pub fn remove_decision_role(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::RemoveRole, |w| w.delete(Table::DecisionRole, id))
    }
}
