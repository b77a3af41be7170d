//! Rotating backups of a workspace file, taken with SQLite's online backup API.
//!
//! Contract: each workspace has its own folder under the backups root the shell gives
//! ([`BackupSettings`]; the app-data `backups/` folder, or `backups/` beside the workspace by
//! default), named after the file and a hash of its full path so two workspaces never mix.
//! A backup is a complete, standalone SQLite file (rollback journal mode, no `-wal` beside it),
//! written under a hidden `.partial` name and renamed into place, so a backup is either whole
//! or absent. Its name carries when it was taken (UTC, to the millisecond) and why
//! ([`BackupReason`]); nothing else is trusted from the folder. Backups are taken when a
//! workspace opens and its latest backup is a day old or more, before every migration, before
//! every import, before a restore, and when the user asks. Rotation keeps every backup of the
//! last 24 hours (the safety copies before imports and restores must outlive the next one), the
//! newest of each of the latest `keep_daily` days and the newest of each of the latest
//! `keep_weekly` ISO weeks that have backups (days and weeks in UTC); files it did not name
//! are never touched.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, TimeZone, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};

use super::cipher::{self, Key};
use crate::error::{Error, Result};

const EXTENSION: &str = "symbio";
const STAMP: &str = "%Y%m%d-%H%M%S";

/// Where backups go and how many rotation keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSettings {
    /// The root folder; each workspace gets its own folder inside it.
    pub root: PathBuf,
    /// How many days (the newest backup of each) are kept.
    pub keep_daily: u32,
    /// How many ISO weeks (the newest backup of each) are kept.
    pub keep_weekly: u32,
}

impl BackupSettings {
    /// Backups under `root`, keeping 7 daily and 4 weekly ones.
    pub fn in_folder(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            keep_daily: 7,
            keep_weekly: 4,
        }
    }

    /// The default when no folder is given: `backups/` beside the workspace.
    pub fn beside(workspace: &Path) -> Self {
        let parent = workspace.parent().filter(|p| !p.as_os_str().is_empty());
        Self::in_folder(parent.unwrap_or(Path::new(".")).join("backups"))
    }
}

crate::vocabulary::vocabulary!(
    /// Why a backup was taken; part of its file name.
    BackupReason {
        Daily = "daily",
        Migration = "migration",
        Import = "import",
        Restore = "restore",
        Manual = "manual",
    }
);

/// One backup as the Backups screen lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct BackupInfo {
    /// The file name inside the workspace's backup folder; what restoring asks for.
    pub name: String,
    /// When it was taken, RFC 3339 in UTC.
    pub taken_at: String,
    pub reason: BackupReason,
    /// Bytes on disk.
    pub size: i64,
    /// Read from the backup itself; absent when it cannot be read.
    pub accounts: Option<i64>,
    pub people: Option<i64>,
}

/// A workspace's backups as the Backups screen shows them, with the rotation that keeps them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct BackupList {
    /// The folder holding them (empty for a workspace in memory).
    pub folder: String,
    pub keep_daily: u32,
    pub keep_weekly: u32,
    /// Newest first.
    pub backups: Vec<BackupInfo>,
}

/// One workspace's backup folder and rotation.
#[derive(Debug, Clone)]
pub struct Backups {
    dir: PathBuf,
    keep_daily: u32,
    keep_weekly: u32,
}

/// A backup file this module named: when and why.
struct Entry {
    name: String,
    at: DateTime<Utc>,
    reason: BackupReason,
}

fn io(context: String) -> impl FnOnce(std::io::Error) -> Error {
    move |source| Error::Io { context, source }
}

impl Backups {
    /// The backups of the workspace at `workspace` under `settings`.
    pub(crate) fn for_workspace(settings: &BackupSettings, workspace: &Path) -> Self {
        let full = std::fs::canonicalize(workspace).unwrap_or_else(|_| workspace.to_owned());
        let name = workspace
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Self {
            dir: settings
                .root
                .join(format!("{name}-{:08x}", fnv1a(full.to_string_lossy().as_bytes()))),
            keep_daily: settings.keep_daily.max(1),
            keep_weekly: settings.keep_weekly,
        }
    }

    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    /// What the Backups screen shows.
    pub(crate) fn overview(&self, key: Option<&Key>) -> Result<BackupList> {
        Ok(BackupList {
            folder: self.dir.display().to_string(),
            keep_daily: self.keep_daily,
            keep_weekly: self.keep_weekly,
            backups: self.list(key)?,
        })
    }

    pub(crate) fn create_dir(&self) -> Result<()> {
        std::fs::create_dir_all(&self.dir)
            .map_err(io(format!("cannot create the backup folder {}", self.dir.display())))
    }

    /// Copies the database open on `conn` into a new backup (encrypted with `key`, the
    /// workspace's, when it is encrypted); returns its file name.
    pub(crate) fn take(&self, conn: &Connection, reason: BackupReason, key: Option<&Key>) -> Result<String> {
        self.create_dir()?;
        let partial = self.scratch_path("backup");
        let written = write_copy(conn, &partial, key);
        let placed = written.and_then(|()| self.place(&partial, Utc::now(), reason));
        if placed.is_err() {
            remove_quietly(&partial);
        }
        placed
    }

