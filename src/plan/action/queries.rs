//! Reads of the plan's actions that other areas make: the agenda, job-change impact and the
//! expansion card. Only **open** actions of plans not closed count as
//! pending work; dates compare as ISO text.

use rusqlite::{params, Connection};

use super::{from_row, with_people, PlanAction, SELECT};
use crate::error::Result;

/// Open actions of plans not closed, due on or before `until`, of one account or all:
/// (the action, its plan's account), by due date.
pub(crate) fn agenda_actions(
    conn: &Connection,
    account_id: Option<i64>,
    until: &str,
) -> Result<Vec<(PlanAction, i64)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} JOIN plan pl ON pl.id = a.plan_id
         WHERE a.status = 'open' AND pl.status <> 'closed' AND a.due_on <= ?2
           AND (?1 IS NULL OR pl.account_id = ?1)
         ORDER BY a.due_on, a.id"
    ))?;
    let list = stmt
        .query_map(params![account_id, until], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut account = conn.prepare_cached("SELECT account_id FROM plan WHERE id = ?1")?;
    let mut out = Vec::with_capacity(list.len());
    for action in with_people(conn, list)? {
        let id: i64 = account.query_row([action.plan_id], |r| r.get(0))?;
        out.push((action, id));
    }
    Ok(out)
}

/// The open actions of plans not closed that depend on a person: owned by them or
/// concerning them; by due date.
pub(crate) fn actions_of_person(conn: &Connection, person_id: i64) -> Result<Vec<PlanAction>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} JOIN plan pl ON pl.id = a.plan_id
         WHERE a.status = 'open' AND pl.status <> 'closed'
           AND (a.owner_id = ?1 OR EXISTS (SELECT 1 FROM plan_action_person ap
                                           WHERE ap.action_id = a.id AND ap.person_id = ?1))
         ORDER BY a.due_on, a.id"
    ))?;
    let list = stmt
        .query_map([person_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    with_people(conn, list)
}

/// The plan's open actions concerning a person, by due date.
pub(crate) fn person_actions(conn: &Connection, plan_id: i64, person_id: i64) -> Result<Vec<PlanAction>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} JOIN plan_action_person ap ON ap.action_id = a.id
         WHERE a.plan_id = ?1 AND ap.person_id = ?2 AND a.status = 'open'
         ORDER BY a.due_on, a.id"
    ))?;
    let list = stmt
        .query_map(params![plan_id, person_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    with_people(conn, list)
}
