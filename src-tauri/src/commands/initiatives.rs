//! Symbiosis initiatives of an account (`symbio::account::initiative`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::account::initiative::{InitiativeInput, SymbiosisInitiative};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_initiatives(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<SymbiosisInitiative>> {
    Ok(ws.db()?.list_initiatives(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_initiative(
    ws: Ws<'_>,
    account_id: i64,
    input: InitiativeInput,
) -> CommandResult<SymbiosisInitiative> {
    Ok(ws.db()?.create_initiative(account_id, input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_initiative(ws: Ws<'_>, id: i64, input: InitiativeInput) -> CommandResult<SymbiosisInitiative> {
    Ok(ws.db()?.update_initiative(id, input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_initiative(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_initiative(id)?)
}
