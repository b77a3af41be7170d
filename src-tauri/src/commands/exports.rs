//! Saving an export (picture, drawing, PDF) into the export folder (`symbio::export`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::export::{ExportFormat, SavedExport};

use super::Ws;
use crate::error::CommandResult;

/// Saves a rendered export into the export folder (see `state::export_dir`).
#[tauri::command]
#[specta::specta]
pub async fn save_export(ws: Ws<'_>, name: String, format: ExportFormat, bytes: Vec<u8>) -> CommandResult<SavedExport> {
    Ok(symbio::export::save_export(&ws.export_dir, &name, format, &bytes)?)
}
