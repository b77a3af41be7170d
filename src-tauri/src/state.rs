//! The app's managed state: the open workspace, or why it could not be opened.
//!
//! Contract: the workspace can be switched while the app runs ([`Workspace::switch`]): commands
//! take the current [`Db`] as an `Arc` for the length of their call, so a command that started
//! on the old file finishes on it, and the old file closes when the last such call ends.
//!
//! One writer per workspace is the core's lock: a second app instance started on the same file
//! keeps the core's `InUse` error here and the UI shows it full screen. There is deliberately no
//! single-instance plugin: two windows on two different workspaces (`--db`) are a fair use, and
//! the lock also covers another installation of the app. Opening the file already open here
//! is no switch at all (see `open_workspace`).

use std::path::PathBuf;
use std::sync::{Arc, OnceLock, PoisonError, RwLock};

use symbio::storage::backup::BackupSettings;
use symbio::Db;

use crate::commands::workspace::WorkspaceInfo;
use crate::error::CommandError;

struct Opened {
    path: PathBuf,
    db: Result<Arc<Db>, CommandError>,
}

type Attach = Box<dyn Fn(&Db) + Send + Sync>;

pub struct Workspace {
    /// Where exports of maps and rosters are saved.
    pub export_dir: PathBuf,
    current: RwLock<Opened>,
    /// What every opened Db is hooked up with (the UI's change events).
    attach: OnceLock<Attach>,
    /// Where the app keeps its settings (the recent workspaces); unset in tests.
    config_dir: OnceLock<PathBuf>,
    /// Where the backups of every workspace opened go, and how many are kept.
    backups: BackupSettings,
}

impl Workspace {
    /// Opens the workspace. A file that cannot be opened is kept as an error, shown by the UI;
    /// the file itself is untouched. Nothing is added to it: a new workspace opens on the
    /// welcome screen, which offers the sample account.
    pub fn open(path: PathBuf, export_dir: PathBuf) -> Self {
        let backups = BackupSettings::beside(&path);
        Self::open_with_backups(path, export_dir, backups)
    }

    /// [`Workspace::open`] with the backups kept as `backups` say (the app's data folder).
    pub fn open_with_backups(path: PathBuf, export_dir: PathBuf, backups: BackupSettings) -> Self {
        let db = Db::open_with_backups(&path, &backups)
            .map(Arc::new)
            .map_err(CommandError::from);
        Self {
            export_dir,
            current: RwLock::new(Opened { path, db }),
            attach: OnceLock::new(),
            config_dir: OnceLock::new(),
            backups,
        }
    }

    /// Opens another workspace file, which must exist, its backups kept like the first one's.
    pub fn open_existing(&self, path: &std::path::Path) -> symbio::Result<Db> {
        Db::open_existing(path, &self.backups)
    }

    /// Opens the encrypted workspace file at `path` with `passphrase`, its backups kept like the
    /// first one's.
    pub fn open_with_passphrase(&self, path: &std::path::Path, passphrase: &str) -> symbio::Result<Db> {
        Db::open_with_passphrase_and_backups(path, passphrase, &self.backups)
    }

    /// Hooks the open Db, and every Db switched to later, up with `attach`.
    pub fn attach(&self, attach: impl Fn(&Db) + Send + Sync + 'static) {
        if let Ok(db) = self.db() {
            attach(&db);
        }
        let _ = self.attach.set(Box::new(attach));
    }

    pub fn set_config_dir(&self, dir: PathBuf) {
        let _ = self.config_dir.set(dir);
    }

    pub fn config_dir(&self) -> Option<&PathBuf> {
        self.config_dir.get()
    }

    pub fn db(&self) -> Result<Arc<Db>, CommandError> {
        self.current.read().unwrap_or_else(PoisonError::into_inner).db.clone()
    }

    /// Which file is open, whether it could be, and how (read-only, damaged history).
    pub fn info(&self) -> WorkspaceInfo {
        let current = self.current.read().unwrap_or_else(PoisonError::into_inner);
        let db = current.db.as_ref().ok();
        WorkspaceInfo {
            path: current.path.display().to_string(),
            error: current.db.as_ref().err().cloned(),
            read_only: db.is_some_and(|db| db.is_read_only()),
            history_damaged: db.is_some_and(|db| db.history_damaged()),
        }
    }

