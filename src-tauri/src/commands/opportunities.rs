//! Deals (opportunities) of an account (`symbio::opportunity`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::opportunity::{DealChainMember, DealOutcome, NewOpportunity, Opportunity, OpportunityPatch};

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
pub async fn delete_opportunity(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_opportunity(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_opportunity(ws: Ws<'_>, id: i64, patch: OpportunityPatch) -> CommandResult<Opportunity> {
    Ok(ws.db()?.update_opportunity(id, patch)?)
}

#[tauri::command]
#[specta::specta]
pub async fn close_opportunity(
    ws: Ws<'_>,
    id: i64,
    outcome: DealOutcome,
    closed_on: String,
) -> CommandResult<Opportunity> {
    Ok(ws.db()?.close_opportunity(id, outcome, &closed_on)?)
}

#[tauri::command]
#[specta::specta]
pub async fn reopen_opportunity(ws: Ws<'_>, id: i64) -> CommandResult<Opportunity> {
    Ok(ws.db()?.reopen_opportunity(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn deal_chain(ws: Ws<'_>, id: i64) -> CommandResult<Vec<DealChainMember>> {
    Ok(ws.db()?.deal_chain(id)?)
}
