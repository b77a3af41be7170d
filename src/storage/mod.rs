//! Opening a workspace file: lock, inspection, then pragmas, backup and migrations.
//!
//! Contract: [`open`] is inspection first. In order:
//! 1. the folder must exist (a mistyped `--db` never creates folders);
//! 2. the one-writer lock ([`lock`]) is taken, so a second app instance on the same file is
//!    refused with [`Error::InUse`] before it reads anything;
//! 3. the file's bytes are checked without SQLite ([`inspect::file_bytes`]): not SQLite, or
//!    shorter than its header says, is refused;
//! 4. a read-only connection reads the format mark, version and a quick integrity check
//!    ([`inspect::schema`]): another application's database, a damaged file, a newer format
//!    or a marked file without a version is refused. Up to here nothing has been written: a
//!    refused file and its `-wal` are left byte for byte as they were;
//! 5. a file the user cannot write (or marked read-only) is accepted read-only: the inspection
//!    connection stays open with `query_only`, and every edit is refused with
//!    [`Error::ReadOnly`]; one that would first need upgrading is refused;
//! 6. otherwise a read-write connection switches to WAL, an older workspace is copied into its
//!    backups folder ([`backup`]) and the migrations run in one transaction;
//! 7. the journal's batches are read back ([`inspect::damaged_history`]): a damaged history is
//!    reported with the opened workspace, whose tables stay usable.
//!
//! Every connection to a workspace file is made by [`connect`], the one place where a
//! connection gets set up before its first statement.

pub mod backup;
pub mod cipher;
mod copy;
mod inspect;
mod lock;
mod migrations;
mod restore;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

pub use lock::{lock_path, WorkspaceLock};
pub use migrations::{latest_version, MIGRATIONS};

/// Marks a SQLite file as a Symbio workspace (`PRAGMA application_id`), ASCII "SYMB".
pub const APPLICATION_ID: i64 = 0x5359_4D42;

/// How long a statement waits for another connection's lock before giving up.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// An opened workspace, ready for [`crate::Db`].
pub struct Opened {
    pub conn: Connection,
    /// Held for the life of the `Db`; `None` when the file is opened read-only.
    pub lock: Option<WorkspaceLock>,
    /// Viewing only: the file cannot (or must not) be written.
    pub read_only: bool,
    /// Actions whose undo history is damaged (see [`inspect::damaged_history`]).
    pub damaged_actions: Vec<i64>,
}

/// How [`connect`] opens a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Reading only: inspection, and viewing a read-only workspace.
    ReadOnly,
    /// Reading and writing, creating the file when absent.
    ReadWrite,
}

/// Opens a connection to the workspace file at `path`. Anything a connection needs before its
/// first statement (an encryption key, for instance) is applied here.
fn connect(path: &Path, mode: Mode, key: Option<&cipher::Key>) -> Result<Connection> {
    let flags = match mode {
        Mode::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
        Mode::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
    } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| inspect::classify(e, path))?;
    if let Some(key) = key {
        cipher::apply(&conn, key, path)?;
    }
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(conn)
}

/// Per-connection settings of a writable workspace; not part of the schema, so they are set
/// on every open.
fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // Deleted rows are overwritten with zeros, not left readable in free pages (forgetting).
    conn.pragma_update(None, "secure_delete", true)?;
    Ok(())
}

/// Opens the workspace at `path`, creating it when absent (see the module doc for the steps);
/// an older workspace is first copied into `backups` (none: a scratch copy that needs none).
pub fn open(path: &Path, backups: Option<&backup::Backups>) -> Result<Opened> {
    open_keyed(path, backups, None)
}

