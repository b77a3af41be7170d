//! Attitude and influence observations and decision roles (`symbio::assessment`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::assessment::{AssessmentEvent, DecisionRoleEntry, NewAssessment, NewDecisionRole, Scale};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn assess(ws: Ws<'_>, scale: Scale, input: NewAssessment) -> CommandResult<AssessmentEvent> {
    Ok(ws.db()?.assess(scale, input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn assessment_history(ws: Ws<'_>, scale: Scale, person_id: i64) -> CommandResult<Vec<AssessmentEvent>> {
    Ok(ws.db()?.assessment_history(scale, person_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn add_decision_role(ws: Ws<'_>, input: NewDecisionRole) -> CommandResult<DecisionRoleEntry> {
    Ok(ws.db()?.add_decision_role(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn remove_decision_role(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.remove_decision_role(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_decision_roles(ws: Ws<'_>, person_id: i64) -> CommandResult<Vec<DecisionRoleEntry>> {
    Ok(ws.db()?.list_decision_roles(person_id)?)
}
