//! A table of a document as a CSV file that Excel opens correctly in any language.
//!
//! Contract: [`table_csv`] writes the header row, then one record per row, with the `csv` crate
//! (quoting what needs it), in UTF-8 preceded by a byte-order mark so Excel reads Chinese as
//! Chinese. Dates are `YYYY-MM-DD`, numbers plain (no thousands separator), fractions as
//! percentages. [`write_csv`] saves it atomically like every export (see [`super::file`]).

use std::path::Path;

use super::file::write_atomically;
use super::{Cell, Table};
use crate::error::{Error, Result};
use crate::export::SavedExport;

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