/// [`open`] of a workspace encrypted with `key` (see [`cipher`]); without a key an encrypted
/// file is refused with [`Error::Encrypted`] before anything reads it.
pub(crate) fn open_keyed(path: &Path, backups: Option<&backup::Backups>, key: Option<&cipher::Key>) -> Result<Opened> {
    require_folder(path)?;
    let encrypted = cipher::is_encrypted_file(path)?;
    if encrypted && key.is_none() {
        return Err(Error::Encrypted { path: path.to_owned() });
    }
    let mut writable = writable(path)?;
    let lock = if writable {
        match WorkspaceLock::acquire(path) {
            Ok(lock) => Some(lock),
            // A folder the user cannot write: the file can still be viewed, never edited.
            Err(lock::Refusal::Unavailable(e)) if path.is_file() && read_only_cause(&e) => {
                writable = false;
                None
            }
            Err(refusal) => return Err(refusal.into_error(path)),
        }
    } else {
        None
    };
    // An encrypted file's header is ciphertext: SQLite checks it once keyed.
    let bytes = if encrypted {
        inspect::Bytes::Sqlite
    } else {
        inspect::file_bytes(path)?
    };
    let version = match bytes {
        inspect::Bytes::Absent | inspect::Bytes::Empty => 0,
        inspect::Bytes::Sqlite => {
            let conn = connect(path, Mode::ReadOnly, key)?;
            let version = inspect::schema(&conn, path)?;
            if !writable {
                return view_only(conn, path, version);
            }
            version
        }
    };
    if !writable {
        // An empty read-only file: there is nothing to show and it cannot be set up.
        return Err(Error::ReadOnlyOutdated { path: path.to_owned() });
    }
    let mut conn = connect(path, Mode::ReadWrite, key)?;
    configure(&conn)?;
    if let Some(backups) = backups.filter(|_| version > 0 && version < latest_version()) {
        backups.take(&conn, backup::BackupReason::Migration, key)?;
    }
    migrate(&mut conn)?;
    let damaged_actions = inspect::damaged_history(&conn)?;
    Ok(Opened {
        conn,
        lock: lock.map(WorkspaceLock::kept),
        read_only: false,
        damaged_actions,
    })
}

/// Keeps the inspection connection of a read-only workspace for viewing it.
fn view_only(conn: Connection, path: &Path, version: i64) -> Result<Opened> {
    if version < latest_version() {
        return Err(Error::ReadOnlyOutdated { path: path.to_owned() });
    }
    // SQLite refuses writes on a read-only connection already; query_only also refuses the
    // pragmas that would change the file.
    conn.pragma_update(None, "query_only", true)?;
    let damaged_actions = inspect::damaged_history(&conn)?;
    Ok(Opened {
        conn,
        lock: None,
        read_only: true,
        damaged_actions,
    })
}

/// A workspace may only be created in a folder that exists.
fn require_folder(path: &Path) -> Result<()> {
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) if !folder.is_dir() => Err(Error::FolderMissing {
            folder: folder.to_owned(),
        }),
        _ => Ok(()),
    }
}

/// Whether the file may be written: absent (it will be created), or present, not marked
/// read-only and openable for writing. Marked read-only counts even where the OS would let
/// this user write (an administrator): the mark says the file must not change.
fn writable(path: &Path) -> Result<bool> {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(source) => {
            return Err(Error::Io {
                context: format!("cannot open {}", path.display()),
                source,
            })
        }
    };
    if metadata.permissions().readonly() {
        return Ok(false);
    }
    // Opening for writing (no create, no truncate) changes nothing in the file.
    match std::fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(_) => Ok(true),
        Err(e) if read_only_cause(&e) => Ok(false),
        Err(source) => Err(Error::Io {
            context: format!("cannot open {}", path.display()),
            source,
        }),
    }
}

fn read_only_cause(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    )
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

/// A read-write connection to the workspace at `path`, already inspected and migrated, keyed
/// and configured: the open workspace's after its file was rewritten under another key.
pub(crate) fn reconnect(path: &Path, key: Option<&cipher::Key>) -> Result<Connection> {
    let conn = connect(path, Mode::ReadWrite, key)?;
    configure(&conn)?;
    Ok(conn)
}

/// An empty, fully migrated in-memory workspace (tests, benchmarks).
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// `<file><suffix>` beside the workspace (`-wal`, `-shm`).
pub(crate) fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}
