//! Executive documents (`symbio::document`): the account plan as PDF or XLSX in the export folder,
//! written off the UI thread with progress events and a cancel command (see `crate::jobs`).

use symbio::document::{Document, DocumentRequest, ExportOutcome};
use tauri::State;

use super::Ws;
use crate::error::CommandResult;
use crate::jobs::ExportJobs;

/// Writes the plan as a document into the export folder; `job` names it for progress and cancel.
#[tauri::command]
#[specta::specta]
pub async fn export_plan_document(
    ws: Ws<'_>,
    jobs: State<'_, ExportJobs>,
    plan_id: i64,
    request: DocumentRequest,
    job: u32,
) -> CommandResult<ExportOutcome> {
    let document = ws
        .db()?
        .plan_document(plan_id, request.language, request.hide_private)?;
    write_document(&ws, &jobs, document, &request, job).await
}

/// Writes a built document into the export folder as `request` asks, as export `job`: the one
/// way every document command saves (the plan, the account workbook).
pub(super) async fn write_document(
    ws: &Ws<'_>,
    jobs: &ExportJobs,
    document: Document,
    request: &DocumentRequest,
    job: u32,
) -> CommandResult<ExportOutcome> {
    let format = request.format;
    let target = symbio::export::export_path(&ws.export_dir, &request.name, format.as_str())?;
    jobs.run(job, move |progress, cancel| {
        symbio::document::write(&document, format, &target, progress, cancel)
    })
    .await
}

/// Asks the running export `job` to stop; it then writes nothing. False when it already ended.
#[tauri::command]
#[specta::specta]
pub async fn cancel_export(jobs: State<'_, ExportJobs>, job: u32) -> CommandResult<bool> {
    Ok(jobs.cancel(job))
}
