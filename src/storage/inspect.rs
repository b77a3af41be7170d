//! Looking at a workspace file before accepting it.
//!
//! Contract: nothing here writes. [`file_bytes`] reads the file's first 100 bytes with plain
//! file I/O (no SQLite) and refuses what is not SQLite or is shorter than its own header says
//! (a truncated copy). [`schema`] runs on a connection opened read-only: no journal-mode
//! change, no WAL merge (a read-only connection never checkpoints), so a refused file and its
//! `-wal` stay byte for byte as they were. [`damaged_history`] checks that every journal
//! batch still reads as the journal wrote it; a damaged batch is reported, never fatal, because
//! the tables themselves are intact and stay usable.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use rusqlite::Connection;

use super::{latest_version, APPLICATION_ID};
use crate::error::{Error, Result};

/// "SQLite format 3\0", the first 16 bytes of every SQLite database file.
const MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the file's bytes say before SQLite reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bytes {
    /// No file: a new workspace is made.
    Absent,
    /// An empty file and no pending `-wal`: safe to set up as a new workspace.
    Empty,
    /// A SQLite file of consistent length (or an empty file whose content is still in `-wal`).
    Sqlite,
}

/// Reads the header of the file at `path` and refuses what is not SQLite or is truncated.
pub(crate) fn file_bytes(path: &Path) -> Result<Bytes> {
    let io = |source| Error::Io {
        context: format!("cannot read {}", path.display()),
        source,
    };
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Bytes::Absent),
        Err(e) => return Err(io(e)),
    };
    let length = file.metadata().map_err(io)?.len();
    if length == 0 {
        // A new workspace killed before its first checkpoint keeps everything in `-wal`.
        let wal = std::fs::metadata(super::side_file(path, "-wal")).map_or(0, |m| m.len());
        return Ok(if wal == 0 { Bytes::Empty } else { Bytes::Sqlite });
    }
    let mut header = Vec::with_capacity(100);
    file.by_ref().take(100).read_to_end(&mut header).map_err(io)?;
    // An encrypted workspace would be told apart here: its first bytes are not the magic.
    if !header.starts_with(MAGIC) {
        return Err(Error::NotAWorkspace { path: path.to_owned() });
    }
    let truncated = |expected: u64| Error::Truncated {
        path: path.to_owned(),
        bytes: length,
        expected,
    };
    if header.len() < 100 {
        return Err(truncated(100));
    }
    let be16 = |at: usize| u16::from_be_bytes([header[at], header[at + 1]]);
    let be32 = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let page_size = match be16(16) {
        1 => 65_536,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        _ => {
            return Err(Error::Corrupt {
                path: path.to_owned(),
                detail: "the header names an impossible page size".into(),
            })
        }
    };
    if length % page_size != 0 {
        return Err(truncated(length.div_ceil(page_size) * page_size));
    }
    // The page count in the header is valid only when written by the same change as the
    // change counter (SQLite file format, offsets 24, 28 and 92).
    let pages = u64::from(be32(28));
    if be32(24) == be32(92) && pages > 0 && length < pages * page_size {
        return Err(truncated(pages * page_size));
    }
    Ok(Bytes::Sqlite)
}

/// Reads the schema version of an existing file on a read-only connection, or refuses it.
pub(crate) fn schema(conn: &Connection, path: &Path) -> Result<i64> {
    let (application_id, version, objects) = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id),
                    (SELECT user_version FROM pragma_user_version),
                    (SELECT count(*) FROM sqlite_schema)",
            [],
            |row| Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?, row.get::<_, i64>(2)?)),
        )
        .map_err(|e| classify(e, path))?;
    if application_id == 0 && version == 0 && objects == 0 {
        return Ok(0); // an empty database: safe to set up
    }
    if application_id != APPLICATION_ID {
        return Err(Error::NotAWorkspace { path: path.to_owned() });
    }
    if version == 0 {
        // The mark and the version are written by the same first migration: one without the
        // other is not a file Symbio wrote, and migrating it would fail half-way.
        return Err(Error::Corrupt {
            path: path.to_owned(),
            detail: "marked as a workspace but without a format version".into(),
        });
    }
    if version > latest_version() {
        return Err(Error::TooNew {
            path: path.to_owned(),
            found: version,
            known: latest_version(),
        });
    }
    // integrity_check, not quick_check: only it compares indexes with their tables, and a
    // damaged page that leaves an index out of step would otherwise open as healthy.
    let check: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))
        .map_err(|e| classify(e, path))?;
    if check != "ok" {
        return Err(Error::Corrupt {
            path: path.to_owned(),
            detail: check.chars().take(200).collect(),
        });
    }
    Ok(version)
}

/// The actions whose journal batches no longer read as written (undo refuses them).
pub(crate) fn damaged_history(conn: &Connection) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT action_id, entries FROM journal_batch ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut damaged: Vec<i64> = Vec::new();
    while let Some(row) = rows.next()? {
        let action: i64 = row.get(0)?;
        // Text that is not UTF-8 (zeroed or overwritten pages) is damage too, not a failure.
        let valid = match row.get_ref(1)? {
            rusqlite::types::ValueRef::Text(text) => std::str::from_utf8(text)
                .ok()
                .is_some_and(|text| crate::journal::parse_batch(text).is_ok()),
            _ => false,
        };
        if !valid && damaged.last() != Some(&action) {
            damaged.push(action);
        }
    }
    Ok(damaged)
}

/// SQLite's own refusals of a file, as the typed errors of a refused workspace.
pub(crate) fn classify(error: rusqlite::Error, path: &Path) -> Error {
    use rusqlite::ErrorCode;
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotAWorkspace { path: path.to_owned() },
        Some(ErrorCode::DatabaseCorrupt) => Error::Corrupt {
            path: path.to_owned(),
            detail: "SQLite reports the file as damaged".into(),
        },
        _ => Error::Storage(error),
    }
}
