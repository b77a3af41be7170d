//! The workspace's backups as the user handles them: listed, taken now, restored; and
//! forgetting that reaches them.
//!
//! Contract: [`Db::restore_backup`] never leaves a half-restored workspace. The chosen backup
//! is first copied to a scratch file, inspected there like any workspace being opened (one that
//! is not a workspace, is damaged or too new is refused and nothing changes) and migrated to
//! the current schema; the open workspace is then backed up (reason `restore`) and replaced
//! with SQLite's online backup API into the live connection, in one write transaction that
//! commits only when every page is in, so the file lock and the connection stay and a crash
//! leaves the old or the new content, never a mix. The change set that follows names every
//! table, so the UI refetches everything; the journal (undo history) is the backup's.
//! [`Db::purge_backups`] applies a purge (forgetting a person) to every backup, with
//! `secure_delete` on, and vacuums it; a backup the purge cannot be applied to is deleted, since
//! keeping data the user asked to forget weighs more than keeping an old copy.

use std::path::{Path, PathBuf};

use chrono::Utc;
use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;

use super::backup::{remove_quietly, BackupInfo, BackupList, BackupReason, Backups};
use super::cipher::Key;
use crate::db::Db;
use crate::document::Progress;
use crate::error::{Error, Result};
use crate::journal::{ActionLabel, Change, ChangeOp, ChangeSet, Table};

fn in_memory() -> Error {
    Error::Io {
        context: "a workspace kept in memory has no backups".to_owned(),
        source: std::io::Error::from(std::io::ErrorKind::Unsupported),
    }
}

/// Errors about the scratch copy are about the backup the user chose.
fn about(backup: &Path) -> impl FnOnce(Error) -> Error + '_ {
    move |error| match error {
        Error::NotAWorkspace { .. } => Error::NotAWorkspace {
            path: backup.to_owned(),
        },
        Error::Corrupt { detail, .. } => Error::Corrupt {
            path: backup.to_owned(),
            detail,
        },
        Error::TooNew { found, known, .. } => Error::TooNew {
            path: backup.to_owned(),
            found,
            known,
        },
        other => other,
    }
}

impl Db {
    fn backup_store(&self) -> Result<&Backups> {
        self.backups().ok_or_else(in_memory)
    }

    /// This workspace's backups, newest first, and where they are (none for a workspace in memory).
    pub fn list_backups(&self) -> Result<BackupList> {
        match self.backups() {
            Some(backups) => backups.overview(self.key().as_ref()),
            None => Ok(BackupList {
                folder: String::new(),
                keep_daily: 0,
                keep_weekly: 0,
                backups: Vec::new(),
            }),
        }
    }

    /// What "Reveal in folder" shows: the backup called `name`, or the backups folder (created
    /// when no backup was taken yet, so that there is a folder to show).
    pub fn backup_to_reveal(&self, name: Option<&str>) -> Result<PathBuf> {
        let backups = self.backup_store()?;
        match name {
            Some(name) => backups.path_of(name),
            None => backups.create_dir().map(|()| backups.dir().to_owned()),
        }
    }

    /// Takes a backup now, at the user's request; returns it as listed.
    pub fn back_up_now(&self) -> Result<BackupInfo> {
        let name = self.back_up(BackupReason::Manual)?;
        let listed = self.list_backups()?.backups.into_iter().find(|b| b.name == name);
        listed.ok_or_else(|| Error::Io {
            context: format!("the backup {name} was not kept"),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        })
    }

    /// Takes a backup for `reason` and rotates; a workspace in memory has none to take.
    pub(crate) fn back_up_before(&self, reason: BackupReason) -> Result<()> {
        match self.backups() {
            Some(_) => self.back_up(reason).map(drop),
            None => Ok(()),
        }
    }

    fn back_up(&self, reason: BackupReason) -> Result<String> {
        let backups = self.backup_store()?;
        let name = backups.take(&self.lock_conn(), reason, self.key().as_ref())?;
        backups.prune(Utc::now())?;
        Ok(name)
    }

    /// Replaces the workspace's content with the backup called `name` (see the module doc);
    /// `progress` hears how many pages of the backup are in.
    pub fn restore_backup(&self, name: &str, progress: &mut dyn FnMut(Progress)) -> Result<ChangeSet> {
        self.refuse_if_read_only()?;
        let backups = self.backup_store()?;
        let source = backups.path_of(name)?;
        let scratch = backups.scratch_path("restore");
        let restored = self.restore_from(backups, &source, &scratch, progress);
        remove_quietly(&scratch);
        restored?;
        backups.prune(Utc::now())?;
        let state = self.undo_state()?;
        let changes = ChangeSet {
            action_id: 0,
            label: ActionLabel::RestoreBackup,
            changes: Table::ALL
                .iter()
                .map(|&table| Change {
                    table,
                    id: 0,
                    op: ChangeOp::Updated,
                })
                .collect(),
            undo: state.undo,
            redo: state.redo,
        };
        self.notify(&changes);
        Ok(changes)
    }