    /// Moves the finished copy at `from` into the folder under the name for `at` and `reason`.
    fn place(&self, from: &Path, at: DateTime<Utc>, reason: BackupReason) -> Result<String> {
        let mut at = at;
        loop {
            let name = file_name(at, reason);
            let target = self.dir.join(&name);
            if !target.exists() {
                std::fs::rename(from, &target).map_err(io(format!("cannot save the backup {}", target.display())))?;
                return Ok(name);
            }
            // Two backups in one millisecond: the later one is named a millisecond on.
            at += Duration::milliseconds(1);
        }
    }

    /// A fresh hidden name in the folder for a file being written (never listed, never rotated).
    pub(crate) fn scratch_path(&self, what: &str) -> PathBuf {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        self.dir.join(format!(".{what}-{}-{n}.partial", std::process::id()))
    }

    fn entries(&self) -> Result<Vec<Entry>> {
        let read = match std::fs::read_dir(&self.dir) {
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io(format!("cannot read the backup folder {}", self.dir.display()))(e)),
        };
        let mut entries: Vec<Entry> = read
            .filter_map(|e| e.ok())
            .filter_map(|e| parse_name(&e.file_name().to_string_lossy()))
            .collect();
        entries.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.name.cmp(&a.name)));
        Ok(entries)
    }

    /// The backups, newest first; an encrypted one is read with `key`.
    pub(crate) fn list(&self, key: Option<&Key>) -> Result<Vec<BackupInfo>> {
        Ok(self
            .entries()?
            .into_iter()
            .filter_map(|entry| {
                let path = self.dir.join(&entry.name);
                // Gone since the folder was read (rotated by another call): not listed.
                let size = std::fs::metadata(&path).ok()?.len();
                let counts = counts(&path, key).ok();
                Some(BackupInfo {
                    taken_at: entry.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                    reason: entry.reason,
                    size: i64::try_from(size).unwrap_or(i64::MAX),
                    accounts: counts.map(|c| c.0),
                    people: counts.map(|c| c.1),
                    name: entry.name,
                })
            })
            .collect())
    }

    /// The path of the backup called `name`, which must be one this module named and exists.
    pub(crate) fn path_of(&self, name: &str) -> Result<PathBuf> {
        let known = parse_name(name).is_some() && !name.contains(['/', '\\']);
        let path = self.dir.join(name);
        if !known || !path.is_file() {
            return Err(Error::Io {
                context: format!("there is no backup {name}"),
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        }
        Ok(path)
    }

    /// The paths of every backup, for rewriting them all (forgetting a person).
    pub(crate) fn paths(&self) -> Result<Vec<PathBuf>> {
        Ok(self.entries()?.into_iter().map(|e| self.dir.join(e.name)).collect())
    }

    /// When the latest backup was taken.
    pub(crate) fn latest(&self) -> Result<Option<DateTime<Utc>>> {
        Ok(self.entries()?.first().map(|e| e.at))
    }

    /// Takes a daily backup if the latest one is a day old or more (or there is none).
    pub(crate) fn daily(&self, conn: &Connection, now: DateTime<Utc>, key: Option<&Key>) -> Result<Option<String>> {
        if self.latest()?.is_some_and(|at| now - at < Duration::days(1)) {
            return Ok(None);
        }
        self.take(conn, BackupReason::Daily, key).map(Some)
    }

    /// Deletes the backups rotation no longer keeps (see the module doc).
    pub(crate) fn prune(&self, now: DateTime<Utc>) -> Result<()> {
        let entries = self.entries()?;
        let keep = kept(&entries, now, self.keep_daily, self.keep_weekly);
        for entry in entries.iter().filter(|e| !keep.contains(e.name.as_str())) {
            remove_quietly(&self.dir.join(&entry.name));
        }
        Ok(())
    }

    /// Moves the migration backups older versions left beside the workspace
    /// (`<file>.v<N>.bak`) into the folder, dated by their modification time.
    pub(crate) fn adopt_legacy(&self, workspace: &Path) -> Result<()> {
        let (Some(parent), Some(name)) = (workspace.parent(), workspace.file_name()) else {
            return Ok(());
        };
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        let prefix = format!("{}.v", name.to_string_lossy());
        let Ok(read) = std::fs::read_dir(parent) else {
            return Ok(());
        };
        for file in read.filter_map(|e| e.ok()) {
            let file_name = file.file_name().to_string_lossy().into_owned();
            let is_legacy = file_name
                .strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(".bak"))
                .is_some_and(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()));
            if !is_legacy {
                continue;
            }
            self.create_dir()?;
            let at = file
                .metadata()
                .and_then(|m| m.modified())
                .map(DateTime::<Utc>::from)
                .unwrap_or_else(|_| Utc::now());
            // Copied as a backup (standalone, rollback journal) rather than renamed: the old
            // file may be in WAL form, and the folder may be on another disk.
            let partial = self.scratch_path("adopt");
            let copied = Connection::open_with_flags(file.path(), OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(Error::from)
                // Old versions never encrypted: the copy stays plain like the file it was.
                .and_then(|old| write_copy(&old, &partial, None))
                .and_then(|()| self.place(&partial, at, BackupReason::Migration));
            match copied {
                Ok(_) => remove_quietly(&file.path()),
                // An unreadable old backup stays where it is, as it was.
                Err(_) => remove_quietly(&partial),
            }
        }
        Ok(())
    }
}

