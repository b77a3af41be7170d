//! Typed events the shell emits to the UI.

use serde::Serialize;
use symbio::journal::ChangeSet;

/// Rows changed by an edit, an undo or a redo, so the UI refreshes only what it shows.
#[derive(Debug, Clone, Serialize, specta::Type, tauri_specta::Event)]
pub struct WorkspaceChanged(pub ChangeSet);
