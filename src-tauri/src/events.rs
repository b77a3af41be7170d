//! Typed events the shell emits to the UI.

use serde::Serialize;
use symbio::journal::ChangeSet;

/// Rows changed by an edit, an undo or a redo, so the UI refreshes only what it shows.
#[derive(Debug, Clone, Serialize, specta::Type, tauri_specta::Event)]
pub struct WorkspaceChanged(pub ChangeSet);

/// How far a long export (a document written page by page or sheet by sheet) is.
#[derive(Debug, Clone, Serialize, specta::Type, tauri_specta::Event)]
pub struct ExportProgress {
    /// The job id the UI gave when it started the export.
    pub job: u32,
    pub done: u32,
    pub total: u32,
}
