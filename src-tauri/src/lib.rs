//! Symbio's desktop shell: window, state and command adapters onto the `symbio` core.

pub mod backups;
pub mod bindings;
pub mod commands;
pub mod error;
pub mod events;
pub mod jobs;
pub mod recent;
pub mod state;

use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;

use crate::backups::BackupTools;
use crate::events::WorkspaceChanged;
use crate::state::Workspace;

pub fn run() {
    let builder = bindings::builder();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            let app_data = app.path().app_data_dir().ok();
            // The app's own folder holds the default workspace; the core never creates folders
            // (a `--db` in a missing folder is refused), so the app makes its own. If it cannot,
            // opening the default workspace says so.
            if let Some(dir) = &app_data {
                let _ = std::fs::create_dir_all(dir);
            }
            let path = state::workspace_path(std::env::args(), app_data);
            let exports = state::export_dir(std::env::args(), app.path().document_dir().ok());
            let backups = state::backups_dir(std::env::args(), app.path().app_data_dir().ok());
            let args: Vec<String> = std::env::args().collect();
            let workspace = Workspace::open_with_backups(path.clone(), exports, state::backup_settings(backups, &args));
            if let Ok(config) = app.path().app_config_dir() {
                // The recent list is a convenience; a failure to save it is not worth stopping for.
                let _ = recent::remember(&config, &path);
                workspace.set_config_dir(config);
            }
            serve(app.handle(), workspace);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Symbio could not start: {error}");
        std::process::exit(1);
    }
}

/// Makes `workspace` the app's state and tells the UI every change committed to it (edits,
/// undo, redo) as a `workspace-changed` event. The typed events must be mounted first.
pub fn serve<R: Runtime>(app: &AppHandle<R>, workspace: Workspace) {
    let handle = app.clone();
    workspace.attach(move |db| {
        let handle = handle.clone();
        db.on_change(move |changes| {
            // A closed window cannot receive the event; nothing to recover.
            let _ = WorkspaceChanged(changes.clone()).emit(&handle);
        });
    });
    app.manage(workspace);
    let handle = app.clone();
    app.manage(jobs::ExportJobs::new(move |progress| {
        // A closed window cannot receive the event; the export goes on.
        let _ = progress.emit(&handle);
    }));
    let handle = app.clone();
    app.manage(BackupTools::new(
        // A closed window cannot receive the event; the restore goes on.
        move |progress| drop(progress.emit(&handle)),
        // Called from Rust with a path the core gave: the UI holds no opener permission.
        |path| tauri_plugin_opener::reveal_item_in_dir(path).map_err(|e| e.to_string()),
    ));
}
