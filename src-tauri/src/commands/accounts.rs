use symbio::account::{Account, AccountPatch, AccountSummary, NewAccount, TierDecision};
use symbio::map::AccountMap;

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_accounts(ws: Ws<'_>) -> CommandResult<Vec<AccountSummary>> {
    Ok(ws.db()?.list_accounts()?)
}

#[tauri::command]
#[specta::specta]
pub async fn get_account(ws: Ws<'_>, id: i64) -> CommandResult<Account> {
    Ok(ws.db()?.get_account(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn get_account_map(ws: Ws<'_>, account_id: i64) -> CommandResult<AccountMap> {
    Ok(ws.db()?.get_account_map(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_account(ws: Ws<'_>, input: NewAccount) -> CommandResult<Account> {
    Ok(ws.db()?.create_account(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_account(ws: Ws<'_>, id: i64, patch: AccountPatch) -> CommandResult<Account> {
    Ok(ws.db()?.update_account(id, patch)?)
}

#[tauri::command]
#[specta::specta]
pub async fn decide_tier(ws: Ws<'_>, id: i64, decision: TierDecision) -> CommandResult<Account> {
    Ok(ws.db()?.decide_tier(id, decision)?)
}
