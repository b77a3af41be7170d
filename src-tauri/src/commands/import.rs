//! Importing people (`symbio::import`): the preview and the import of a file the user chose in
//! the dialog (the core reads the path) or of pasted text, run off the UI thread.

use symbio::import::{ImportMapping, ImportPlan, ImportPreview, ImportSource, ImportSummary};

use super::Ws;
use crate::error::{CommandError, CommandResult};

/// Runs `work` on the blocking pool: reading a 50 MB file or writing 10,000 people takes a while.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> symbio::Result<T> + Send + 'static) -> CommandResult<T> {
    match tauri::async_runtime::spawn_blocking(work).await {
        Ok(result) => Ok(result?),
        Err(error) => Err(CommandError::from(symbio::Error::Io {
            context: "the import stopped".to_owned(),
            source: std::io::Error::other(error.to_string()),
        })),
    }
}

/// What importing `source` into the account would do; writes nothing.
#[tauri::command]
#[specta::specta]
pub async fn import_preview(
    ws: Ws<'_>,
    account_id: i64,
    source: ImportSource,
    mapping: Option<ImportMapping>,
) -> CommandResult<ImportPreview> {
    let db = ws.db()?;
    blocking(move || db.import_preview(account_id, &source, mapping)).await
}

/// Imports as planned on the preview, as one undoable action.
#[tauri::command]
#[specta::specta]
pub async fn import_people(ws: Ws<'_>, account_id: i64, plan: ImportPlan) -> CommandResult<ImportSummary> {
    let db = ws.db()?;
    blocking(move || db.import_people(account_id, &plan)).await
}
