//! Undo, redo and the audit trail (`symbio::journal`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::journal::{ChangeSet, JournalAction, UndoState};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn undo(ws: Ws<'_>) -> CommandResult<ChangeSet> {
    Ok(ws.db()?.undo()?)
}

#[tauri::command]
#[specta::specta]
pub async fn redo(ws: Ws<'_>) -> CommandResult<ChangeSet> {
    Ok(ws.db()?.redo()?)
}

#[tauri::command]
#[specta::specta]
pub async fn undo_state(ws: Ws<'_>) -> CommandResult<UndoState> {
    Ok(ws.db()?.undo_state()?)
}

#[tauri::command]
#[specta::specta]
pub async fn journal(ws: Ws<'_>, limit: u32) -> CommandResult<Vec<JournalAction>> {
    Ok(ws.db()?.journal(limit)?)
}
