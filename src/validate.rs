//! Input checks shared by the domain modules. Each failure names the field it is about.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Problem, Result};
use crate::journal::Table;

pub fn non_empty(field: &str, value: &str) -> Result<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::problem(field, Problem::Empty));
    }
    Ok(trimmed.to_owned())
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

/// Accepts ISO dates (`2026-03-31`) and returns them normalised.
pub fn date(field: &str, value: &str) -> Result<String> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| {
            Error::problem(
                field,
                Problem::NotADate {
                    value: value.to_owned(),
                },
            )
        })
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
