//! Versions of a plan's targets: version 1 as agreed at activation, one more at each
//! adjustment (the half-yearly one, or whenever the plan changes course), with the reason.
//!
//! Contract: a version keeps the targets as they stood (their stored fields and manual status),
//! numbered 1, 2, … per plan; earlier versions are never changed. [`Db::adjust_plan`] needs an
//! active plan (`status`: `plan_is`) and a reason (`reason`: `empty`).
//! [`Db::compare_plan_versions`] says, from version `a` to version `b`, which targets were
//! added, which dropped (gone, or marked dropped), and which moved: a changed due date, to-value,
//! ladder level, measure, title, owner or status, each with before and after. An unknown
//! version number is `NotFound` (entity `plan_version`, id the number).

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::lifecycle::plan_row;
use super::target::{self, TargetRow};
use crate::account::today_text;
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::validate;
use crate::vocabulary::{PlanStatus, PlanTargetKind, RelationshipLevel, TargetStatus};

/// One target as a version keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct TargetSnapshot {
    pub target_id: i64,
    pub kind: PlanTargetKind,
    pub title: String,
    pub measure: String,
    pub owner_id: Option<i64>,
    pub person_id: Option<i64>,
    pub from_value: Option<f64>,
    pub to_value: Option<f64>,
    pub to_level: Option<RelationshipLevel>,
    pub due_date: Option<String>,
    pub status: TargetStatus,
}

impl From<TargetRow> for TargetSnapshot {
    fn from(row: TargetRow) -> Self {
        Self {
            target_id: row.id,
            kind: row.kind,
            title: row.title,
            measure: row.measure,
            owner_id: row.owner_id,
            person_id: row.person_id,
            from_value: row.from_value,
            to_value: row.to_value,
            to_level: row.to_level,
            due_date: row.due_date,
            status: row.status,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PlanVersion {
    pub id: i64,
    pub plan_id: i64,
    pub number: i64,
    /// Empty for version 1 (the activation).
    pub reason: String,
    pub created_on: String,
    pub targets: Vec<TargetSnapshot>,
}

/// A target that changed between two versions.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TargetMove {
    pub target_id: i64,
    pub before: TargetSnapshot,
    pub after: TargetSnapshot,
    /// What changed: `due_date`, `to_value`, `to_level`, `measure`, `title`, `owner_id`, `status`.
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PlanVersionComparison {
    pub plan_id: i64,
    pub a: i64,
    pub b: i64,
    pub added: Vec<TargetSnapshot>,
    pub dropped: Vec<TargetSnapshot>,
    pub moved: Vec<TargetMove>,
}

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, i64, i64, String, String, String)> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
    ))
}

fn version(raw: (i64, i64, i64, String, String, String)) -> Result<PlanVersion> {
    let (id, plan_id, number, reason, created_on, targets) = raw;
    let targets = serde_json::from_str(&targets).map_err(|e| Error::Journal(format!("plan version: {e}")))?;
    Ok(PlanVersion {
        id,
        plan_id,
        number,
        reason,
        created_on,
        targets,
    })
}

const SELECT: &str = "SELECT id, plan_id, number, reason, created_on, targets FROM plan_version";

fn versions(conn: &Connection, plan_id: i64) -> Result<Vec<PlanVersion>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE plan_id = ?1 ORDER BY number"))?;
    let raw = stmt
        .query_map([plan_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    raw.into_iter().map(version).collect()
}

fn numbered(conn: &Connection, plan_id: i64, number: i64) -> Result<PlanVersion> {
    let raw = conn
        .query_row(
            &format!("{SELECT} WHERE plan_id = ?1 AND number = ?2"),
            params![plan_id, number],
            from_row,
        )
        .optional()?
        .ok_or(Error::NotFound {
            entity: "plan_version",
            id: number,
        })?;
    version(raw)
}

fn next_number(conn: &Connection, plan_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT ifnull(max(number), 0) + 1 FROM plan_version WHERE plan_id = ?1",
        [plan_id],
        |r| r.get(0),
    )?)
}

