//! Forgetting a person or a personal profile for good, and the journal retention setting
//! (`symbio::forget`). Each command is a one-statement adapter onto the core method of the
//! same name.

use symbio::forget::JournalRetention;
use symbio::journal::ChangeSet;

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn forget_person(ws: Ws<'_>, person_id: i64) -> CommandResult<ChangeSet> {
    Ok(ws.db()?.forget_person(person_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn clear_profile(ws: Ws<'_>, person_id: i64) -> CommandResult<ChangeSet> {
    Ok(ws.db()?.clear_profile(person_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn journal_retention(ws: Ws<'_>) -> CommandResult<JournalRetention> {
    Ok(ws.db()?.journal_retention()?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_journal_retention(ws: Ws<'_>, days: i64) -> CommandResult<JournalRetention> {
    Ok(ws.db()?.set_journal_retention(days)?)
}
