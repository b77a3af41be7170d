use symbio::opportunity::{NewOpportunity, Opportunity};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_opportunities(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<Opportunity>> {
    Ok(ws.db()?.list_opportunities(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_opportunity(ws: Ws<'_>, input: NewOpportunity) -> CommandResult<Opportunity> {
    Ok(ws.db()?.create_opportunity(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn rename_opportunity(ws: Ws<'_>, id: i64, name: String) -> CommandResult<Opportunity> {
    Ok(ws.db()?.rename_opportunity(id, &name)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_opportunity(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_opportunity(id)?)
}
