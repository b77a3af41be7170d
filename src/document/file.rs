//! Writing a finished export to disk so that a failure or a cancel leaves nothing behind.
//!
//! Contract: [`write_atomically`] creates a new temporary file next to the target (create-new:
//! an existing file or a symbolic link of that name is refused, never followed), writes and syncs
//! it, then renames it onto the target. On any failure the temporary file is removed and the
//! target is as it was. [`Progress`] and [`ExportOutcome`] are what long exports report.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::export::SavedExport;

/// How far a long export is: `done` of `total` pages or sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

/// How an export ended: saved, or cancelled by the user (then no file was written).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ExportOutcome {
    Saved(SavedExport),
    Cancelled,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

pub(crate) fn temporary_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    target.with_file_name(format!(".{name}.{}-{nanos}-{n}.partial", std::process::id()))
}

/// Saves `bytes` at `target` all at once: the target either keeps its old content or gets all of
/// the new one.
pub fn write_atomically(target: &Path, bytes: &[u8]) -> Result<SavedExport> {
    let fail = |source| Error::Io {
        context: format!("cannot save {}", target.display()),
        source,
    };
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let partial = temporary_path(target);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&partial)
        .map_err(fail)?;
    let written = file.write_all(bytes).and_then(|_| file.sync_all()).and_then(|_| {
        drop(file);
        std::fs::rename(&partial, target)
    });
    if let Err(source) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(fail(source));
    }
    Ok(SavedExport {
        path: target.display().to_string(),
        bytes: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
    })
}
