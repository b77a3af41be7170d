//! Hand-placed positions and saved views (`symbio::view`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::view::{NewSavedView, NodePosition, SavedView, ViewKind};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn node_positions(ws: Ws<'_>, account_id: i64, view: ViewKind) -> CommandResult<Vec<NodePosition>> {
    Ok(ws.db()?.node_positions(account_id, view)?)
}

#[tauri::command]
#[specta::specta]
pub async fn place_nodes(
    ws: Ws<'_>,
    account_id: i64,
    view: ViewKind,
    positions: Vec<NodePosition>,
) -> CommandResult<()> {
    Ok(ws.db()?.place_nodes(account_id, view, positions)?)
}

#[tauri::command]
#[specta::specta]
pub async fn reset_positions(ws: Ws<'_>, account_id: i64, view: ViewKind) -> CommandResult<()> {
    Ok(ws.db()?.reset_positions(account_id, view)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_saved_views(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<SavedView>> {
    Ok(ws.db()?.list_saved_views(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn save_view(ws: Ws<'_>, input: NewSavedView) -> CommandResult<SavedView> {
    Ok(ws.db()?.save_view(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn order_saved_views(ws: Ws<'_>, account_id: i64, ids: Vec<i64>) -> CommandResult<Vec<SavedView>> {
    Ok(ws.db()?.order_saved_views(account_id, ids)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_saved_view(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_saved_view(id)?)
}
