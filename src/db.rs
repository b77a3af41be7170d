//! [`Db`]: the handle to one open workspace.
//!
//! Contract: reads go through [`Db::read`], every mutation through [`Db::write`], which runs
//! it in one transaction recorded as one undoable journal action (see [`crate::journal`]).
//! A failed write rolls back completely. The lock is a plain mutex held only for the
//! duration of one call, never across an `.await` (the core has none).
//!
//! A `Db` opened on a file holds the file's one-writer lock ([`storage::WorkspaceLock`]) until
//! it is dropped. One opened read-only refuses every write, undo and redo with
//! [`Error::ReadOnly`] before touching anything.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use rusqlite::Connection;

use crate::brain::graph::TieGraph;
use crate::error::{Error, Result};
use crate::journal::{ChangeSet, Table, Writer};
use crate::storage;
use crate::storage::backup::{BackupSettings, Backups};

type ChangeListener = Box<dyn Fn(&ChangeSet) + Send + Sync>;

pub struct Db {
    conn: Mutex<Connection>,
    path: Option<PathBuf>,
    author: String,
    listener: Mutex<Option<ChangeListener>>,
    /// The tie graph of path analyses, kept between calls and dropped by any committed
    /// change to people or ties (building it costs ~30 ms on 100k ties; a search 1-4 ms).
    tie_graph: Mutex<Option<Arc<TieGraph>>>,
    /// The file's one-writer lock, released when the `Db` is dropped (None: in memory or read-only).
    _lock: Option<storage::WorkspaceLock>,
    read_only: bool,
    /// Actions whose journal batches were found damaged at opening (undo refuses them).
    damaged_actions: Vec<i64>,
    /// Where this workspace's backups go; none for a workspace in memory.
    backups: Option<Backups>,
    /// The key the file is encrypted with, `None` for a plain workspace (see [`storage::cipher`]).
    key: Mutex<Option<storage::cipher::Key>>,
}

