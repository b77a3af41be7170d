//! The XLSX writer: a workbook that opens in Excel, with real types.
//!
//! Contract: the first sheet ("About", in the document's language) holds the title block and
//! lists the sections; then one sheet per section, named from `Section::sheet` or its heading
//! (cleaned of the characters Excel refuses, at most 31 characters, unique regardless of case).
//! A section's blocks follow each other down the sheet; tables have a bold header row, the first
//! table an autofilter over its rows, and its header is frozen when the sheet opens with it. Numbers are numbers, percentages
//! numbers formatted as %, dates Excel dates. Column widths follow the content (CJK characters
//! count double), capped, with long text wrapped. Progress and cancel are checked between sheets.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::file::{write_atomically, ExportOutcome, Progress};
use super::strings::{self, Word};
use super::{Block, Cell, Document, Section};
use crate::error::{Error, Result};

const MAX_WIDTH: f64 = 60.0;
const MIN_WIDTH: f64 = 8.0;

fn xlsx_error(error: XlsxError) -> Error {
    Error::Io {
        context: "cannot make the workbook".to_owned(),
        source: std::io::Error::other(error.to_string()),
    }
}

/// How many columns Excel's default font needs for `text`: East Asian wide characters count 2.
pub fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let code = u32::from(c);
            let wide = matches!(code,
                0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
                | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}

/// A sheet name Excel accepts, unique (ignoring case) among `taken`, which it joins.
pub fn sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let cleaned: String = wanted
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let cleaned = cleaned.trim_matches('\'').trim();
    let base = if cleaned.is_empty() { "Sheet" } else { cleaned };
    let is_taken = |name: &str, taken: &[String]| {
        name.eq_ignore_ascii_case("history") || taken.iter().any(|t| t.to_lowercase() == name.to_lowercase())
    };
    let truncate = |text: &str, max: usize| text.chars().take(max).collect::<String>().trim_end().to_owned();
    let mut name = truncate(base, 31);
    let mut n = 2;
    while is_taken(&name, taken) {
        let suffix = format!(" ({n})");
        name = format!("{}{suffix}", truncate(base, 31 - suffix.chars().count()));
        n += 1;
    }
    taken.push(name.clone());
    name
}

struct Formats {
    bold: Format,
    header: Format,
    title: Format,
    date: Format,
    percent: Format,
    wrap: Format,
}

impl Formats {
    fn new() -> Self {
        Formats {
            bold: Format::new().set_bold(),
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xEDEDED))
                .set_align(FormatAlign::Top),
            title: Format::new().set_bold().set_font_size(14),
            date: Format::new().set_num_format("yyyy-mm-dd").set_align(FormatAlign::Left),
            percent: Format::new().set_num_format("0%"),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }
}

/// Tracks each column's width while a sheet is written.
struct Sheet<'a> {
    sheet: &'a mut Worksheet,
    formats: &'a Formats,
    widths: Vec<usize>,
}

