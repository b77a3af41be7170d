//! Encryption at rest: unlock an encrypted workspace, and enable, change or disable encryption.
//! Each command is an adapter onto the core method of the same name; the key derivation and the
//! rewrite of the file take a second or more, so they run off the async runtime's threads.

use std::path::PathBuf;
use std::sync::Arc;

use symbio::Db;

use super::workspace::WorkspaceInfo;
use super::Ws;
use crate::error::{CommandError, CommandResult};
use crate::recent;

/// Runs blocking core work on the blocking pool.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> symbio::Result<T> + Send + 'static) -> CommandResult<T> {
    Ok(tauri::async_runtime::spawn_blocking(work).await.map_err(|_| {
        CommandError::from(symbio::Error::Io {
            context: "the work stopped unexpectedly".to_owned(),
            source: std::io::Error::other("interrupted"),
        })
    })??)
}

/// Opens the workspace file waiting for its passphrase (the one given at start-up, or the encrypted
/// `path` chosen in the workspace menu) with `passphrase` and makes it the open workspace; a wrong
/// one changes nothing. The UI then reloads.
#[tauri::command]
#[specta::specta]
pub async fn unlock_workspace(ws: Ws<'_>, path: Option<String>, passphrase: String) -> CommandResult<WorkspaceInfo> {
    let path = path.map(PathBuf::from).unwrap_or_else(|| ws.path());
    // The key derivation takes a few tenths of a second: short enough to stay on this thread.
    ws.switch(path.clone(), ws.open_with_passphrase(&path, &passphrase)?);
    if let Some(dir) = ws.config_dir() {
        // The list is a convenience: failing to save it does not undo the switch.
        let _ = recent::remember(dir, &path);
    }
    Ok(ws.info())
}

/// Whether the open workspace is encrypted.
#[tauri::command]
#[specta::specta]
pub async fn is_encrypted(ws: Ws<'_>) -> CommandResult<bool> {
    Ok(ws.db()?.is_encrypted())
}

/// Encrypts the open workspace with `passphrase`.
#[tauri::command]
#[specta::specta]
pub async fn encrypt(ws: Ws<'_>, passphrase: String) -> CommandResult<()> {
    let db: Arc<Db> = ws.db()?;
    blocking(move || db.encrypt(&passphrase)).await
}

/// Re-encrypts the open workspace under `new_passphrase`, once `current` is checked.
#[tauri::command]
#[specta::specta]
pub async fn change_passphrase(ws: Ws<'_>, current: String, new_passphrase: String) -> CommandResult<()> {
    let db: Arc<Db> = ws.db()?;
    blocking(move || db.change_passphrase(&current, &new_passphrase)).await
}

/// Writes the open workspace back in plain form, once `current` is checked.
#[tauri::command]
#[specta::specta]
pub async fn decrypt(ws: Ws<'_>, current: String) -> CommandResult<()> {
    let db: Arc<Db> = ws.db()?;
    blocking(move || db.decrypt(&current)).await
}
