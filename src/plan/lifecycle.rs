//! A yearly plan's life: drafted, activated (agreed), closed, or deleted.
//!
//! Contract: an account has at most one plan per year (`year`: `plan_exists`), years
//! 2000..=2100 (`year`: `out_of_range`). [`Db::create_plan`] starts a draft with an empty
//! narrative; when the account has a plan for the year before, its targets still open
//! (effective status, [`super::target`]) come along as new open targets marked carried, their
//! due dates moved into the new year (29 February to 28), an owner who has left or is gone
//! dropped; its open actions come along too, due on the same day of the new year, serving the
//! carried copy of their target ([`super::action::carry_open_actions`]). [`Db::activate_plan`] freezes the status assessment the core drafted
//! ([`super::assessment`]) into the plan and writes version 1 of the targets
//! ([`super::version`]); only a draft can be activated (`status`: `plan_is`). Only an active plan
//! can be closed; closing is allowed with open targets and actions, and
//! [`Db::plan_close_check`] lists them first. A closed plan's narrative and targets are fixed.
//! Deleting a plan takes its actions, cards, reviews, versions and targets with it, as one
//! undoable action. Unknown plans and accounts are `NotFound`.

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

use super::target::{self, PlanTarget, TargetRow};
use crate::account::today_text;
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::person;
use crate::validate;
use crate::vocabulary::{PersonStatus, PlanStatus, Side, TargetStatus};

/// The years a plan can be made for.
pub const YEARS: (i64, i64) = (2000, 2100);

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Plan {
    pub id: i64,
    pub account_id: i64,
    pub year: i64,
    pub status: PlanStatus,
    pub narrative: String,
    /// `YYYY-MM-DD`.
    pub created_on: String,
    pub activated_on: Option<String>,
    pub closed_on: Option<String>,
    /// Targets not dropped.
    pub targets_total: i64,
    /// Of those, the ones met (effective status).
    pub targets_met: i64,
}

/// A plan's own columns, for checks.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlanRow {
    pub id: i64,
    pub account_id: i64,
    pub year: i64,
    pub status: PlanStatus,
    pub narrative: String,
    pub created_on: String,
    pub activated_on: Option<String>,
    pub closed_on: Option<String>,
    /// The frozen assessment (JSON) once active.
    pub assessment: Option<String>,
}

/// An action of the plan's action plan still open when the plan closes.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct OpenAction {
    pub id: i64,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub due_on: String,
}

/// What is still open in a plan, said before it closes.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PlanCloseCheck {
    pub plan_id: i64,
    /// Targets whose effective status is open.
    pub open_targets: Vec<PlanTarget>,
    /// Open actions, by due date.
    pub open_actions: Vec<OpenAction>,
}

const COLUMNS: &str = "id, account_id, year, status, narrative, created_on, activated_on, closed_on, assessment";

fn from_row(row: &Row<'_>) -> rusqlite::Result<PlanRow> {
    Ok(PlanRow {
        id: row.get(0)?,
        account_id: row.get(1)?,
        year: row.get(2)?,
        status: row.get(3)?,
        narrative: row.get(4)?,
        created_on: row.get(5)?,
        activated_on: row.get(6)?,
        closed_on: row.get(7)?,
        assessment: row.get(8)?,
    })
}

pub(crate) fn plan_row(conn: &Connection, id: i64) -> Result<PlanRow> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM plan WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound { entity: "plan", id })
}

/// The account's plan of `year`, if any.
pub(crate) fn plan_of_year(conn: &Connection, account_id: i64, year: i64) -> Result<Option<PlanRow>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM plan WHERE account_id = ?1 AND year = ?2"),
            [account_id, year],
            from_row,
        )
        .optional()?)
}

fn plan(conn: &Connection, row: PlanRow) -> Result<Plan> {
    let (targets_total, targets_met) = target::tally(conn, row.id)?;
    Ok(Plan {
        id: row.id,
        account_id: row.account_id,
        year: row.year,
        status: row.status,
        narrative: row.narrative,
        created_on: row.created_on,
        activated_on: row.activated_on,
        closed_on: row.closed_on,
        targets_total,
        targets_met,
    })
}

