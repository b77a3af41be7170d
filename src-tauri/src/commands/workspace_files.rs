//! Workspace files: save a copy elsewhere, open another workspace file while the app runs, and
//! the recently opened files. The file dialogs are the UI's (the dialog plugin); these commands
//! take the path it chose.

use std::path::PathBuf;

use super::workspace::WorkspaceInfo;
use super::Ws;
use crate::error::CommandResult;
use crate::recent;

/// Saves a copy of the open workspace at `path`; returns the path saved.
#[tauri::command]
#[specta::specta]
pub async fn save_workspace_copy(ws: Ws<'_>, path: String) -> CommandResult<String> {
    ws.db()?.save_copy(&PathBuf::from(&path))?;
    Ok(path)
}

/// Opens the workspace file at `path` (checked and migrated as at start-up) and makes it the
/// open workspace; the current one stays open when the file is refused. The UI then reloads.
#[tauri::command]
#[specta::specta]
pub async fn open_workspace(ws: Ws<'_>, path: String) -> CommandResult<WorkspaceInfo> {
    let path = PathBuf::from(path);
    // The file open here already: reopening it would meet its own one-writer lock.
    if ws.db().is_ok_and(|db| db.is_open_at(&path)) {
        return Ok(ws.info());
    }
    let db = ws.open_existing(&path)?;
    ws.switch(path.clone(), db);
    if let Some(dir) = ws.config_dir() {
        // The list is a convenience: failing to save it does not undo the switch.
        let _ = recent::remember(dir, &path);
    }
    Ok(ws.info())
}

/// The recently opened workspace files, newest first (missing files dropped).
#[tauri::command]
#[specta::specta]
pub async fn recent_workspaces(ws: Ws<'_>) -> CommandResult<Vec<String>> {
    Ok(ws
        .config_dir()
        .map(|dir| recent::list(dir.as_path()))
        .unwrap_or_default())
}
