//! Accounts: the list, the account itself, its map, lifecycle, tier decisions and history (`symbio::account`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::account::agenda::Agenda;
use symbio::account::competitors::AccountCompetitor;
use symbio::account::history::{RelationshipChange, TierDecisionRecord};
use symbio::account::lifecycle::AccountDeletionImpact;
use symbio::account::{Account, AccountPatch, AccountSummary, NewAccount, TierDecision};
use symbio::map::{AccountMap, MapScreen};

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

/// The account list and the map of the account shown, in one read (the map screen's data).
#[tauri::command]
#[specta::specta]
pub async fn map_screen(ws: Ws<'_>, open: Option<i64>) -> CommandResult<MapScreen> {
    Ok(ws.db()?.map_screen(open)?)
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

#[tauri::command]
#[specta::specta]
pub async fn accounts_named(ws: Ws<'_>, name: String, except: Option<i64>) -> CommandResult<Vec<AccountSummary>> {
    Ok(ws.db()?.accounts_named(&name, except)?)
}

#[tauri::command]
#[specta::specta]
pub async fn archive_account(ws: Ws<'_>, id: i64) -> CommandResult<Account> {
    Ok(ws.db()?.archive_account(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn unarchive_account(ws: Ws<'_>, id: i64) -> CommandResult<Account> {
    Ok(ws.db()?.unarchive_account(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn account_deletion_impact(ws: Ws<'_>, id: i64) -> CommandResult<AccountDeletionImpact> {
    Ok(ws.db()?.account_deletion_impact(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_account(ws: Ws<'_>, id: i64) -> CommandResult<AccountDeletionImpact> {
    Ok(ws.db()?.delete_account(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_sample_account(ws: Ws<'_>) -> CommandResult<Account> {
    Ok(ws.db()?.create_sample_account()?)
}

#[tauri::command]
#[specta::specta]
pub async fn relationship_history(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<RelationshipChange>> {
    Ok(ws.db()?.relationship_history(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn tier_history(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<TierDecisionRecord>> {
    Ok(ws.db()?.tier_history(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_account_competitors(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<AccountCompetitor>> {
    Ok(ws.db()?.list_account_competitors(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn add_account_competitor(ws: Ws<'_>, account_id: i64, name: String) -> CommandResult<AccountCompetitor> {
    Ok(ws.db()?.add_account_competitor(account_id, &name)?)
}

#[tauri::command]
#[specta::specta]
pub async fn agenda(ws: Ws<'_>, account_id: Option<i64>, days: Option<i64>) -> CommandResult<Agenda> {
    Ok(ws.db()?.agenda(account_id, days)?)
}