/// Writes the next version of the plan's targets as they stand, dated `on`; returns its number.
pub(crate) fn write_version(w: &mut Writer<'_>, plan_id: i64, reason: &str, on: &str) -> Result<i64> {
    let number = next_number(w.conn(), plan_id)?;
    let targets: Vec<TargetSnapshot> = target::rows(w.conn(), plan_id)?
        .into_iter()
        .map(TargetSnapshot::from)
        .collect();
    let json = serde_json::to_string(&targets).map_err(|e| Error::Journal(e.to_string()))?;
    w.insert(
        Table::PlanVersion,
        &[
            ("plan_id", &plan_id),
            ("number", &number),
            ("reason", &reason),
            ("created_on", &on),
            ("targets", &json),
        ],
    )?;
    Ok(number)
}

/// The fields that differ between two snapshots of one target.
fn changed(before: &TargetSnapshot, after: &TargetSnapshot) -> Vec<String> {
    let mut fields = Vec::new();
    let mut note = |differs: bool, name: &str| {
        if differs {
            fields.push(name.to_owned());
        }
    };
    note(before.due_date != after.due_date, "due_date");
    note(before.to_value != after.to_value, "to_value");
    note(before.to_level != after.to_level, "to_level");
    note(before.measure != after.measure, "measure");
    note(before.title != after.title, "title");
    note(before.owner_id != after.owner_id, "owner_id");
    note(before.status != after.status, "status");
    fields
}

pub(crate) fn compare(plan_id: i64, a: &PlanVersion, b: &PlanVersion) -> PlanVersionComparison {
    let live = |t: &TargetSnapshot| t.status != TargetStatus::Dropped;
    let find = |list: &[TargetSnapshot], id: i64| list.iter().find(|t| t.target_id == id).cloned();
    let mut out = PlanVersionComparison {
        plan_id,
        a: a.number,
        b: b.number,
        added: Vec::new(),
        dropped: Vec::new(),
        moved: Vec::new(),
    };
    for after in &b.targets {
        match find(&a.targets, after.target_id) {
            None if live(after) => out.added.push(after.clone()),
            None => {}
            Some(before) if live(&before) && !live(after) => out.dropped.push(before),
            Some(before) => {
                let fields = changed(&before, after);
                if !fields.is_empty() && live(after) {
                    out.moved.push(TargetMove {
                        target_id: after.target_id,
                        before,
                        after: after.clone(),
                        fields,
                    });
                }
            }
        }
    }
    for before in a.targets.iter().filter(|t| live(t)) {
        if find(&b.targets, before.target_id).is_none() {
            out.dropped.push(before.clone());
        }
    }
    out
}

impl Db {
    /// Records a new version of the active plan's targets, with the reason for the change.
    pub fn adjust_plan(&self, plan_id: i64, reason: &str) -> Result<PlanVersion> {
        let reason = validate::non_empty("reason", reason)?;
        let number = self.read(|conn| next_number(conn, plan_id))?;
        self.write(ActionLabel::AdjustPlan { version: number }, |w| {
            let plan = plan_row(w.conn(), plan_id)?;
            if plan.status != PlanStatus::Active {
                return Err(Error::problem("status", Problem::PlanIs { status: plan.status }));
            }
            write_version(w, plan_id, &reason, &today_text())
        })?;
        self.read(|conn| numbered(conn, plan_id, number))
    }

    /// The plan's versions, oldest first.
    pub fn list_plan_versions(&self, plan_id: i64) -> Result<Vec<PlanVersion>> {
        self.read(|conn| {
            plan_row(conn, plan_id)?;
            versions(conn, plan_id)
        })
    }

    /// What changed in the targets from version `a` to version `b` (numbers).
    pub fn compare_plan_versions(&self, plan_id: i64, a: i64, b: i64) -> Result<PlanVersionComparison> {
        self.read(|conn| {
            plan_row(conn, plan_id)?;
            Ok(compare(
                plan_id,
                &numbered(conn, plan_id, a)?,
                &numbered(conn, plan_id, b)?,
            ))
        })
    }
}
