//! Backups of the open workspace: the list, one taken now, a restore, and a backup shown in
//! the file manager. Taking and restoring copy the whole file, so they run off the async
//! runtime (see `crate::backups`).

use symbio::journal::ChangeSet;
use symbio::storage::backup::{BackupInfo, BackupList};
use tauri::State;

use super::Ws;
use crate::backups::BackupTools;
use crate::error::CommandResult;

/// The open workspace's backups, newest first.
#[tauri::command]
#[specta::specta]
pub async fn list_backups(ws: Ws<'_>) -> CommandResult<BackupList> {
    Ok(ws.db()?.list_backups()?)
}

/// Takes a backup of the open workspace now.
#[tauri::command]
#[specta::specta]
pub async fn back_up_now(ws: Ws<'_>, tools: State<'_, BackupTools>) -> CommandResult<BackupInfo> {
    let db = ws.db()?;
    tools.run(move |_| db.back_up_now()).await
}

/// Replaces the open workspace's content with the backup `name` (the current content is backed
/// up first); the change set names every table, and goes to the UI as a `workspace-changed` event.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(ws: Ws<'_>, tools: State<'_, BackupTools>, name: String) -> CommandResult<ChangeSet> {
    let db = ws.db()?;
    tools.run(move |progress| db.restore_backup(&name, progress)).await
}

/// Shows the backup `name` in the file manager, or the backups folder when no name is given.
#[tauri::command]
#[specta::specta]
pub async fn reveal_backup(ws: Ws<'_>, tools: State<'_, BackupTools>, name: Option<String>) -> CommandResult<()> {
    tools.reveal(&ws.db()?.backup_to_reveal(name.as_deref())?)
}
