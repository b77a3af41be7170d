//! How far an account's plan of a year has come, for the portfolio.
//!
//! Contract: the targets that still count (not dropped) and how many of them are met (effective
//! status, [`super::target`]), and the plan's actions open past their due date as of `as_of`;
//! all 0 when the account has no plan for the year.

use rusqlite::Connection;
use serde::Serialize;

use super::lifecycle::plan_of_year;
use super::target::tally;
use crate::error::Result;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, specta::Type)]
pub struct PlanProgress {
    pub targets_met: i64,
    pub targets_total: i64,
    pub actions_overdue: i64,
}

/// The progress of the account's plan of `year` (see the module doc).
pub(crate) fn progress(conn: &Connection, account_id: i64, year: i64, as_of: &str) -> Result<PlanProgress> {
    let Some(plan) = plan_of_year(conn, account_id, year)? else {
        return Ok(PlanProgress::default());
    };
    let (targets_total, targets_met) = tally(conn, plan.id)?;
    let actions_overdue = conn.query_row(
        "SELECT count(*) FROM plan_action WHERE plan_id = ?1 AND status = 'open' AND due_on < ?2",
        rusqlite::params![plan.id, as_of],
        |r| r.get(0),
    )?;
    Ok(PlanProgress {
        targets_met,
        targets_total,
        actions_overdue,
    })
}