pub(crate) fn load(conn: &Connection, id: i64) -> Result<Plan> {
    plan(conn, plan_row(conn, id)?)
}

fn year(value: i64) -> Result<i64> {
    validate::in_range("year", value, YEARS.0, YEARS.1)
}

/// `date` moved into `year`; 29 February becomes the 28th.
fn into_year(date: &str, year: i64) -> Option<String> {
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let year = i32::try_from(year).ok()?;
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// The open targets and actions of the year before's plan, as new ones of `plan_id` (see the
/// module doc); a carried action serves the carried copy of its target.
fn carry_over(w: &mut Writer<'_>, account_id: i64, plan_id: i64, year: i64) -> Result<()> {
    let Some(before) = plan_of_year(w.conn(), account_id, year - 1)? else {
        return Ok(());
    };
    let open: Vec<i64> = target::targets(w.conn(), before.id)?
        .into_iter()
        .filter(|t| t.effective_status == TargetStatus::Open)
        .map(|t| t.id)
        .collect();
    let mut carried = std::collections::HashMap::new();
    for id in open {
        let old = target::load_row(w.conn(), id)?;
        let owner = match old.owner_id {
            Some(owner) => {
                let person = person::load(w.conn(), owner)?;
                (person.side == Side::Ours && person.status != PersonStatus::Left).then_some(owner)
            }
            None => None,
        };
        let row = TargetRow {
            owner_id: owner,
            due_date: old.due_date.as_deref().and_then(|d| into_year(d, year)),
            status: TargetStatus::Open,
            carried: true,
            ..old
        };
        let new = target::insert(w, plan_id, &row)?;
        carried.insert(id, new);
    }
    super::action::carry_open_actions(w, before.id, plan_id, &carried, |d| into_year(d, year))
}

fn open_actions(conn: &Connection, plan_id: i64) -> Result<Vec<OpenAction>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, due_on FROM plan_action WHERE plan_id = ?1 AND status = 'open' ORDER BY due_on, id",
    )?;
    let rows = stmt.query_map([plan_id], |r| {
        Ok(OpenAction {
            id: r.get(0)?,
            title: r.get(1)?,
            due_on: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn delete_all(w: &mut Writer<'_>, table: Table, sql: &str, plan_id: i64) -> Result<()> {
    let ids = {
        let mut stmt = w.conn().prepare_cached(sql)?;
        let rows = stmt.query_map([plan_id], |r| r.get::<_, i64>(0))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    for id in ids {
        w.delete(table, id)?;
    }
    Ok(())
}

/// Deletes a plan and everything in it, inside an open action.
pub(crate) fn delete_in(w: &mut Writer<'_>, plan_id: i64) -> Result<()> {
    super::action::delete_plan_work(w, plan_id)?;
    delete_all(
        w,
        Table::PlanReview,
        "SELECT id FROM plan_review WHERE plan_id = ?1",
        plan_id,
    )?;
    delete_all(
        w,
        Table::PlanVersion,
        "SELECT id FROM plan_version WHERE plan_id = ?1",
        plan_id,
    )?;
    delete_all(
        w,
        Table::PlanTarget,
        "SELECT id FROM plan_target WHERE plan_id = ?1",
        plan_id,
    )?;
    w.delete(Table::Plan, plan_id)
}

/// Fails unless the plan may still change (not closed).
pub(crate) fn editable(plan: &PlanRow) -> Result<()> {
    if plan.status == PlanStatus::Closed {
        return Err(Error::problem("status", Problem::PlanIs { status: plan.status }));
    }
    Ok(())
}

impl Db {
    /// A new draft plan for the account's `year`, carrying over last year's open targets and actions.
    pub fn create_plan(&self, account_id: i64, year: i64) -> Result<Plan> {
        let year = self::year(year)?;
        let id = self.write(ActionLabel::CreatePlan { year }, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            if plan_of_year(w.conn(), account_id, year)?.is_some() {
                return Err(Error::problem("year", Problem::PlanExists { year }));
            }
            let id = w.insert(
                Table::Plan,
                &[
                    ("account_id", &account_id),
                    ("year", &year),
                    ("created_on", &today_text()),
                ],
            )?;
            carry_over(w, account_id, id, year)?;
            Ok(id)
        })?;
        self.plan(id)
    }

    pub fn plan(&self, id: i64) -> Result<Plan> {
        self.read(|conn| load(conn, id))
    }

    /// The account's plan of `year`; None when it has none.
    pub fn get_plan(&self, account_id: i64, year: i64) -> Result<Option<Plan>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            plan_of_year(conn, account_id, year)?
                .map(|row| plan(conn, row))
                .transpose()
        })
    }

    /// The account's plans, the latest year first.
    pub fn list_plans(&self, account_id: i64) -> Result<Vec<Plan>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare(&format!(
                "SELECT {COLUMNS} FROM plan WHERE account_id = ?1 ORDER BY year DESC"
            ))?;
            let rows = stmt
                .query_map([account_id], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter().map(|row| plan(conn, row)).collect()
        })
    }

    pub fn update_plan_narrative(&self, id: i64, narrative: &str) -> Result<Plan> {
        self.write(ActionLabel::EditPlan, |w| {
            editable(&plan_row(w.conn(), id)?)?;
            w.update(Table::Plan, id, &[("narrative", &narrative.trim())])
        })?;
        self.plan(id)
    }

    /// Agrees the draft: freezes its status assessment and writes version 1 of its targets.
    pub fn activate_plan(&self, id: i64) -> Result<Plan> {
        let row = self.read(|conn| plan_row(conn, id))?;
        self.write(ActionLabel::ActivatePlan { year: row.year }, |w| {
            let row = plan_row(w.conn(), id)?;
            if row.status != PlanStatus::Draft {
                return Err(Error::problem("status", Problem::PlanIs { status: row.status }));
            }
            let assessment = super::assessment::live(w.conn(), &row)?;
            let frozen = serde_json::to_string(&assessment).map_err(|e| Error::Journal(e.to_string()))?;
            w.update(
                Table::Plan,
                id,
                &[
                    ("status", &PlanStatus::Active),
                    ("activated_on", &today_text()),
                    ("assessment", &frozen),
                ],
            )?;
            super::version::write_version(w, id, "", &today_text())
        })?;
        self.plan(id)
    }

    /// What is still open in the plan; writes nothing.
    pub fn plan_close_check(&self, id: i64) -> Result<PlanCloseCheck> {
        self.read(|conn| {
            let open_targets = target::targets(conn, id)?
                .into_iter()
                .filter(|t| t.effective_status == TargetStatus::Open)
                .collect();
            Ok(PlanCloseCheck {
                plan_id: id,
                open_targets,
                open_actions: open_actions(conn, id)?,
            })
        })
    }

    /// Closes an active plan, open targets and actions included (see [`Db::plan_close_check`]).
    pub fn close_plan(&self, id: i64) -> Result<Plan> {
        let row = self.read(|conn| plan_row(conn, id))?;
        self.write(ActionLabel::ClosePlan { year: row.year }, |w| {
            let row = plan_row(w.conn(), id)?;
            if row.status != PlanStatus::Active {
                return Err(Error::problem("status", Problem::PlanIs { status: row.status }));
            }
            w.update(
                Table::Plan,
                id,
                &[("status", &PlanStatus::Closed), ("closed_on", &today_text())],
            )
        })?;
        self.plan(id)
    }

    /// Deletes the plan with its targets, versions, reviews, actions and cards.
    pub fn delete_plan(&self, id: i64) -> Result<()> {
        let row = self.read(|conn| plan_row(conn, id))?;
        self.write(ActionLabel::DeletePlan { year: row.year }, |w| delete_in(w, id))
    }
}
