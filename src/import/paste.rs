//! Pasted text (a workshop's list) and the dispatch from an [`ImportSource`] to a grid.
//!
//! Contract: pasted text with tabs is read as rows copied from Excel, other text as one person
//! per line with comma-separated cells (the Chinese comma and semicolons count as commas). The
//! first line is a header when at least one of its cells is a known header name; otherwise the
//! columns are, in order, name, title, department and manager, every line is a person, and
//! cells a line leaves out are empty.

use std::path::Path;

use super::mapping;
use super::read::{self, Grid};
use super::ImportSource;
use crate::error::Result;

/// The headers given to a headerless paste, in column order.
pub const PASTE_HEADERS: [&str; 4] = ["Name", "Title", "Department", "Reports To"];

pub(super) fn grid_of(source: &ImportSource) -> Result<Grid> {
    match source {
        ImportSource::File { path, sheet } => read::read_path(Path::new(path), sheet.as_deref()),
        ImportSource::Paste { text } => pasted(text),
    }
}

/// The grid of pasted text.
pub fn pasted(text: &str) -> Result<Grid> {
    let (text, delimiter) = if text.contains('\t') {
        (text.to_owned(), '\t')
    } else {
        (text.replace(['，', ';', '；'], ","), ',')
    };
    let mut grid = read::parse_delimited("paste", &text, delimiter)?;
    let has_header = mapping::suggest(&grid.headers).columns.iter().any(Option::is_some) && !grid.rows.is_empty();
    if !has_header {
        let first = std::mem::take(&mut grid.headers);
        grid.rows.insert(0, (1, first));
        let width = grid.rows.iter().map(|(_, c)| c.len()).max().unwrap_or(1).clamp(1, 4);
        grid.headers = PASTE_HEADERS[..width].iter().map(|h| (*h).to_owned()).collect();
        // A typed list leaves trailing cells out: they are empty, not a fault.
        for (_, cells) in &mut grid.rows {
            if cells.len() < width {
                cells.resize(width, String::new());
            }
        }
    }
    Ok(grid)
}
