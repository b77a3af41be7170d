//! The core's one error type.
//!
//! Every fallible core function returns [`Error`]. Each variant has a stable [`ErrorKind`]
//! that the shell forwards to the UI unchanged, so the UI can react to a kind without
//! parsing messages. Messages name what is wrong in the user's terms (the field, the file).

use std::path::PathBuf;

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// User input broke a rule; `field` names the input, `message` says why.
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },

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
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
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
