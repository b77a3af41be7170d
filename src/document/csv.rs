//! A table of a document as a CSV file that Excel opens correctly in any language.
//!
//! Contract: [`table_csv`] writes the header row, then one record per row, with the `csv` crate
//! (quoting what needs it), in UTF-8 preceded by a byte-order mark so Excel reads Chinese as
//! Chinese. Dates are `YYYY-MM-DD`, numbers plain (no thousands separator), fractions as
//! percentages. [`write_csv`] saves it atomically like every export (see [`super::file`]).

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::file::write_atomically;
use super::{AccountTable, Cell, Language, Table};
use crate::error::{Error, Result};
use crate::export::SavedExport;

/// What the user asked for when exporting one of an account's tables as CSV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct CsvRequest {
    /// The file name without its extension; the file goes into the export folder.
    pub name: String,
    pub table: AccountTable,
    pub language: Language,
    /// Leave out profiles, personal ties and notes.
    pub hide_private: bool,
}

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

fn field(cell: &Cell) -> String {
    match cell {
        Cell::Number(value) if value.fract() == 0.0 && value.abs() < 1e15 => format!("{}", *value as i64),
        Cell::Number(value) => value.to_string(),
        other => other.display(),
    }
}

/// `table` as CSV bytes, BOM first.
pub fn table_csv(table: &Table) -> Result<Vec<u8>> {
    let fail = |e: csv::Error| Error::Io {
        context: "cannot write CSV".to_owned(),
        source: std::io::Error::other(e.to_string()),
    };
    let mut writer = csv::Writer::from_writer(BOM.to_vec());
    writer.write_record(&table.columns).map_err(fail)?;
    for row in &table.rows {
        let mut record: Vec<String> = row.iter().map(field).collect();
        record.resize(table.columns.len(), String::new());
        writer.write_record(&record).map_err(fail)?;
    }
    writer.into_inner().map_err(|e| Error::Io {
        context: "cannot write CSV".to_owned(),
        source: e.into_error(),
    })
}

/// Saves `table` as a CSV file at `target`, all at once.
pub fn write_csv(table: &Table, target: &Path) -> Result<SavedExport> {
    write_atomically(target, &table_csv(table)?)
}

/// Saves `table` at `target` as an export job: one step of progress, nothing written when
/// `cancel` is raised before it.
pub fn write_account_csv(
    table: &Table,
    target: &Path,
    progress: &mut dyn FnMut(super::Progress),
    cancel: &std::sync::atomic::AtomicBool,
) -> Result<super::ExportOutcome> {
    progress(super::Progress { done: 0, total: 1 });
    let bytes = table_csv(table)?;
    if cancel.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(super::ExportOutcome::Cancelled);
    }
    let saved = write_atomically(target, &bytes)?;
    progress(super::Progress { done: 1, total: 1 });
    Ok(super::ExportOutcome::Saved(saved))
}
