//! The contact log: meetings, calls, visits with their participants (`symbio::interaction`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::interaction::{Interaction, InteractionPatch, NewInteraction};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_interactions(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<Interaction>> {
    Ok(ws.db()?.list_interactions(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_interaction(ws: Ws<'_>, input: NewInteraction) -> CommandResult<Interaction> {
    Ok(ws.db()?.create_interaction(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_interaction(ws: Ws<'_>, id: i64, patch: InteractionPatch) -> CommandResult<Interaction> {
    Ok(ws.db()?.update_interaction(id, patch)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_interaction(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_interaction(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_person_interactions(ws: Ws<'_>, person_id: i64) -> CommandResult<Vec<Interaction>> {
    Ok(ws.db()?.list_person_interactions(person_id)?)
}
