//! Key dates of people and accounts, and what is coming up (`symbio::key_date`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::key_date::{KeyDate, KeyDateUpdate, NewKeyDate};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_key_dates(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<KeyDate>> {
    Ok(ws.db()?.list_key_dates(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_key_date(ws: Ws<'_>, input: NewKeyDate) -> CommandResult<KeyDate> {
    Ok(ws.db()?.create_key_date(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_key_date(ws: Ws<'_>, id: i64, update: KeyDateUpdate) -> CommandResult<KeyDate> {
    Ok(ws.db()?.update_key_date(id, update)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_key_date(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_key_date(id)?)
}
