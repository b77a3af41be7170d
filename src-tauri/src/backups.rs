//! The shell's side of backups: restore progress told to the UI, and a backup shown in the
//! system's file manager.
//!
//! Contract: [`BackupTools::run`] runs a long backup operation (taking one, restoring one) on the
//! blocking pool (`tauri::async_runtime::spawn_blocking`) and emits its progress as
//! [`BackupProgress`] events. [`BackupTools::reveal`] shows a path the core gave (never one from
//! the UI) in the file manager, through the opener plugin called from Rust, so the UI needs no
//! opener permission and cannot reveal anything else.

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;
use symbio::document::Progress;

use crate::error::{CommandError, CommandResult};

/// How far a restore is, in pages of the backup copied into the workspace.
#[derive(Debug, Clone, Serialize, specta::Type, tauri_specta::Event)]
pub struct BackupProgress {
    pub done: u32,
    pub total: u32,
}

type Emit = Arc<dyn Fn(BackupProgress) + Send + Sync>;
type Reveal = Box<dyn Fn(&Path) -> Result<(), String> + Send + Sync>;

pub struct BackupTools {
    emit: Emit,
    reveal: Reveal,
}

impl BackupTools {
    /// Tools whose progress goes to `emit` and that reveal files with `reveal`.
    pub fn new(
        emit: impl Fn(BackupProgress) + Send + Sync + 'static,
        reveal: impl Fn(&Path) -> Result<(), String> + Send + Sync + 'static,
    ) -> Self {
        Self {
            emit: Arc::new(emit),
            reveal: Box::new(reveal),
        }
    }

    /// Runs `work` on the blocking pool, its progress emitted to the UI.
    pub async fn run<T, F>(&self, work: F) -> CommandResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn FnMut(Progress)) -> symbio::Result<T> + Send + 'static,
    {
        let emit = self.emit.clone();
        let result = tauri::async_runtime::spawn_blocking(move || {
            let mut progress = |p: Progress| {
                emit(BackupProgress {
                    done: p.done,
                    total: p.total,
                })
            };
            work(&mut progress)
        })
        .await;
        match result {
            Ok(outcome) => Ok(outcome?),
            Err(error) => Err(stopped(error.to_string())),
        }
    }

    /// Shows `path` selected in its folder in the system's file manager.
    pub fn reveal(&self, path: &Path) -> CommandResult<()> {
        (self.reveal)(path).map_err(stopped)
    }
}

fn stopped(cause: String) -> CommandError {
    CommandError::from(symbio::Error::Io {
        context: "the backup operation stopped".to_owned(),
        source: std::io::Error::other(cause),
    })
}
