//! The action plan (行动计划) of a yearly plan: along the information flow, the decision chain
//! and the route of approach — the right person, at the right time, to the right node.
//!
//! Contract: an action belongs to one plan. Its title must not be empty; it is owned by one of
//! **our** staff who has not left (`owner_id`: `not_our_staff`, `has_left`); it concerns any
//! number of the plan's account's customer or third-party people (`people`, each listed once,
//! see [`crate::account::parties`]); it is due on a date within the plan's year (`due_on`:
//! `not_in_year`); it may serve one target of the same plan (`target_id`:
//! `belongs_to_other_plan`). Status: open, done or dropped; **done** needs `done_on` (not after
//! today), the other two refuse it (`not_applicable`). An action is **overdue** while open
//! after its due date. A logged contact can do an action: [`Db::log_contact_for_action`]
//! logs the contact (the contacts log's own checks, [`crate::interaction`]) and marks the open
//! action done on the contact's date with a link to it, as one journal action, so one undo
//! reopens the action and removes the contact. An update keeps that link while the action
//! stays done and drops it otherwise; deleting the contact keeps the action done, unlinked.
//! A closed plan's actions are fixed: adding, changing, deleting or doing one by a contact is
//! refused (`status`: `plan_is`). Deleting the owner keeps the action, ownerless; deleting a concerned person takes them off
//! it; deleting the target keeps the action, serving no target. Lists run by due date, then
//! entry order.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::account::parties::{customer_person, our_person, past_date};
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::interaction::{self, NewInteraction};
use crate::journal::{Table, Writer};
use crate::plan::lifecycle::plan_row;
use crate::validate;
use crate::vocabulary::{vocabulary, PlanStatus};

mod hooks;
mod queries;
pub(crate) use hooks::{carry_open_actions, delete_plan_work, detach_target, unlink_interaction};
pub(crate) use queries::{actions_of_person, agenda_actions, person_actions};

vocabulary!(ActionStatus { Open = "open", Done = "done", Dropped = "dropped" });

/// A customer person an action concerns.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ActionPerson {
    pub person_id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PlanAction {
    pub id: i64,
    pub plan_id: i64,
    pub title: String,
    pub owner_id: Option<i64>,
    pub owner: Option<String>,
    /// `YYYY-MM-DD`, within the plan's year.
    pub due_on: String,
    pub target_id: Option<i64>,
    pub status: ActionStatus,
    pub done_on: Option<String>,
    /// The logged contact that did it.
    pub interaction_id: Option<i64>,
    pub notes: String,
    /// By name.
    pub people: Vec<ActionPerson>,
    /// Open and due before today (the rule the agenda's reminders follow).
    pub overdue: bool,
}

/// Every field of an action; an update replaces them all (the plan stays).
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct PlanActionInput {
    pub title: String,
    pub owner_id: i64,
    /// The customer people it concerns.
    #[serde(default)]
    pub people: Vec<i64>,
    pub due_on: String,
    #[serde(default)]
    pub target_id: Option<i64>,
    #[serde(default = "open")]
    pub status: ActionStatus,
    /// Required when done, refused otherwise.
    #[serde(default)]
    pub done_on: Option<String>,
    #[serde(default)]
    pub notes: String,
}

fn open() -> ActionStatus {
    ActionStatus::Open
}

pub(super) const SELECT: &str = "SELECT a.id, a.plan_id, a.title, a.owner_id, o.name, a.due_on, a.target_id,
        a.status, a.done_on, a.interaction_id, a.notes
    FROM plan_action a LEFT JOIN person o ON o.id = a.owner_id";

pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<PlanAction> {
    let status: ActionStatus = row.get(7)?;
    let due_on: String = row.get(5)?;
    Ok(PlanAction {
        overdue: status == ActionStatus::Open && due_on < crate::account::today_text(),
        id: row.get(0)?,
        plan_id: row.get(1)?,
        title: row.get(2)?,
        owner_id: row.get(3)?,
        owner: row.get(4)?,
        due_on,
        target_id: row.get(6)?,
        status,
        done_on: row.get(8)?,
        interaction_id: row.get(9)?,
        notes: row.get(10)?,
        people: Vec::new(),
    })
}

