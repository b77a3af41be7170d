//! The target task book (目标任务书) of a yearly plan: what we aim for, who owns it, by when.
//!
//! Contract: a target belongs to one plan; its `title` must not be empty (`empty`); market
//! kinds (foothold, share of wallet, profit, displacing a competitor) need a `measure` too.
//! Its **owner** is one of our own staff who has not left (`owner_id`: `missing`,
//! `not_our_staff` — a customer person or another account's person —, `has_left`). Kinds about
//! one person (attitude, B owner, sponsor, second channel) name a customer or third-party person
//! of the plan's account (`person_id`: `missing`, `belongs_to_other_account`,
//! `not_customer_side`); the other kinds refuse one (`not_applicable`). Numbers: an attitude
//! target goes to `to_value` in -3..+3 (`missing`, `out_of_range`), from `from_value` (the
//! person's current attitude when not given) and must rise (`to_value`: `not_above`); a share of
//! wallet runs 0..1 like the account's; a profit target is any finite number; the other kinds
//! take no numbers (`not_applicable`). A ladder target names `to_level` (`missing`), the others
//! refuse it. A `due_date` lies in the plan's year (`not_a_date`, `not_in_year`). A closed
//! plan's targets are fixed (`status`: `plan_is`).
//!
//! **Effective status**: a target the user marked dropped or missed stays so (manual). Otherwise
//! the data judges every relationship kind (computed: met or open) — an attitude target is met
//! once the person's current attitude reaches `to_value`, a B-owner or sponsor target once a
//! B-owner or sponsor coverage tie from one of our staff who has not left reaches the person, a
//! second-channel target once the person has two stable, independent information channels
//! (counted as coverage counts them, [`crate::brain::coverage`]), a ladder target once the
//! account's relationship level reaches `to_level`; a market target is what the user set
//! (manual). [`StatusSource`] says which. Deleting a target lets the actions serving it serve
//! none. Lists run by kind (market first), then entry order.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::lifecycle::plan_row;
use crate::action_label::ActionLabel;
use crate::brain::{person_ref, PersonRef, PERSON_REF};
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::vocabulary::{PlanStatus, PlanTargetKind, RelationshipLevel, TargetStatus};

mod check;
mod status;

use check::{check, refuse, Fields};
use status::{computed, effective, facts};

/// Independent channels a second-channel target asks for.
pub const CHANNELS_FOR_SECOND: i64 = 2;

/// Who decided a target's effective status: the data, or the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum StatusSource {
    Computed,
    Manual,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PlanTarget {
    pub id: i64,
    pub plan_id: i64,
    pub kind: PlanTargetKind,
    pub title: String,
    pub measure: String,
    /// One of our staff; None once the owner was deleted.
    pub owner: Option<PersonRef>,
    /// The customer person a person kind is about.
    pub person: Option<PersonRef>,
    pub from_value: Option<f64>,
    pub to_value: Option<f64>,
    pub to_level: Option<RelationshipLevel>,
    pub due_date: Option<String>,
    /// The status the user set.
    pub status: TargetStatus,
    /// The status that counts (see the module doc).
    pub effective_status: TargetStatus,
    pub status_source: StatusSource,
    /// What the data says now: the person's attitude (attitude), their stable channels
    /// (second channel); None for the other kinds.
    pub current_value: Option<f64>,
    /// The account's relationship level now (ladder kind only).
    pub current_level: Option<RelationshipLevel>,
    /// Carried over, open, from the year before's plan.
    pub carried: bool,
    pub notes: String,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewPlanTarget {
    pub plan_id: i64,
    pub kind: PlanTargetKind,
    pub title: String,
    #[serde(default)]
    pub measure: String,
    #[serde(default)]
    pub owner_id: Option<i64>,
    #[serde(default)]
    pub person_id: Option<i64>,
    #[serde(default)]
    pub from_value: Option<f64>,
    #[serde(default)]
    pub to_value: Option<f64>,
    #[serde(default)]
    pub to_level: Option<RelationshipLevel>,
    #[serde(default)]
    pub due_date: Option<String>,
    #[serde(default)]
    pub notes: String,
}

/// The new content of a target; replaces the old one entirely (plan and kind stay).
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct PlanTargetUpdate {
    pub title: String,
    #[serde(default)]
    pub measure: String,
    #[serde(default)]
    pub owner_id: Option<i64>,
    #[serde(default)]
    pub person_id: Option<i64>,
    #[serde(default)]
    pub from_value: Option<f64>,
    #[serde(default)]
    pub to_value: Option<f64>,
    #[serde(default)]
    pub to_level: Option<RelationshipLevel>,
    #[serde(default)]
    pub due_date: Option<String>,
    pub status: TargetStatus,
    #[serde(default)]
    pub notes: String,
}

impl NewPlanTarget {
    /// A target of `kind` titled `title`, owned by `owner_id`, with everything else empty.
    pub fn new(plan_id: i64, kind: PlanTargetKind, title: &str, owner_id: i64) -> Self {
        Self {
            plan_id,
            kind,
            title: title.to_owned(),
            measure: String::new(),
            owner_id: Some(owner_id),
            person_id: None,
            from_value: None,
            to_value: None,
            to_level: None,
            due_date: None,
            notes: String::new(),
        }
    }
}

/// A target as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct TargetRow {
    pub id: i64,
    pub plan_id: i64,
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
    pub carried: bool,
    pub notes: String,
}

