//! Opening a workspace file: checks, pragmas, backup and migrations.
//!
//! Contract: [`open`] never modifies a file it will not accept. A file that is not SQLite,
//! is damaged, belongs to another application or was written by a newer Symbio is
//! rejected with a typed error before any pragma or migration touches it. A workspace
//! that needs migrating is first copied with SQLite's online backup API next to itself
//! (`<file>.v<N>.bak`); the migrations then run in one transaction.

mod copy;
mod migrations;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

pub use migrations::{latest_version, MIGRATIONS};

/// Marks a SQLite file as a Symbio workspace (`PRAGMA application_id`), ASCII "SYMB".
pub const APPLICATION_ID: i64 = 0x5359_4D42;

/// Per-connection settings; not part of the schema, so they are set on every open.
fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

/// Opens (creating when absent) the workspace at `path` and brings it to the latest schema.
pub fn open(path: &Path) -> Result<Connection> {
    let existed = path.exists();
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| Error::Io {
            context: format!("cannot create the folder {}", parent.display()),
            source,
        })?;
    }
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let version = if existed { inspect(&conn, path)? } else { 0 };
    configure(&conn)?;
    if existed && version > 0 && version < latest_version() {
        back_up(&conn, &backup_path(path, version))?;
    }
    migrate(&mut conn)?;
    Ok(conn)
}

/// Brings the schema to the latest version. Foreign keys are off while it runs: rebuilding a
/// table that others refer to (the documented way to change a CHECK) needs it; every
/// migration that rebuilds one runs `PRAGMA foreign_key_check` before it commits.
fn migrate(conn: &mut Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", false)?;
    let migrated = MIGRATIONS.to_latest(conn);
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(migrated?)
}

/// An empty, fully migrated in-memory workspace (tests, benchmarks).
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Reads the header of an existing file and returns its schema version, or refuses it.
fn inspect(conn: &Connection, path: &Path) -> Result<i64> {
    let header = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id),
                    (SELECT user_version FROM pragma_user_version),
                    (SELECT count(*) FROM sqlite_schema)",
            [],
            |row| Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?, row.get::<_, i64>(2)?)),
        )
        .map_err(|e| classify(e, path))?;
    let (application_id, version, objects) = header;
    if application_id == 0 && version == 0 && objects == 0 {
        return Ok(0); // an empty file: safe to initialise
    }
    if application_id != APPLICATION_ID {
        return Err(Error::NotAWorkspace { path: path.to_owned() });
    }
    if version > latest_version() {
        return Err(Error::TooNew {
            path: path.to_owned(),
            found: version,
            known: latest_version(),
        });
    }
    let check: String = conn
        .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
        .map_err(|e| classify(e, path))?;
    if check != "ok" {
        return Err(Error::Corrupt {
            path: path.to_owned(),
            detail: check,
        });
    }
    Ok(version)
}

fn classify(error: rusqlite::Error, path: &Path) -> Error {
    use rusqlite::ErrorCode;
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotAWorkspace { path: path.to_owned() },
        Some(ErrorCode::DatabaseCorrupt) => Error::Corrupt {
            path: path.to_owned(),
            detail: error.to_string(),
        },
        _ => Error::Storage(error),
    }
}

fn backup_path(path: &Path, version: i64) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".v{version}.bak"));
    path.with_file_name(name)
}

fn back_up(conn: &Connection, target: &Path) -> Result<()> {
    let mut copy = Connection::open(target)?;
    let backup = rusqlite::backup::Backup::new(conn, &mut copy)?;
    backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
    Ok(())
}
