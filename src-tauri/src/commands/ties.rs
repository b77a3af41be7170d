//! Ties between people: reporting lines, influence, personal ties, coverage (`symbio::tie`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::tie::{NewTie, Tie, TiePatch};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn create_tie(ws: Ws<'_>, input: NewTie) -> CommandResult<Tie> {
    Ok(ws.db()?.create_tie(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_tie(ws: Ws<'_>, id: i64, patch: TiePatch) -> CommandResult<Tie> {
    Ok(ws.db()?.update_tie(id, patch)?)
}
