//! Which workspace file is open, and why it could not be (`crate::state`).
//! Each command is a one-statement adapter onto the core method of the same name.

use serde::Serialize;

use super::Ws;
use crate::error::CommandError;

/// Which file is open, and the error if it could not be opened.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct WorkspaceInfo {
    pub path: String,
    pub error: Option<CommandError>,
    /// Opened for viewing only: every edit is refused.
    pub read_only: bool,
    /// Part of the undo history was found damaged at opening; the data is intact.
    pub history_damaged: bool,
}

#[tauri::command]
#[specta::specta]
pub async fn workspace_info(ws: Ws<'_>) -> Result<WorkspaceInfo, CommandError> {
    Ok(ws.info())
}
