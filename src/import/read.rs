//! Reading a file (or pasted text) into a grid of text cells: a header row and data rows.
//!
//! Contract: the file's size is checked before it is read ([`MAX_FILE_BYTES`]); CSV text is
//! decoded from its BOM (UTF-8, UTF-16 LE/BE), else as UTF-8 when it is valid UTF-8, else as
//! GB18030 (what Chinese Excel saves as "CSV"); the delimiter is the one of `, ; tab |` that
//! splits the first lines most consistently. Spreadsheets (XLSX, XLSM, XLSB, XLS, ODS) are read
//! with calamine, from the chosen sheet or the first. Every cell is trimmed text; a cell longer
//! than [`MAX_CELL_CHARS`] refuses the file naming its row and column. Anything that is not
//! what it claims (empty, binary, a PDF renamed) is refused with a typed problem, never a panic.

use std::io::Cursor;
use std::path::Path;

use calamine::Reader;

use crate::error::{Error, Problem, Result};

/// Files above this size are refused before being read.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// Cells longer than this (in characters) refuse the file.
pub const MAX_CELL_CHARS: usize = 10_000;

/// The cells of one source, as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// The file's name (no folder), for messages.
    pub file: String,
    /// Every sheet of a spreadsheet; empty for CSV and pasted text.
    pub sheets: Vec<String>,
    /// The sheet read, for spreadsheets.
    pub sheet: Option<String>,
    /// The text encoding found, for CSV.
    pub encoding: Option<String>,
    /// The delimiter found, for CSV and pasted text.
    pub delimiter: Option<char>,
    pub headers: Vec<String>,
    /// Each data row with its 1-based row number in the file.
    pub rows: Vec<(i64, Vec<String>)>,
}

fn refuse(file: &str, format: &str) -> Error {
    Error::problem(
        "file",
        Problem::NotReadable {
            file: file.to_owned(),
            format: format.to_owned(),
        },
    )
}

/// Reads the file at `path`; the format comes from its extension (CSV and TXT/TSV are text).
pub fn read_path(path: &Path, sheet: Option<&str>) -> Result<Grid> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let size = std::fs::metadata(path).map_err(|source| io_error(path, source))?.len();
    if size > MAX_FILE_BYTES {
        return Err(Error::problem(
            "file",
            Problem::FileTooLarge {
                file,
                max_bytes: MAX_FILE_BYTES as i64,
                bytes: size as i64,
            },
        ));
    }
    let bytes = std::fs::read(path).map_err(|source| io_error(path, source))?;
    read_bytes(&file, &bytes, sheet)
}

/// Reads a file's bytes; `file` (its name) chooses the format by extension.
pub fn read_bytes(file: &str, bytes: &[u8], sheet: Option<&str>) -> Result<Grid> {
    if bytes.is_empty() {
        return Err(Error::problem("file", Problem::EmptyFile { file: file.to_owned() }));
    }
    let extension = file.rsplit_once('.').map(|(_, e)| e.to_lowercase()).unwrap_or_default();
    match extension.as_str() {
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => read_sheet(file, bytes, sheet, &extension),
        _ => read_csv(file, bytes),
    }
}

/// Decodes CSV bytes to text; `None` when they are not text in any encoding we know.
pub fn decode(bytes: &[u8]) -> Option<(String, &'static str)> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (!had_errors).then(|| (text.into_owned(), encoding.name()));
    }
    if bytes.contains(&0) {
        return None;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((text.to_owned(), "UTF-8"));
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    (!had_errors).then(|| (text.into_owned(), "gb18030"))
}

/// Text that is mostly control characters is a binary file, whatever it decodes to.
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    text.starts_with("%PDF") || control * 20 > sample.len()
}

/// The delimiter among `, ; tab |` that splits the first lines into the same, highest count.
pub fn detect_delimiter(text: &str) -> char {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(20).collect();
    let mut best = (',', (false, 0usize));
    for candidate in [',', ';', '\t', '|'] {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, candidate)).collect();
        let min = counts.iter().copied().min().unwrap_or(0);
        let consistent = min > 0 && counts.iter().all(|&c| c == min);
        let score = (consistent, min);
        if score > best.1 {
            best = (candidate, score);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, delimiter: char) -> usize {
    let mut quoted = false;
    line.chars()
        .filter(|&c| {
            if c == '"' {
                quoted = !quoted;
            }
            c == delimiter && !quoted
        })
        .count()
}

fn read_csv(file: &str, bytes: &[u8]) -> Result<Grid> {
    let (text, encoding) = decode(bytes).ok_or_else(|| refuse(file, "csv"))?;
    if looks_binary(&text) {
        return Err(refuse(file, "csv"));
    }
    let delimiter = detect_delimiter(&text);
    let mut grid = parse_delimited(file, &text, delimiter)?;
    grid.encoding = Some(encoding.to_owned());
    Ok(grid)
}

/// Splits delimited text into a grid; the first non-empty row is the header.
pub fn parse_delimited(file: &str, text: &str, delimiter: char) -> Result<Grid> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(u8::try_from(delimiter).unwrap_or(b','))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|_| refuse(file, "csv"))?;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        rows.push((index as i64 + 1, cells));
    }
    let mut grid = into_grid(file, rows)?;
    grid.delimiter = Some(delimiter);
    Ok(grid)
}

fn read_sheet(file: &str, bytes: &[u8], sheet: Option<&str>, extension: &str) -> Result<Grid> {
    // calamine parses untrusted archives; a panic inside it must become a refusal, not a crash.
    let read = std::panic::catch_unwind(|| -> std::result::Result<_, ()> {
        let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|_| ())?;
        let sheets = book.sheet_names();
        let chosen = match sheet {
            Some(name) if sheets.iter().any(|s| s == name) => name.to_owned(),
            _ => sheets.first().cloned().ok_or(())?,
        };
        let range = book.worksheet_range(&chosen).map_err(|_| ())?;
        let start = range.start().map(|(r, _)| r as i64).unwrap_or(0);
        let rows: Vec<(i64, Vec<String>)> = range
            .rows()
            .enumerate()
            .map(|(i, row)| {
                let cells = row.iter().map(|c| c.to_string().trim().to_owned()).collect();
                (start + i as i64 + 1, cells)
            })
            .collect();
        Ok((sheets, chosen, rows))
    });
    let (sheets, chosen, rows) = match read {
        Ok(Ok(found)) => found,
        _ => return Err(refuse(file, extension)),
    };
    let mut grid = into_grid(file, rows)?;
    grid.sheets = sheets;
    grid.sheet = Some(chosen);
    Ok(grid)
}

/// Checks cell lengths, drops blank rows and takes the first row left as the header.
fn into_grid(file: &str, rows: Vec<(i64, Vec<String>)>) -> Result<Grid> {
    for (number, cells) in &rows {
        if let Some(column) = cells.iter().position(|c| c.chars().count() > MAX_CELL_CHARS) {
            return Err(Error::problem(
                "file",
                Problem::CellTooLong {
                    file: file.to_owned(),
                    row: *number,
                    column: column as i64 + 1,
                    max: MAX_CELL_CHARS as i64,
                },
            ));
        }
    }
    let mut rows = rows
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
        .collect::<Vec<_>>()
        .into_iter();
    let Some((_, headers)) = rows.next() else {
        return Err(Error::problem("file", Problem::EmptyFile { file: file.to_owned() }));
    };
    Ok(Grid {
        file: file.to_owned(),
        sheets: Vec::new(),
        sheet: None,
        encoding: None,
        delimiter: None,
        headers,
        rows: rows.collect(),
    })
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        context: path.display().to_string(),
        source,
    }
}
