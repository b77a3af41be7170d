//! [`Db`]: the handle to one open workspace.
//!
//! Contract: reads go through [`Db::read`], every mutation through [`Db::write`], which runs
//! it in one transaction recorded as one undoable journal action (see [`crate::journal`]).
//! A failed write rolls back completely. The lock is a plain mutex held only for the
//! duration of one call, never across an `.await` (the core has none).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use rusqlite::Connection;

use crate::error::Result;
use crate::journal::{ChangeSet, Writer};
use crate::storage;

type ChangeListener = Box<dyn Fn(&ChangeSet) + Send + Sync>;

pub struct Db {
    conn: Mutex<Connection>,
    path: Option<PathBuf>,
    author: String,
    listener: Mutex<Option<ChangeListener>>,
}

impl Db {
    /// Opens the workspace file at `path`, creating and migrating it as needed.
    pub fn open(path: &Path) -> Result<Self> {
        let conn = storage::open(path)?;
        Ok(Self::with_connection(conn, Some(path.to_owned())))
    }

    /// A fresh workspace that lives in memory only.
    pub fn open_in_memory() -> Result<Self> {
        Ok(Self::with_connection(storage::open_in_memory()?, None))
    }

    fn with_connection(conn: Connection, path: Option<PathBuf>) -> Self {
        let author = std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_else(|_| "unknown".to_owned());
        Self {
            conn: Mutex::new(conn),
            path,
            author,
            listener: Mutex::new(None),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Who is recorded as the author of journal actions and assessment events.
    pub fn author(&self) -> &str {
        &self.author
    }

    pub fn set_author(&mut self, author: impl Into<String>) {
        self.author = author.into();
    }

    /// Registers the one function told about every committed change (the shell emits events).
    pub fn on_change(&self, listener: impl Fn(&ChangeSet) + Send + Sync + 'static) {
        *lock(&self.listener) = Some(Box::new(listener));
    }

    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&lock(&self.conn))
    }

    /// Runs `f` as one journal action named `label`; commits only if `f` succeeds.
    pub(crate) fn write<T>(&self, label: &str, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        let (value, changes) = {
            let mut conn = lock(&self.conn);
            let mut writer = Writer::begin(&mut conn, label, &self.author)?;
            let value = f(&mut writer)?;
            (value, writer.commit()?)
        };
        self.notify(&changes);
        Ok(value)
    }

    pub(crate) fn notify(&self, changes: &ChangeSet) {
        if changes.changes.is_empty() {
            return;
        }
        if let Some(listener) = lock(&self.listener).as_ref() {
            listener(changes);
        }
    }

    pub(crate) fn lock_conn(&self) -> MutexGuard<'_, Connection> {
        lock(&self.conn)
    }
}

/// A panic while the lock was held rolled its transaction back, so the data is consistent
/// and the poison flag carries no information worth failing for.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