impl Db {
    /// Opens the workspace file at `path`, creating and migrating it as needed, with its
    /// backups in `backups/` beside it.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_with_backups(path, &BackupSettings::beside(path))
    }

    /// Opens the workspace file at `path` with its backups kept as `settings` say (the shell
    /// gives the app-data folder); see [`crate::storage::backup`].
    pub fn open_with_backups(path: &Path, settings: &BackupSettings) -> Result<Self> {
        Self::open_keyed(path, settings, None)
    }

    /// [`Db::open_with_backups`] of a workspace encrypted with `key` (see [`storage::cipher`]).
    pub(crate) fn open_keyed(
        path: &Path,
        settings: &BackupSettings,
        key: Option<storage::cipher::Key>,
    ) -> Result<Self> {
        // Known only once the file exists (its folder is named after its full path).
        let before = path.exists().then(|| Backups::for_workspace(settings, path));
        let opened = storage::open_keyed(path, before.as_ref(), key.as_ref())?;
        let mut db = Self::with_connection(opened.conn, Some(path.to_owned()));
        // Before anything else reads or copies the file: every other connection needs the key.
        db.set_key(key);
        db._lock = opened.lock;
        db.read_only = opened.read_only;
        db.damaged_actions = opened.damaged_actions;
        let backups = Backups::for_workspace(settings, path);
        storage::backup::on_open(&backups, &db.lock_conn(), path, before.is_some(), db.key().as_ref());
        db.backups = Some(backups);
        // History older than the retention setting keeps only its audit line. Not a reason to
        // refuse the workspace: a failure (a busy or full disk) is retried at the next opening.
        let _ = db.apply_retention();
        Ok(db)
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
            tie_graph: Mutex::new(None),
            _lock: None,
            read_only: false,
            damaged_actions: Vec::new(),
            backups: None,
            key: Mutex::new(None),
        }
    }

    /// The workspace's encryption key, for every other connection to it or to a copy of it.
    pub(crate) fn key(&self) -> Option<storage::cipher::Key> {
        lock(&self.key).clone()
    }

    pub(crate) fn set_key(&self, key: Option<storage::cipher::Key>) {
        *lock(&self.key) = key;
    }

    /// Whether the workspace was opened for viewing only (see the module doc).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Whether part of the undo history was found damaged at opening; the data is intact.
    pub fn history_damaged(&self) -> bool {
        !self.damaged_actions.is_empty()
    }

    /// Whether this `Db` is the open workspace at `path` (the same file under any name).
    pub fn is_open_at(&self, path: &Path) -> bool {
        match (
            self.path.as_deref().map(std::fs::canonicalize),
            std::fs::canonicalize(path),
        ) {
            (Some(Ok(open)), Ok(other)) => open == other,
            _ => false,
        }
    }

    pub(crate) fn refuse_if_read_only(&self) -> Result<()> {
        match (&self.path, self.read_only) {
            (Some(path), true) => Err(Error::ReadOnly { path: path.clone() }),
            _ => Ok(()),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub(crate) fn backups(&self) -> Option<&Backups> {
        self.backups.as_ref()
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

    /// Runs `f` as one journal action labelled `label`; commits only if `f` succeeds.
    pub(crate) fn write<T>(
        &self,
        label: crate::journal::ActionLabel,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        self.refuse_if_read_only()?;
        let (value, changes) = {
            let mut conn = lock(&self.conn);
            let mut writer = Writer::begin(&mut conn, label, &self.author)?;
            let value = f(&mut writer)?;
            (value, writer.commit()?)
        };
        if let Some(changes) = changes {
            self.notify(&changes);
        }
        Ok(value)
    }

    pub(crate) fn notify(&self, changes: &ChangeSet) {
        if changes.changes.is_empty() {
            return;
        }
        // Before the listener: whoever refetches because of this change sees the new graph.
        if changes
            .changes
            .iter()
            .any(|c| matches!(c.table, Table::Tie | Table::Person))
        {
            *lock(&self.tie_graph) = None;
        }
        if let Some(listener) = lock(&self.listener).as_ref() {
            listener(changes);
        }
    }

    /// The workspace's tie graph, built on first use after a change to people or ties.
    pub(crate) fn tie_graph(&self, conn: &Connection) -> Result<Arc<TieGraph>> {
        let mut cached = lock(&self.tie_graph);
        if let Some(graph) = cached.as_ref() {
            return Ok(Arc::clone(graph));
        }
        let graph = Arc::new(TieGraph::load(conn)?);
        *cached = Some(Arc::clone(&graph));
        Ok(graph)
    }

    /// Drops the kept tie graph, as a change to people or ties does (benchmarks time the rebuild).
    pub(crate) fn forget_tie_graph(&self) {
        *lock(&self.tie_graph) = None;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::NewAccount;
    use crate::person::NewPerson;
    use crate::tie::NewTie;
    use crate::vocabulary::{CoverageRole, Level, PersonalTie, Side, TieKind};

    /// Hops of the best introduction path to `target`.
    fn best_hops(db: &Db, target: i64) -> usize {
        db.introduction_paths(target, None, Some(1)).unwrap().paths[0]
            .hops
            .len()
    }

    #[test]
    fn the_cached_tie_graph_follows_edits_undo_and_redo() {
        let db = Db::open_in_memory().unwrap();
        let account = db.create_account(NewAccount::named("Harbour Foods")).unwrap().id;
        let person = |side, name: &str, account| {
            db.create_person(NewPerson::new(account, side, name, Level::Manager))
                .unwrap()
                .id
        };
        let (staff, buyer, target) = (
            person(Side::Ours, "Owner", None),
            person(Side::Customer, "Buyer", Some(account)),
            person(Side::Customer, "Target", Some(account)),
        );
        let mut cover = NewTie::new(staff, buyer, TieKind::Coverage);
        cover.coverage_role = Some(CoverageRole::A);
        db.create_tie(cover).unwrap();
        let mut friends = NewTie::new(buyer, target, TieKind::Personal);
        friends.personal_kind = Some(PersonalTie::Friend);
        db.create_tie(friends).unwrap();
        assert_eq!(best_hops(&db, target), 3, "owner, buyer, target");

        let mut direct = NewTie::new(staff, target, TieKind::Personal);
        direct.personal_kind = Some(PersonalTie::Alumni);
        direct.strength = Some(5);
        db.create_tie(direct).unwrap();
        assert_eq!(best_hops(&db, target), 2, "a new tie is seen at once");
        db.undo().unwrap();
        assert_eq!(best_hops(&db, target), 3, "and its undo");
        db.redo().unwrap();
        assert_eq!(best_hops(&db, target), 2, "and its redo");
    }
}
