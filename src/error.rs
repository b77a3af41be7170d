//! The core's one error type.
//!
//! Every fallible core function returns [`Error`]. Each variant has a stable [`ErrorKind`]
//! that the shell forwards to the UI unchanged, so the UI can react to a kind without
//! parsing messages. What is wrong is also a [`Problem`]: a stable code with the values it is
//! made of, which the UI words in the user's language; the English `Display` is for logs,
//! tests and as a last fallback. Invalid input names the field it is about.

use std::path::PathBuf;

use serde::Serialize;

pub use crate::problem::{IoCause, Problem};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// User input broke a rule; `field` names the input, `problem` says why.
    #[error("{field}: {problem}")]
    Invalid { field: String, problem: Problem },

    #[error("{entity} {id} does not exist")]
    NotFound { entity: &'static str, id: i64 },

    #[error("{path} is not a Symbio workspace; it was left untouched")]
    NotAWorkspace { path: PathBuf },

    #[error("{path} is damaged and cannot be read as a workspace; it was left untouched ({detail})")]
    Corrupt { path: PathBuf, detail: String },

    #[error(
        "{path} was saved by a newer version of Symbio (workspace format {found}, this version reads up to {known}); \
         it was left untouched"
    )]
    TooNew { path: PathBuf, found: i64, known: i64 },

    #[error("{path} is encrypted; its passphrase is needed to open it")]
    Encrypted { path: PathBuf },

    #[error("the passphrase does not open {path}; nothing was changed")]
    WrongPassphrase { path: PathBuf },

    /// Another app instance (or another open `Db`) holds the workspace's one-writer lock.
    #[error("{path} is open in another Symbio window")]
    InUse { path: PathBuf },

    /// An edit on a workspace opened read-only.
    #[error("{path} is read-only; changes cannot be saved")]
    ReadOnly { path: PathBuf },

    /// A read-only file that would first need upgrading (or setting up) to be shown.
    #[error("{path} is read-only and would need upgrading before it can be opened; it was left untouched")]
    ReadOnlyOutdated { path: PathBuf },

    /// Shorter than its own header says: a copy cut off before its end.
    #[error("{path} is cut short ({bytes} bytes of at least {expected}); it was left untouched")]
    Truncated { path: PathBuf, bytes: u64, expected: u64 },

    /// A workspace path in a folder that does not exist (folders are never created for it).
    #[error("the folder {folder} does not exist")]
    FolderMissing { folder: PathBuf },

    #[error("nothing to undo")]
    NothingToUndo,

    #[error("nothing to redo")]
    NothingToRedo,

    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },

    #[error("storage: {}", brief_storage(.0))]
    Storage(#[from] rusqlite::Error),

    #[error("workspace upgrade failed: {}", brief_migration(.0))]
    Migration(#[from] rusqlite_migration::Error),

    #[error("journal entry cannot be replayed: {0}")]
    Journal(String),
}

/// Stable, serializable category of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    Invalid,
    NotFound,
    NotAWorkspace,
    Corrupt,
    TooNew,
    Encrypted,
    WrongPassphrase,
    InUse,
    ReadOnly,
    NothingToUndo,
    NothingToRedo,
    Io,
    Storage,
}

impl Error {
    /// Input `field` is refused because of `problem`.
    pub fn problem(field: impl Into<String>, problem: Problem) -> Self {
        Error::Invalid {
            field: field.into(),
            problem,
        }
    }

    /// What is wrong, as a code with values, for every kind of error.
    pub fn to_problem(&self) -> Problem {
        let path = |p: &PathBuf| p.display().to_string();
        match self {
            Error::Invalid { problem, .. } => problem.clone(),
            Error::NotFound { entity, id } => Problem::NotFound {
                entity: (*entity).to_owned(),
                id: *id,
            },
            Error::NotAWorkspace { path: p } => Problem::NotAWorkspace { path: path(p) },
            Error::Corrupt { path: p, .. } => Problem::Corrupt { path: path(p) },
            Error::TooNew { path: p, found, known } => Problem::TooNew {
                path: path(p),
                found: *found,
                known: *known,
            },
            Error::Encrypted { path: p } => Problem::Encrypted { path: path(p) },
            Error::WrongPassphrase { .. } => Problem::WrongPassphrase,
            Error::InUse { path: p } => Problem::InUse { path: path(p) },
            Error::ReadOnly { path: p } => Problem::ReadOnly { path: path(p) },
            Error::ReadOnlyOutdated { path: p } => Problem::ReadOnlyOutdated { path: path(p) },
            Error::Truncated { path: p, .. } => Problem::Truncated { path: path(p) },
            Error::FolderMissing { folder } => Problem::FolderMissing { folder: path(folder) },
            Error::NothingToUndo => Problem::NothingToUndo,
            Error::NothingToRedo => Problem::NothingToRedo,
            Error::Io { source, .. } => Problem::Io {
                cause: source.kind().into(),
            },
            Error::Storage(_) | Error::Migration(_) => Problem::Storage,
            Error::Journal(_) => Problem::DamagedHistory,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Invalid { .. } => ErrorKind::Invalid,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::NotAWorkspace { .. } => ErrorKind::NotAWorkspace,
            Error::Corrupt { .. } => ErrorKind::Corrupt,
            Error::TooNew { .. } => ErrorKind::TooNew,
            Error::Encrypted { .. } => ErrorKind::Encrypted,
            Error::WrongPassphrase { .. } => ErrorKind::WrongPassphrase,
            Error::InUse { .. } => ErrorKind::InUse,
            Error::ReadOnly { .. } | Error::ReadOnlyOutdated { .. } => ErrorKind::ReadOnly,
            Error::Truncated { .. } => ErrorKind::Corrupt,
            Error::FolderMissing { .. } => ErrorKind::Io,
            Error::NothingToUndo => ErrorKind::NothingToUndo,
            Error::NothingToRedo => ErrorKind::NothingToRedo,
            Error::Io { .. } => ErrorKind::Io,
            Error::Storage(_) | Error::Migration(_) | Error::Journal(_) => ErrorKind::Storage,
        }
    }

    /// The input field a validation error is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// Longest storage detail kept in a message: SQLite's own words, never a whole statement.
const BRIEF: usize = 160;

fn brief(text: String) -> String {
    match text.char_indices().nth(BRIEF) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// A storage error without the SQL text some of them carry.
fn brief_storage(error: &rusqlite::Error) -> String {
    match error {
        rusqlite::Error::SqlInputError { msg, .. } => brief(msg.clone()),
        other => brief(other.to_string()),
    }
}

/// A failed migration without its SQL (a migration's text is kilobytes long).
fn brief_migration(error: &rusqlite_migration::Error) -> String {
    match error {
        rusqlite_migration::Error::RusqliteError { err, .. } => brief_storage(err),
        rusqlite_migration::Error::ForeignKeyCheck(problems) => {
            format!("{} rows would refer to missing rows", problems.len())
        }
        other => brief(other.to_string()),
    }
}