    fn restore_from(
        &self,
        backups: &Backups,
        source: &Path,
        scratch: &Path,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<()> {
        std::fs::copy(source, scratch).map_err(|source_error| Error::Io {
            context: format!("cannot read the backup {}", source.display()),
            source: source_error,
        })?;
        // A backup made before the workspace was encrypted (and not re-keyed) is plain.
        let key = self
            .key()
            .filter(|_| super::cipher::is_encrypted_file(scratch).unwrap_or(false));
        let prepared = super::open_keyed(scratch, None, key.as_ref())
            .map_err(about(source))?
            .conn;
        let mut live = self.lock_conn();
        backups.take(&live, BackupReason::Restore, self.key().as_ref())?;
        copy_pages(&prepared, &mut live, progress)
    }

    /// Applies `purge` to every backup of this workspace, then vacuums it (see the module doc).
    pub(crate) fn purge_backups(&self, purge: impl Fn(&Connection) -> Result<()>) -> Result<()> {
        let Some(backups) = self.backups() else {
            return Ok(());
        };
        for path in backups.paths()? {
            if purge_file(&path, &purge, self.key().as_ref()).is_err() {
                remove_quietly(&path);
            }
        }
        Ok(())
    }
}

/// Copies every page of `from` into `to` in one write transaction on `to`.
fn copy_pages(from: &Connection, to: &mut Connection, progress: &mut dyn FnMut(Progress)) -> Result<()> {
    let backup = Backup::new(from, to)?;
    loop {
        let step = backup.step(256)?;
        let p = backup.progress();
        let total = u32::try_from(p.pagecount).unwrap_or(0);
        progress(Progress {
            done: total.saturating_sub(u32::try_from(p.remaining).unwrap_or(0)),
            total,
        });
        match step {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ => std::thread::sleep(std::time::Duration::from_millis(20)),
        }
    }
}

fn purge_file(path: &Path, purge: &impl Fn(&Connection) -> Result<()>, key: Option<&Key>) -> Result<()> {
    let conn = super::backup::keyed(path, rusqlite::OpenFlags::default(), key)?;
    conn.pragma_update(None, "secure_delete", true)?;
    // The purge runs its own transaction; the vacuum then rewrites the file without free pages.
    purge(&conn)?;
    conn.execute_batch("VACUUM")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::account::NewAccount;
    use crate::db::Db;
    use crate::person::NewPerson;
    use crate::profile::ProfileInput;
    use crate::storage::backup::BackupSettings;
    use crate::vocabulary::{Level, Side};

    /// Every file in `dir` and below, as bytes.
    fn all_bytes(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(all_bytes(&path));
            } else {
                out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
        out
    }

    #[test]
    fn a_purge_reaches_every_backup_and_leaves_no_trace_of_the_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.symbio");
        let db = Db::open_with_backups(&path, &BackupSettings::in_folder(dir.path().join("backups"))).unwrap();
        let account = db.create_account(NewAccount::named("Harbour Foods")).unwrap().id;
        let person = db
            .create_person(NewPerson::new(Some(account), Side::Customer, "Zhao", Level::Manager))
            .unwrap()
            .id;
        let secret = "Daughter studies oboe at Lakeside Conservatory";
        db.set_profile(
            person,
            ProfileInput {
                family: secret.to_owned(),
                ..ProfileInput::default()
            },
        )
        .unwrap();
        db.back_up_now().unwrap();
        db.back_up_now().unwrap();
        let holds = |needle: &str| {
            all_bytes(&dir.path().join("backups"))
                .into_iter()
                .filter(|(_, bytes)| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
                .map(|(name, _)| name)
                .collect::<Vec<_>>()
        };
        assert_eq!(holds(secret).len(), 2);
        db.purge_backups(|conn| {
            conn.execute("DELETE FROM person_profile WHERE person_id = ?1", [person])?;
            conn.execute("DELETE FROM journal_batch", [])?;
            Ok(())
        })
        .unwrap();
        assert!(holds(secret).is_empty(), "{:?}", holds(secret));
        assert_eq!(db.list_backups().unwrap().backups.len(), 2, "purged, still there");
        // A backup the purge fails on is deleted rather than kept with the text.
        db.purge_backups(|_| Err(crate::error::Error::Journal("cannot".to_owned())))
            .unwrap();
        assert!(db.list_backups().unwrap().backups.is_empty());
    }
}
