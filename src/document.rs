//! Executive documents: the account plan (and later decks and account workbooks) as an A4 PDF
//! with real, selectable text and as an XLSX workbook.
//!
//! Contract: a [`Document`] is pure data (serde-able): a title block, then sections of blocks
//! (paragraphs, key/value lists, typed tables, legends). Its fixed words (page numbers, the title
//! block's labels, the About sheet) come from [`strings`] in the document's [`Language`]; the
//! caller words headings and column titles in that language too. [`pdf::write_pdf`] and
//! [`xlsx::write_xlsx`] write it atomically (see [`file`]): they report progress between pages or
//! sheets, check a cancel flag there, and a cancelled or failed export leaves no file behind;
//! [`write`] picks the writer for a [`DocumentFormat`].
//! The writers know nothing of the database; `Db::plan_document` (plan.rs) builds the plan's.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Result;

mod account;
pub mod csv;
pub mod file;
mod font;
mod layout;
pub mod pdf;
mod pdf_blocks;
mod plan;
mod plan_customer;
pub mod strings;
pub mod xlsx;

pub use account::AccountTable;
pub use file::{ExportOutcome, Progress};
pub use font::Fonts;

crate::vocabulary::vocabulary!(
    /// The language a document is worded in.
    Language { En = "en", ZhCn = "zh-CN" }
);

crate::vocabulary::vocabulary!(
    /// The file a document is written as.
    DocumentFormat { Pdf = "pdf", Xlsx = "xlsx" }
);

/// What the user asked for when exporting a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct DocumentRequest {
    /// The file name without its extension; the file goes into the export folder.
    pub name: String,
    pub format: DocumentFormat,
    pub language: Language,
    /// Leave out the free-text notes, which may hold personal details.
    pub hide_private: bool,
}

/// Writes `document` as `format` at `target`; a PDF is set in the system's CJK font.
pub fn write(
    document: &Document,
    format: DocumentFormat,
    target: &Path,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<ExportOutcome> {
    match format {
        DocumentFormat::Pdf => pdf::write_pdf(document, &*Fonts::system()?, target, progress, cancel),
        DocumentFormat::Xlsx => xlsx::write_xlsx(document, target, progress, cancel),
    }
}

/// A whole document: the title block, then its sections in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Document {
    pub title: TitleBlock,
    pub sections: Vec<Section>,
}

/// What the first page (and the About sheet) opens with; account, title and date also run in
/// every page's header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct TitleBlock {
    pub title: String,
    pub account: String,
    pub date: NaiveDate,
    /// Names and other personal details were left out of this copy.
    pub personal_details_hidden: bool,
    pub language: Language,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Section {
    pub heading: String,
    /// The worksheet's name in a workbook (the heading when absent); cleaned and made unique.
    pub sheet: Option<String>,
    /// Starts on a fresh page in the PDF.
    pub new_page: bool,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", content = "content", rename_all = "snake_case")]
pub enum Block {
    Paragraph(String),
    KeyValues(Vec<KeyValue>),
    Table(Table),
    /// A legend or footnote, set smaller under what it explains.
    Legend(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct KeyValue {
    pub key: String,
    pub value: Cell,
}

/// A table: its header row, then rows of typed cells (one per column; short rows are padded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// One typed value: a workbook keeps the type, the PDF writes it out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    /// A fraction: 0.25 is 25 %.
    Percent(f64),
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Cell::Text(text.into())
    }

    /// The cell as the PDF prints it: dates as YYYY-MM-DD, numbers with thousands separators.
    pub fn display(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Number(value) => format_number(*value),
            Cell::Date(date) => date.format("%Y-%m-%d").to_string(),
            Cell::Percent(fraction) => format!("{}%", format_number((fraction * 1000.0).round() / 10.0)),
        }
    }

    /// Numbers, dates and percentages are set flush right in tables.
    pub fn is_numeric(&self) -> bool {
        matches!(self, Cell::Number(_) | Cell::Percent(_) | Cell::Date(_))
    }
}

/// `1234567.5` → `1,234,567.5`; at most two decimals, none for whole numbers.
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{:.2}", rounded.abs());
    let (whole, decimals) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let decimals = decimals.trim_end_matches('0');
    let sign = if rounded < 0.0 { "-" } else { "" };
    if decimals.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{decimals}")
    }
}

#[cfg(test)]
mod tests;