/// What opening a workspace does about its backups: old migration backups move in, the daily
/// backup is taken if due (not for a workspace just created: nothing to lose yet), rotation
/// runs. A failure here does not stop the workspace from opening: the user's work matters more
/// than its copy, and the Backups screen shows when the latest backup was taken.
pub(crate) fn on_open(backups: &Backups, conn: &Connection, workspace: &Path, existed: bool, key: Option<&Key>) {
    let now = Utc::now();
    let _ = backups.adopt_legacy(workspace);
    if existed {
        let _ = backups.daily(conn, now, key);
    }
    let _ = backups.prune(now);
}

/// Writes a standalone copy of `conn`'s main database at `target` (a new file), encrypted with
/// `key` when given (SQLCipher copies pages only between databases keyed alike).
pub(crate) fn write_copy(conn: &Connection, target: &Path, key: Option<&Key>) -> Result<()> {
    {
        let mut copy = keyed(target, OpenFlags::default(), key)?;
        let backup = Backup::new(conn, &mut copy)?;
        loop {
            match backup.step(256)? {
                StepResult::Done => break,
                StepResult::More => {}
                // The source is busy for a moment (a checkpoint): try again shortly.
                _ => std::thread::sleep(std::time::Duration::from_millis(20)),
            }
        }
    }
    // The copy carries the source's WAL flag in its header; a backup is one file.
    let copy = keyed(target, OpenFlags::default(), key)?;
    copy.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

/// A connection to the backup file at `path`, keyed with `key` when the file is encrypted.
pub(crate) fn keyed(path: &Path, flags: OpenFlags, key: Option<&Key>) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags)?;
    // A new file is keyed when the workspace is; an existing one when its header says so.
    let encrypted = std::fs::metadata(path).map_or(true, |m| m.len() == 0) || cipher::is_encrypted_file(path)?;
    if let Some(key) = key.filter(|_| encrypted) {
        cipher::apply(&conn, key, path)?;
    }
    Ok(conn)
}

/// Accounts and people in the backup at `path`, read without writing to it.
fn counts(path: &Path, key: Option<&Key>) -> Result<(i64, i64)> {
    let conn = keyed(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        key,
    )?;
    Ok(conn.query_row(
        "SELECT (SELECT count(*) FROM account), (SELECT count(*) FROM person)",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?)
}

pub(crate) fn remove_quietly(path: &Path) {
    // Already gone is fine; anything else leaves a file the next rotation retries.
    let _ = std::fs::remove_file(path);
    for suffix in ["-journal", "-wal", "-shm", ".lock"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(side));
    }
}

fn file_name(at: DateTime<Utc>, reason: BackupReason) -> String {
    format!(
        "{}-{:03}.{}.{EXTENSION}",
        at.format(STAMP),
        at.timestamp_subsec_millis(),
        reason.as_str()
    )
}

fn parse_name(name: &str) -> Option<Entry> {
    let mut parts = name.split('.');
    let (stamp, reason, extension) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || extension != EXTENSION {
        return None;
    }
    let (seconds, millis) = stamp.rsplit_once('-')?;
    let millis: i64 = millis
        .parse()
        .ok()
        .filter(|m| (0..1000).contains(m) && millis.len() == 3)?;
    let at = NaiveDateTime::parse_from_str(seconds, STAMP).ok()?;
    Some(Entry {
        name: name.to_owned(),
        at: Utc.from_utc_datetime(&at) + Duration::milliseconds(millis),
        reason: BackupReason::parse(reason)?,
    })
}

/// The names rotation keeps among `entries` (newest first).
fn kept(entries: &[Entry], now: DateTime<Utc>, daily: u32, weekly: u32) -> HashSet<&str> {
    let mut keep: HashSet<&str> = entries
        .iter()
        .filter(|e| now - e.at < Duration::days(1))
        .map(|e| e.name.as_str())
        .collect();
    let mut newest_per = |limit: u32, period: &dyn Fn(&Entry) -> (i32, u32)| {
        let mut seen = Vec::new();
        for entry in entries {
            let p = period(entry);
            if !seen.contains(&p) {
                if seen.len() >= limit as usize {
                    break;
                }
                seen.push(p);
                keep.insert(entry.name.as_str());
            }
        }
    };
    newest_per(daily, &|e| (e.at.year(), e.at.ordinal()));
    newest_per(weekly, &|e| (e.at.iso_week().year(), e.at.iso_week().week()));
    keep
}

/// FNV-1a, 32 bits: a stable short tag of a workspace's full path (std's hasher may change).
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(0x811c_9dc5, |hash, b| (hash ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

#[cfg(test)]
mod tests;
