//! Symbio's desktop shell: window, state and command adapters onto the `symbio` core.

pub mod bindings;
pub mod commands;
pub mod error;
pub mod events;
pub mod state;

use tauri::Manager;
use tauri_specta::Event;

use crate::events::WorkspaceChanged;
use crate::state::Workspace;

pub fn run() {
    let builder = bindings::builder();
    let result = tauri::Builder::default()
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            let path = state::workspace_path(std::env::args(), app.path().app_data_dir().ok());
            let exports = state::export_dir(std::env::args(), app.path().document_dir().ok());
            let workspace = Workspace::open(path, exports);
            if let Ok(db) = workspace.db() {
                let handle = app.handle().clone();
                db.on_change(move |changes| {
                    // A closed window cannot receive the event; nothing to recover.
                    let _ = WorkspaceChanged(changes.clone()).emit(&handle);
                });
            }
            app.manage(workspace);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Symbio could not start: {error}");
        std::process::exit(1);
    }
}
