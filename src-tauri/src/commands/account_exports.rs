//! An account's data out as files: the account workbook (XLSX, or PDF) and its people or ties as
//! CSV, into the export folder, written off the UI thread with progress and cancel like the plan's
//! documents (see `crate::jobs`).

use symbio::document::csv::CsvRequest;
use symbio::document::{DocumentRequest, ExportOutcome};
use tauri::State;

use super::Ws;
use crate::error::CommandResult;
use crate::jobs::ExportJobs;

/// Writes the account workbook into the export folder; `job` names it for progress and cancel.
#[tauri::command]
#[specta::specta]
pub async fn export_account_document(
    ws: Ws<'_>,
    jobs: State<'_, ExportJobs>,
    account_id: i64,
    request: DocumentRequest,
    job: u32,
) -> CommandResult<ExportOutcome> {
    let document = ws
        .db()?
        .account_document(account_id, request.language, request.hide_private)?;
    super::documents::write_document(&ws, &jobs, document, &request, job).await
}

/// Writes the account's people or ties as a CSV file into the export folder.
#[tauri::command]
#[specta::specta]
pub async fn export_account_csv(
    ws: Ws<'_>,
    jobs: State<'_, ExportJobs>,
    account_id: i64,
    request: CsvRequest,
    job: u32,
) -> CommandResult<ExportOutcome> {
    let table = ws
        .db()?
        .account_table(account_id, request.table, request.language, request.hide_private)?;
    let target = symbio::export::export_path(&ws.export_dir, &request.name, "csv")?;
    jobs.run(job, move |progress, cancel| {
        symbio::document::csv::write_account_csv(&table, &target, progress, cancel)
    })
    .await
}
