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

    #[error("nothing to undo")]
    NothingToUndo,

    #[error("nothing to redo")]
    NothingToRedo,

    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },

    #[error("storage: {0}")]
    Storage(#[from] rusqlite::Error),

    #[error("workspace upgrade failed: {0}")]
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
