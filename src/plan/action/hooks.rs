//! Writes that other areas make to the plan's actions, inside their own journal action: a
//! logged contact deleted, a target deleted, a whole plan deleted.

use rusqlite::Connection;

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