/// Fills in the people of each action.
pub(super) fn with_people(conn: &Connection, mut list: Vec<PlanAction>) -> Result<Vec<PlanAction>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ap.person_id, p.name FROM plan_action_person ap JOIN person p ON p.id = ap.person_id
         WHERE ap.action_id = ?1 ORDER BY p.name COLLATE NOCASE, p.id",
    )?;
    for action in &mut list {
        let rows = stmt.query_map([action.id], |r| {
            Ok(ActionPerson {
                person_id: r.get(0)?,
                name: r.get(1)?,
            })
        })?;
        action.people = rows.collect::<rusqlite::Result<_>>()?;
    }
    Ok(list)
}

fn load(conn: &Connection, id: i64) -> Result<PlanAction> {
    let action = conn
        .query_row(&format!("{SELECT} WHERE a.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "plan_action",
            id,
        })?;
    with_people(conn, vec![action])?.pop().ok_or(Error::NotFound {
        entity: "plan_action",
        id,
    })
}

/// The plan's account and year.
pub(super) fn plan_scope(conn: &Connection, plan_id: i64) -> Result<(i64, i64)> {
    let plan = plan_row(conn, plan_id)?;
    Ok((plan.account_id, plan.year))
}

/// The plan's account and year, for a change to its actions: a closed plan's are fixed.
fn open_plan(conn: &Connection, plan_id: i64) -> Result<(i64, i64)> {
    let plan = plan_row(conn, plan_id)?;
    if plan.status == PlanStatus::Closed {
        return Err(Error::problem("status", Problem::PlanIs { status: plan.status }));
    }
    Ok((plan.account_id, plan.year))
}

/// The input's values as stored, checked without the database.
struct Checked {
    title: String,
    due_on: String,
    done_on: Option<String>,
    people: Vec<i64>,
}

fn check(input: &PlanActionInput) -> Result<Checked> {
    let title = validate::name("title", &input.title)?;
    let due_on = validate::date("due_on", &input.due_on)?;
    let done_on = match (input.status, input.done_on.as_deref().map(str::trim)) {
        (ActionStatus::Done, None | Some("")) => return Err(Error::problem("done_on", Problem::Missing)),
        (ActionStatus::Done, Some(text)) => Some(past_date("done_on", text)?),
        (_, None | Some("")) => None,
        (_, Some(_)) => return Err(Error::problem("done_on", Problem::NotApplicable)),
    };
    let mut people: Vec<i64> = Vec::with_capacity(input.people.len());
    for id in &input.people {
        if people.contains(id) {
            return Err(Error::problem("people", Problem::ListedTwice));
        }
        people.push(*id);
    }
    Ok(Checked {
        title,
        due_on,
        done_on,
        people,
    })
}

/// Checks what needs the plan: the year, the owner, the people, the target.
fn check_in_plan(conn: &Connection, plan_id: i64, input: &PlanActionInput, c: &Checked) -> Result<()> {
    let (account, year) = open_plan(conn, plan_id)?;
    if !c.due_on.starts_with(&format!("{year:04}-")) {
        return Err(Error::problem(
            "due_on",
            Problem::NotInYear {
                year,
                value: c.due_on.clone(),
            },
        ));
    }
    our_person(conn, input.owner_id, "owner_id")?;
    for person in &c.people {
        customer_person(conn, account, *person, "people")?;
    }
    if let Some(target) = input.target_id {
        let target_plan: i64 = conn
            .query_row("SELECT plan_id FROM plan_target WHERE id = ?1", [target], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound {
                entity: "plan_target",
                id: target,
            })?;
        if target_plan != plan_id {
            return Err(Error::problem("target_id", Problem::BelongsToOtherPlan));
        }
    }
    Ok(())
}

