//! The portfolio of all accounts, and closing an account as lost (`symbio::account::portfolio`,
//! `symbio::account::loss`). Each command is a one-statement adapter onto the core method of
//! the same name.

use symbio::account::loss::AccountLoss;
use symbio::account::portfolio::Portfolio;

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn portfolio(ws: Ws<'_>, year: i64) -> CommandResult<Portfolio> {
    Ok(ws.db()?.portfolio(year)?)
}

#[tauri::command]
#[specta::specta]
pub async fn close_account_as_lost(
    ws: Ws<'_>,
    id: i64,
    reason: String,
    lost_on: Option<String>,
) -> CommandResult<AccountLoss> {
    Ok(ws.db()?.close_account_as_lost(id, &reason, lost_on.as_deref())?)
}

#[tauri::command]
#[specta::specta]
pub async fn account_loss(ws: Ws<'_>, id: i64) -> CommandResult<Option<AccountLoss>> {
    Ok(ws.db()?.account_loss(id)?)
}
