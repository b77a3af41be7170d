//! Input checks shared by the domain modules. Each failure names the field it is about.
//!
//! Contract: text is trimmed; a text made only of blanks or invisible characters (zero-width
//! spaces and joiners, byte-order marks) is empty; control characters (NUL, line breaks, tabs,
//! escapes) are refused in one-line text ([`name`], [`line`]) and, except line breaks and
//! tabs, in free text ([`free_text`]); one-line text holds at most [`MAX_NAME`] characters and
//! free text [`MAX_TEXT`], the limit named in the refusal. Dates are ISO (`YYYY-MM-DD`) within
//! [`YEARS`] and returned normalised, so that dates compare as text in calendar order.

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Problem, Result};
use crate::journal::Table;

/// Names, titles and labels: one line, at most this many characters.
pub const MAX_NAME: usize = 200;
/// Notes, narratives, reasons and quotes: at most this many characters.
pub const MAX_TEXT: usize = 20_000;
/// The years a date may fall in.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Invisible characters that alone do not make a text (zero-width space, joiners, BOM…).
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
    )
}

fn checked(field: &str, value: &str, max: usize, line_breaks: bool) -> Result<String> {
    let trimmed = value.trim_matches(|c: char| c.is_whitespace() || invisible(c));
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    let allowed = |c: char| line_breaks && matches!(c, '\n' | '\r' | '\t');
    if trimmed.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(Error::problem(field, Problem::ControlCharacter));
    }
    if trimmed.chars().count() > max {
        return Err(Error::problem(field, Problem::TooLong { max: max as i64 }));
    }
    Ok(trimmed.to_owned())
}

/// A required one-line text (a name, a title, a label): trimmed, at most [`MAX_NAME`].
pub fn name(field: &str, value: &str) -> Result<String> {
    let text = checked(field, value, MAX_NAME, false)?;
    if text.is_empty() {
        return Err(Error::problem(field, Problem::Empty));
    }
    Ok(text)
}

/// An optional one-line text (a title, an email, a phone, a place): trimmed (empty allowed),
/// at most [`MAX_NAME`].
pub fn line(field: &str, value: &str) -> Result<String> {
    checked(field, value, MAX_NAME, false)
}

/// A required text that may run longer than a name (a reason, a quote, a description):
/// trimmed, at most [`MAX_TEXT`], line breaks allowed.
pub fn non_empty(field: &str, value: &str) -> Result<String> {
    let text = free_text(field, value)?;
    if text.is_empty() {
        return Err(Error::problem(field, Problem::Empty));
    }
    Ok(text)
}

/// An optional free text (notes, a narrative): trimmed (empty allowed), at most [`MAX_TEXT`].
pub fn free_text(field: &str, value: &str) -> Result<String> {
    checked(field, value, MAX_TEXT, true)
}

pub fn in_range(field: &str, value: i64, min: i64, max: i64) -> Result<i64> {
    if !(min..=max).contains(&value) {
        return Err(Error::problem(
            field,
            Problem::out_of_range(min as f64, max as f64, value as f64),
        ));
    }
    Ok(value)
}

pub fn non_negative(field: &str, value: Option<f64>) -> Result<Option<f64>> {
    match value {
        Some(v) if !v.is_finite() => Err(Error::problem(field, Problem::NotFinite)),
        Some(v) if v < 0.0 => Err(Error::problem(field, Problem::Negative { got: v })),
        other => Ok(other),
    }
}

/// Accepts ISO dates (`2026-03-31`) within [`YEARS`] and returns them normalised.
pub fn date(field: &str, value: &str) -> Result<String> {
    let text = value.trim();
    let not_a_date = || {
        Error::problem(
            field,
            Problem::NotADate {
                value: value.chars().take(40).collect(),
            },
        )
    };
    // Exactly YYYY-MM-DD: chrono alone would take "+10000-01-01" or "2026-3-1".
    let shape = text.len() == 10
        && text
            .char_indices()
            .all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
    if !shape {
        return Err(not_a_date());
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| not_a_date())?;
    if !YEARS.contains(&date.year()) {
        return Err(Error::problem(
            field,
            Problem::out_of_range(
                f64::from(*YEARS.start()),
                f64::from(*YEARS.end()),
                f64::from(date.year()),
            ),
        ));
    }
    Ok(date.format("%Y-%m-%d").to_string())
}

/// Fails with `NotFound` unless row `id` of `table` exists.
pub fn exists(conn: &Connection, table: Table, id: i64) -> Result<()> {
    let found: Option<i64> = conn
        .query_row(
            &format!("SELECT 1 FROM {} WHERE id = ?1", table.as_str()),
            [id],
            |row| row.get(0),
        )
        .optional()?;
    found.map(|_| ()).ok_or(Error::NotFound {
        entity: table.as_str(),
        id,
    })
}

#[cfg(test)]
mod tests;
