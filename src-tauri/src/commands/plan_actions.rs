//! The action plan of a yearly plan and the key-contact expansion card (`symbio::plan::action`,
//! `symbio::plan::card`). Each command is a one-statement adapter onto the core method of the
//! same name.

use symbio::interaction::NewInteraction;
use symbio::plan::action::{PlanAction, PlanActionInput};
use symbio::plan::card::{CardText, ExpansionCard};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_plan_actions(ws: Ws<'_>, plan_id: i64) -> CommandResult<Vec<PlanAction>> {
    Ok(ws.db()?.list_plan_actions(plan_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_plan_action(ws: Ws<'_>, plan_id: i64, input: PlanActionInput) -> CommandResult<PlanAction> {
    Ok(ws.db()?.create_plan_action(plan_id, input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_plan_action(ws: Ws<'_>, id: i64, input: PlanActionInput) -> CommandResult<PlanAction> {
    Ok(ws.db()?.update_plan_action(id, input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_plan_action(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_plan_action(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn log_contact_for_action(ws: Ws<'_>, action_id: i64, contact: NewInteraction) -> CommandResult<PlanAction> {
    Ok(ws.db()?.log_contact_for_action(action_id, contact)?)
}

#[tauri::command]
#[specta::specta]
pub async fn expansion_card(ws: Ws<'_>, plan_id: i64, person_id: i64) -> CommandResult<ExpansionCard> {
    Ok(ws.db()?.expansion_card(plan_id, person_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_expansion_card(
    ws: Ws<'_>,
    plan_id: i64,
    person_id: i64,
    text: CardText,
) -> CommandResult<ExpansionCard> {
    Ok(ws.db()?.update_expansion_card(plan_id, person_id, text)?)
}