fn person_rows(conn: &Connection, action_id: i64) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare_cached("SELECT id, person_id FROM plan_action_person WHERE action_id = ?1")?;
    let rows = stmt.query_map([action_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Makes the people of `action_id` exactly `people`, touching only what changes.
fn replace_people(w: &mut Writer<'_>, action_id: i64, people: &[i64]) -> Result<()> {
    let current = person_rows(w.conn(), action_id)?;
    for (row, person) in &current {
        if !people.contains(person) {
            w.delete(Table::PlanActionPerson, *row)?;
        }
    }
    for person in people {
        if !current.iter().any(|(_, p)| p == person) {
            w.insert(
                Table::PlanActionPerson,
                &[("action_id", &action_id), ("person_id", person)],
            )?;
        }
    }
    Ok(())
}

impl Db {
    pub fn get_plan_action(&self, id: i64) -> Result<PlanAction> {
        self.read(|conn| load(conn, id))
    }

    pub fn create_plan_action(&self, plan_id: i64, input: PlanActionInput) -> Result<PlanAction> {
        let c = check(&input)?;
        let id = self.write(ActionLabel::AddPlanAction, |w| {
            check_in_plan(w.conn(), plan_id, &input, &c)?;
            let id = w.insert(
                Table::PlanAction,
                &[
                    ("plan_id", &plan_id),
                    ("title", &c.title),
                    ("owner_id", &input.owner_id),
                    ("due_on", &c.due_on),
                    ("target_id", &input.target_id),
                    ("status", &input.status),
                    ("done_on", &c.done_on),
                    ("notes", &input.notes.trim()),
                ],
            )?;
            replace_people(w, id, &c.people)?;
            Ok(id)
        })?;
        self.get_plan_action(id)
    }

    /// Replaces the action's fields; the contact that did it stays linked while it stays done.
    pub fn update_plan_action(&self, id: i64, input: PlanActionInput) -> Result<PlanAction> {
        let c = check(&input)?;
        self.write(ActionLabel::EditPlanAction, |w| {
            let current = load(w.conn(), id)?;
            check_in_plan(w.conn(), current.plan_id, &input, &c)?;
            let interaction = current.interaction_id.filter(|_| input.status == ActionStatus::Done);
            w.update(
                Table::PlanAction,
                id,
                &[
                    ("title", &c.title),
                    ("owner_id", &input.owner_id),
                    ("due_on", &c.due_on),
                    ("target_id", &input.target_id),
                    ("status", &input.status),
                    ("done_on", &c.done_on),
                    ("interaction_id", &interaction),
                    ("notes", &input.notes.trim()),
                ],
            )?;
            replace_people(w, id, &c.people)
        })?;
        self.get_plan_action(id)
    }

    /// Deletes an action with its list of people (the contact that did it stays logged).
    pub fn delete_plan_action(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeletePlanAction, |w| {
            open_plan(w.conn(), load(w.conn(), id)?.plan_id)?;
            for (row, _) in person_rows(w.conn(), id)? {
                w.delete(Table::PlanActionPerson, row)?;
            }
            w.delete(Table::PlanAction, id)
        })
    }

    /// The plan's actions by due date.
    pub fn list_plan_actions(&self, plan_id: i64) -> Result<Vec<PlanAction>> {
        self.read(|conn| {
            plan_scope(conn, plan_id)?;
            let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE a.plan_id = ?1 ORDER BY a.due_on, a.id"))?;
            let list = stmt
                .query_map([plan_id], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            with_people(conn, list)
        })
    }

    /// Logs a contact and marks the open action done by it, on the contact's date, as one
    /// undoable action. The contact must be with the plan's account (`account_id`); an action
    /// already done or dropped is refused (`action_id`: `not_open`).
    pub fn log_contact_for_action(&self, action_id: i64, contact: NewInteraction) -> Result<PlanAction> {
        self.write(ActionLabel::LogContactForAction { kind: contact.kind }, |w| {
            let action = load(w.conn(), action_id)?;
            if action.status != ActionStatus::Open {
                return Err(Error::problem("action_id", Problem::NotOpen));
            }
            let (account, _) = open_plan(w.conn(), action.plan_id)?;
            if contact.account_id != account {
                return Err(Error::problem("account_id", Problem::BelongsToOtherAccount));
            }
            let interaction = interaction::insert(w, &contact)?;
            let done_on: String = w.conn().query_row(
                "SELECT occurred_on FROM interaction WHERE id = ?1",
                params![interaction],
                |r| r.get(0),
            )?;
            w.update(
                Table::PlanAction,
                action_id,
                &[
                    ("status", &ActionStatus::Done),
                    ("done_on", &done_on),
                    ("interaction_id", &interaction),
                ],
            )
        })?;
        self.get_plan_action(action_id)
    }
}

#[cfg(test)]
mod tests;