const COLUMNS: &str = "id, plan_id, kind, title, measure, owner_id, person_id, from_value, to_value, to_level, \
                       due_date, status, carried, notes";

/// Market kinds first, then the relationship kinds, each in entry order.
const ORDER: &str = "CASE kind WHEN 'foothold' THEN 0 WHEN 'share_of_wallet' THEN 1 WHEN 'profit' THEN 2
    WHEN 'displace_competitor' THEN 3 WHEN 'attitude' THEN 4 WHEN 'b_owner' THEN 5 WHEN 'sponsor' THEN 6
    WHEN 'second_channel' THEN 7 ELSE 8 END, id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<TargetRow> {
    Ok(TargetRow {
        id: row.get(0)?,
        plan_id: row.get(1)?,
        kind: row.get(2)?,
        title: row.get(3)?,
        measure: row.get(4)?,
        owner_id: row.get(5)?,
        person_id: row.get(6)?,
        from_value: row.get(7)?,
        to_value: row.get(8)?,
        to_level: row.get(9)?,
        due_date: row.get(10)?,
        status: row.get(11)?,
        carried: row.get(12)?,
        notes: row.get(13)?,
    })
}

pub(crate) fn load_row(conn: &Connection, id: i64) -> Result<TargetRow> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM plan_target WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "plan_target",
        id,
    })
}

/// A plan's targets as stored, in list order.
pub(crate) fn rows(conn: &Connection, plan_id: i64) -> Result<Vec<TargetRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM plan_target WHERE plan_id = ?1 ORDER BY {ORDER}"
    ))?;
    let rows = stmt.query_map([plan_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn person(conn: &Connection, id: Option<i64>) -> Result<Option<PersonRef>> {
    let Some(id) = id else { return Ok(None) };
    let mut stmt = conn.prepare_cached(&format!("SELECT {PERSON_REF} FROM person p WHERE p.id = ?1"))?;
    Ok(stmt.query_row([id], |r| person_ref(r, 0)).optional()?)
}

/// The targets of one account's plans with their effective status.
pub(crate) fn evaluate(conn: &Connection, account_id: i64, rows: Vec<TargetRow>) -> Result<Vec<PlanTarget>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let facts = facts(conn, account_id)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let (met, current_value, current_level) = computed(&row, &facts);
        let (effective_status, status_source) = effective(row.kind, row.status, met);
        out.push(PlanTarget {
            owner: person(conn, row.owner_id)?,
            person: person(conn, row.person_id)?,
            id: row.id,
            plan_id: row.plan_id,
            kind: row.kind,
            title: row.title,
            measure: row.measure,
            from_value: row.from_value,
            to_value: row.to_value,
            to_level: row.to_level,
            due_date: row.due_date,
            status: row.status,
            effective_status,
            status_source,
            current_value,
            current_level,
            carried: row.carried,
            notes: row.notes,
        });
    }
    Ok(out)
}

/// A plan's targets with their effective status, in list order.
pub(crate) fn targets(conn: &Connection, plan_id: i64) -> Result<Vec<PlanTarget>> {
    let plan = plan_row(conn, plan_id)?;
    evaluate(conn, plan.account_id, rows(conn, plan_id)?)
}

/// A plan's targets about one person (the expansion card's goals).
pub(crate) fn person_targets(conn: &Connection, plan_id: i64, person_id: i64) -> Result<Vec<PlanTarget>> {
    Ok(targets(conn, plan_id)?
        .into_iter()
        .filter(|t| t.person.as_ref().is_some_and(|p| p.id == person_id))
        .collect())
}

/// One target with its effective status.
fn get(conn: &Connection, id: i64) -> Result<PlanTarget> {
    let row = load_row(conn, id)?;
    let plan = plan_row(conn, row.plan_id)?;
    evaluate(conn, plan.account_id, vec![row])?
        .pop()
        .ok_or(Error::NotFound {
            entity: "plan_target",
            id,
        })
}

