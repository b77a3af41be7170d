//! Writes that other areas make to the plan's actions, inside their own journal action: a
//! logged contact deleted, a target deleted, a whole plan deleted, a new year's plan carrying
//! the open actions of the year before.

use std::collections::HashMap;

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::journal::{Table, Writer};

/// Drops the link of every action a deleted contact did; they stay done.
pub(crate) fn unlink_interaction(w: &mut Writer<'_>, interaction_id: i64) -> Result<()> {
    let actions = ids(
        w.conn(),
        "SELECT id FROM plan_action WHERE interaction_id = ?1",
        interaction_id,
    )?;
    for action in actions {
        w.update(Table::PlanAction, action, &[("interaction_id", &None::<i64>)])?;
    }
    Ok(())
}

/// Copies the open actions of plan `from` into plan `to` (the next year's), each due on the same
/// day of `year`, serving the carried copy of its target (`targets`: old id → new id) and
/// concerning those of its people still with the customer; an owner who has left is dropped.
pub(crate) fn carry_open_actions(
    w: &mut Writer<'_>,
    from: i64,
    to: i64,
    targets: &HashMap<i64, i64>,
    moved: impl Fn(&str) -> Option<String>,
) -> Result<()> {
    type Open = (i64, String, Option<i64>, String, Option<i64>, String);
    let open: Vec<Open> = {
        let mut stmt = w.conn().prepare(
            "SELECT a.id, a.title, CASE WHEN o.status = 'left' THEN NULL ELSE a.owner_id END, a.due_on,
                    a.target_id, a.notes
             FROM plan_action a LEFT JOIN person o ON o.id = a.owner_id
             WHERE a.plan_id = ?1 AND a.status = 'open' ORDER BY a.due_on, a.id",
        )?;
        let rows = stmt.query_map(params![from], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (id, title, owner, due_on, target, notes) in open {
        let Some(due_on) = moved(&due_on) else { continue };
        let target = target.and_then(|t| targets.get(&t).copied());
        let action = w.insert(
            Table::PlanAction,
            &[
                ("plan_id", &to),
                ("title", &title),
                ("owner_id", &owner),
                ("due_on", &due_on),
                ("target_id", &target),
                ("status", &"open"),
                ("notes", &notes),
            ],
        )?;
        let people = ids(
            w.conn(),
            "SELECT ap.person_id FROM plan_action_person ap JOIN person p ON p.id = ap.person_id
             WHERE ap.action_id = ?1 AND p.status = 'active' ORDER BY ap.id",
            id,
        )?;
        for person in people {
            w.insert(
                Table::PlanActionPerson,
                &[("action_id", &action), ("person_id", &person)],
            )?;
        }
    }
    Ok(())
}

/// Lets the actions serving a target that is being deleted serve none.
pub(crate) fn detach_target(w: &mut Writer<'_>, target_id: i64) -> Result<()> {
    let actions = ids(w.conn(), "SELECT id FROM plan_action WHERE target_id = ?1", target_id)?;
    for action in actions {
        w.update(Table::PlanAction, action, &[("target_id", &None::<i64>)])?;
    }
    Ok(())
}

/// Deletes a plan's actions (with their people) and expansion cards, before the plan itself.
pub(crate) fn delete_plan_work(w: &mut Writer<'_>, plan_id: i64) -> Result<()> {
    let people = ids(
        w.conn(),
        "SELECT ap.id FROM plan_action_person ap JOIN plan_action a ON a.id = ap.action_id WHERE a.plan_id = ?1",
        plan_id,
    )?;
    for row in people {
        w.delete(Table::PlanActionPerson, row)?;
    }
    for action in ids(w.conn(), "SELECT id FROM plan_action WHERE plan_id = ?1", plan_id)? {
        w.delete(Table::PlanAction, action)?;
    }
    for card in ids(w.conn(), "SELECT id FROM plan_card WHERE plan_id = ?1", plan_id)? {
        w.delete(Table::PlanCard, card)?;
    }
    Ok(())
}

fn ids(conn: &Connection, sql: &str, id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