impl Sheet<'_> {
    fn grow(&mut self, col: u16, width: usize) {
        let col = usize::from(col);
        if self.widths.len() <= col {
            self.widths.resize(col + 1, 0);
        }
        self.widths[col] = self.widths[col].max(width);
    }

    fn text(&mut self, row: u32, col: u16, text: &str, format: Option<&Format>) -> Result<()> {
        let width = text.lines().map(display_width).max().unwrap_or(0);
        self.grow(col, width);
        let format = match format {
            Some(format) => format,
            None if width as f64 > MAX_WIDTH || text.contains('\n') => &self.formats.wrap,
            None => {
                self.sheet.write_string(row, col, text).map_err(xlsx_error)?;
                return Ok(());
            }
        };
        self.sheet
            .write_string_with_format(row, col, text, format)
            .map_err(xlsx_error)?;
        Ok(())
    }

    fn cell(&mut self, row: u32, col: u16, cell: &Cell) -> Result<()> {
        match cell {
            Cell::Empty => {}
            Cell::Text(text) => self.text(row, col, text, None)?,
            Cell::Number(value) => {
                self.grow(col, cell.display().len());
                self.sheet.write_number(row, col, *value).map_err(xlsx_error)?;
            }
            Cell::Percent(value) => {
                self.grow(col, cell.display().len());
                self.sheet
                    .write_number_with_format(row, col, *value, &self.formats.percent)
                    .map_err(xlsx_error)?;
            }
            Cell::Date(date) => {
                use chrono::Datelike;
                self.grow(col, 10);
                let month = u8::try_from(date.month()).unwrap_or(1);
                let day = u8::try_from(date.day()).unwrap_or(1);
                let written = u16::try_from(date.year())
                    .map_err(|_| XlsxError::ParameterError(date.to_string()))
                    .and_then(|year| ExcelDateTime::from_ymd(year, month, day))
                    .and_then(|excel| {
                        self.sheet
                            .write_datetime_with_format(row, col, &excel, &self.formats.date)
                    });
                if written.is_err() {
                    // Outside Excel's calendar (before 1900): kept as the date's text.
                    self.text(row, col, &cell.display(), None)?;
                }
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<()> {
        for (col, width) in self.widths.iter().enumerate() {
            let width = (*width as f64 + 2.0).clamp(MIN_WIDTH, MAX_WIDTH);
            let col = u16::try_from(col).unwrap_or(u16::MAX);
            self.sheet.set_column_width(col, width).map_err(xlsx_error)?;
        }
        Ok(())
    }
}

fn about(sheet: &mut Sheet<'_>, document: &Document, names: &[String]) -> Result<()> {
    let title = &document.title;
    let language = title.language;
    let word = |w| strings::word(language, w);
    let bold = sheet.formats.bold.clone();
    sheet.text(0, 0, &title.title, Some(&sheet.formats.title.clone()))?;
    sheet.widths.clear();
    sheet.text(2, 0, word(Word::Title), Some(&bold))?;
    sheet.text(2, 1, &title.title, None)?;
    sheet.text(3, 0, word(Word::Account), Some(&bold))?;
    sheet.text(3, 1, &title.account, None)?;
    sheet.text(4, 0, word(Word::Date), Some(&bold))?;
    sheet.cell(4, 1, &Cell::Date(title.date))?;
    sheet.text(5, 0, word(Word::PersonalDetailsHidden), Some(&bold))?;
    let hidden = if title.personal_details_hidden {
        Word::Yes
    } else {
        Word::No
    };
    sheet.text(5, 1, word(hidden), None)?;
    for (row, (section, name)) in (7u32..).zip(document.sections.iter().zip(names)) {
        sheet.text(row, 0, &section.heading, Some(&bold))?;
        sheet.text(row, 1, name, None)?;
    }
    Ok(())
}

fn section(sheet: &mut Sheet<'_>, section: &Section) -> Result<()> {
    let mut row = 0u32;
    let bold = sheet.formats.bold.clone();
    let header = sheet.formats.header.clone();
    let wrap = sheet.formats.wrap.clone();
    let mut first_table = true;
    for block in &section.blocks {
        match block {
            Block::Paragraph(text) => {
                sheet.text(row, 0, text, Some(&wrap))?;
                row += 1;
            }
            Block::KeyValues(pairs) => {
                for pair in pairs {
                    sheet.text(row, 0, &pair.key, Some(&bold))?;
                    sheet.cell(row, 1, &pair.value)?;
                    row += 1;
                }
            }
            Block::Legend(text) => {
                // A legend runs across the sheet: it does not widen the first column.
                sheet.sheet.write_string(row + 1, 0, text).map_err(xlsx_error)?;
                row += 2;
            }
            Block::Table(table) => {
                if row > 0 {
                    row += 1;
                }
                let header_row = row;
                for (col, title) in (0u16..).zip(&table.columns) {
                    sheet.text(row, col, title, Some(&header))?;
                }
                row += 1;
                for cells in &table.rows {
                    for (col, cell) in (0u16..).zip(cells) {
                        sheet.cell(row, col, cell)?;
                    }
                    row += 1;
                }
                if first_table && !table.columns.is_empty() {
                    // The header stays in view when the sheet opens with the table.
                    if header_row == 0 {
                        sheet.sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
                    }
                    let last_col = u16::try_from(table.columns.len() - 1).unwrap_or(u16::MAX);
                    sheet
                        .sheet
                        .autofilter(header_row, 0, (row - 1).max(header_row), last_col)
                        .map_err(xlsx_error)?;
                    first_table = false;
                }
                row += 1;
            }
        }
    }
    Ok(())
}

/// The workbook's bytes, or `None` when `cancel` was set before the last sheet was written.
pub fn render_xlsx(
    document: &Document,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<Option<Vec<u8>>> {
    let mut workbook = Workbook::new();
    workbook.set_properties(&DocProperties::new().set_title(&document.title.title));
    let formats = Formats::new();
    let total = u32::try_from(document.sections.len() + 1).unwrap_or(u32::MAX);
    let mut taken = Vec::new();
    let about_name = sheet_name(strings::word(document.title.language, Word::About), &mut taken);
    let names: Vec<String> = document
        .sections
        .iter()
        .map(|s| sheet_name(s.sheet.as_deref().unwrap_or(&s.heading), &mut taken))
        .collect();
    for (done, index) in (1u32..).zip(0..=document.sections.len()) {
        if cancel.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let worksheet = workbook.add_worksheet();
        let mut sheet = Sheet {
            sheet: worksheet,
            formats: &formats,
            widths: Vec::new(),
        };
        if index == 0 {
            sheet.sheet.set_name(&about_name).map_err(xlsx_error)?;
            about(&mut sheet, document, &names)?;
        } else {
            sheet.sheet.set_name(&names[index - 1]).map_err(xlsx_error)?;
            section(&mut sheet, &document.sections[index - 1])?;
        }
        sheet.finish()?;
        progress(Progress { done, total });
    }
    if cancel.load(Ordering::Relaxed) {
        return Ok(None);
    }
    workbook.save_to_buffer().map(Some).map_err(xlsx_error)
}

/// Writes `document` as a workbook at `target` (replacing a file there only once complete).
pub fn write_xlsx(
    document: &Document,
    target: &Path,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<ExportOutcome> {
    match render_xlsx(document, progress, cancel)? {
        Some(bytes) if !cancel.load(Ordering::Relaxed) => Ok(ExportOutcome::Saved(write_atomically(target, &bytes)?)),
        _ => Ok(ExportOutcome::Cancelled),
    }
}