/// Inserts a target row as it is (already checked, or copied from a checked one).
pub(crate) fn insert(w: &mut Writer<'_>, plan_id: i64, row: &TargetRow) -> Result<i64> {
    w.insert(
        Table::PlanTarget,
        &[
            ("plan_id", &plan_id),
            ("kind", &row.kind),
            ("title", &row.title),
            ("measure", &row.measure),
            ("owner_id", &row.owner_id),
            ("person_id", &row.person_id),
            ("from_value", &row.from_value),
            ("to_value", &row.to_value),
            ("to_level", &row.to_level),
            ("due_date", &row.due_date),
            ("status", &row.status),
            ("carried", &row.carried),
            ("notes", &row.notes),
        ],
    )
}

/// Deletes a target; the actions serving it serve none.
pub(crate) fn delete(w: &mut Writer<'_>, id: i64) -> Result<()> {
    super::action::detach_target(w, id)?;
    w.delete(Table::PlanTarget, id)
}

impl Db {
    /// The plan's targets with their effective status, market targets first.
    pub fn list_plan_targets(&self, plan_id: i64) -> Result<Vec<PlanTarget>> {
        self.read(|conn| targets(conn, plan_id))
    }

    pub fn add_plan_target(&self, input: NewPlanTarget) -> Result<PlanTarget> {
        let id = self.write(ActionLabel::AddPlanTarget, |w| {
            let plan = plan_row(w.conn(), input.plan_id)?;
            let fields = Fields {
                kind: input.kind,
                title: &input.title,
                measure: &input.measure,
                owner_id: input.owner_id,
                person_id: input.person_id,
                from_value: input.from_value,
                to_value: input.to_value,
                to_level: input.to_level,
                due_date: input.due_date.as_deref(),
            };
            let c = check(w.conn(), &plan, &fields)?;
            let row = TargetRow {
                id: 0,
                plan_id: plan.id,
                kind: input.kind,
                title: c.title,
                measure: c.measure,
                owner_id: input.owner_id,
                person_id: input.person_id,
                from_value: c.from_value,
                to_value: c.to_value,
                to_level: input.to_level,
                due_date: c.due_date,
                status: TargetStatus::Open,
                carried: false,
                notes: input.notes.trim().to_owned(),
            };
            insert(w, plan.id, &row)
        })?;
        self.read(|conn| get(conn, id))
    }

    pub fn update_plan_target(&self, id: i64, update: PlanTargetUpdate) -> Result<PlanTarget> {
        self.write(ActionLabel::EditPlanTarget, |w| {
            let current = load_row(w.conn(), id)?;
            let plan = plan_row(w.conn(), current.plan_id)?;
            let fields = Fields {
                kind: current.kind,
                title: &update.title,
                measure: &update.measure,
                owner_id: update.owner_id,
                person_id: update.person_id,
                from_value: update.from_value,
                to_value: update.to_value,
                to_level: update.to_level,
                due_date: update.due_date.as_deref(),
            };
            let c = check(w.conn(), &plan, &fields)?;
            w.update(
                Table::PlanTarget,
                id,
                &[
                    ("title", &c.title),
                    ("measure", &c.measure),
                    ("owner_id", &update.owner_id),
                    ("person_id", &update.person_id),
                    ("from_value", &c.from_value),
                    ("to_value", &c.to_value),
                    ("to_level", &update.to_level),
                    ("due_date", &c.due_date),
                    ("status", &update.status),
                    ("notes", &update.notes.trim()),
                ],
            )
        })?;
        self.read(|conn| get(conn, id))
    }

    pub fn delete_plan_target(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeletePlanTarget, |w| {
            let row = load_row(w.conn(), id)?;
            let plan = plan_row(w.conn(), row.plan_id)?;
            if plan.status == PlanStatus::Closed {
                return refuse("status", Problem::PlanIs { status: plan.status });
            }
            delete(w, id)
        })
    }
}

/// Ids of the plan's targets whose effective status is met (what a review remembers).
pub(crate) fn met_ids(targets: &[PlanTarget]) -> Vec<i64> {
    targets
        .iter()
        .filter(|t| t.effective_status == TargetStatus::Met)
        .map(|t| t.id)
        .collect()
}

/// The targets of `plan_id` that still count (not dropped) and how many of them are met.
pub(crate) fn tally(conn: &Connection, plan_id: i64) -> Result<(i64, i64)> {
    let list = targets(conn, plan_id)?;
    let counted = list
        .iter()
        .filter(|t| t.effective_status != TargetStatus::Dropped)
        .count();
    Ok((counted as i64, met_ids(&list).len() as i64))
}