    /// The open workspace file.
    pub fn path(&self) -> PathBuf {
        self.current.read().unwrap_or_else(PoisonError::into_inner).path.clone()
    }

    /// Makes `db`, opened from `path`, the workspace every later command works on.
    pub fn switch(&self, path: PathBuf, db: Db) {
        if let Some(attach) = self.attach.get() {
            attach(&db);
        }
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = Opened {
            path,
            db: Ok(Arc::new(db)),
        };
    }
}

/// The value of `--NAME VALUE` or `--NAME=VALUE` on the command line, if given.
fn argument(args: impl Iterator<Item = String>, name: &str) -> Option<PathBuf> {
    let flag = format!("--{name}");
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == flag {
            return args.next().map(PathBuf::from);
        }
        if let Some(value) = arg.strip_prefix(&flag).and_then(|rest| rest.strip_prefix('=')) {
            return Some(PathBuf::from(value));
        }
    }
    None
}

fn environment(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).filter(|p| !p.is_empty()).map(PathBuf::from)
}

/// `--db PATH`, then `SYMBIO_DB`, then the default file in the OS app-data folder.
pub fn workspace_path(args: impl Iterator<Item = String>, app_data: Option<PathBuf>) -> PathBuf {
    argument(args, "db")
        .or_else(|| environment("SYMBIO_DB"))
        .unwrap_or_else(|| app_data.unwrap_or_else(|| PathBuf::from(".")).join("workspace.symbio"))
}

/// `--backups DIR`, then `SYMBIO_BACKUPS`, then a "backups" folder in the app's data folder.
pub fn backups_dir(args: impl Iterator<Item = String>, app_data: Option<PathBuf>) -> PathBuf {
    argument(args, "backups")
        .or_else(|| environment("SYMBIO_BACKUPS"))
        .unwrap_or_else(|| app_data.unwrap_or_else(|| PathBuf::from(".")).join("backups"))
}

/// Backups under `root`, rotation keeping `--keep-daily N` daily and `--keep-weekly N` weekly
/// backups (or `SYMBIO_KEEP_DAILY`, `SYMBIO_KEEP_WEEKLY`); the core's 7 and 4 otherwise.
pub fn backup_settings(root: PathBuf, args: &[String]) -> BackupSettings {
    let count = |flag: &str, variable: &str| {
        argument(args.iter().cloned(), flag)
            .or_else(|| environment(variable))
            .and_then(|value| value.to_str()?.parse::<u32>().ok())
    };
    let mut settings = BackupSettings::in_folder(root);
    if let Some(days) = count("keep-daily", "SYMBIO_KEEP_DAILY") {
        settings.keep_daily = days;
    }
    if let Some(weeks) = count("keep-weekly", "SYMBIO_KEEP_WEEKLY") {
        settings.keep_weekly = weeks;
    }
    settings
}

/// `--exports DIR`, then `SYMBIO_EXPORTS`, then a "Symbio" folder in the user's documents.
pub fn export_dir(args: impl Iterator<Item = String>, documents: Option<PathBuf>) -> PathBuf {
    argument(args, "exports")
        .or_else(|| environment("SYMBIO_EXPORTS"))
        .unwrap_or_else(|| documents.unwrap_or_else(|| PathBuf::from(".")).join("Symbio"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter().map(|s| s.to_string()).collect::<Vec<_>>().into_iter()
    }

    #[test]
    fn db_argument_wins_over_the_default() {
        let default = Some(PathBuf::from("/data"));
        assert_eq!(
            workspace_path(args(&["symbio", "--db", "/tmp/a.symbio"]), default.clone()),
            PathBuf::from("/tmp/a.symbio")
        );
        assert_eq!(
            workspace_path(args(&["symbio", "--db=/tmp/b.symbio"]), default),
            PathBuf::from("/tmp/b.symbio")
        );
    }

    #[test]
    fn rotation_counts_come_from_the_command_line() {
        let given: Vec<String> = ["symbio", "--keep-daily", "14", "--keep-weekly=8"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let settings = backup_settings(PathBuf::from("/data/backups"), &given);
        assert_eq!((settings.keep_daily, settings.keep_weekly), (14, 8));
        let plain = backup_settings(PathBuf::from("/data/backups"), &given[..1]);
        assert_eq!((plain.keep_daily, plain.keep_weekly), (7, 4));
    }
}
