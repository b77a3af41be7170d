//! The one list of commands and events, used by [`crate::run`] and by the bindings export.

use tauri::Wry;
use tauri_specta::{collect_commands, collect_events, Builder};

use crate::commands::{accounts, assessments, journal, org_units, people, ties, workspace};
use crate::events::WorkspaceChanged;

/// Where the generated TypeScript lives, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/api/bindings.ts";

pub fn builder() -> Builder<Wry> {
    Builder::<Wry>::new()
        .commands(collect_commands![
            workspace::workspace_info,
            accounts::list_accounts,
            accounts::get_account,
            accounts::get_account_map,
            accounts::create_account,
            accounts::update_account,
            accounts::decide_tier,
            people::list_people,
            people::list_staff,
            people::get_person,
            people::create_person,
            people::update_person,
            people::move_person,
            people::set_person_status,
            people::delete_person,
            ties::create_tie,
            ties::update_tie,
            ties::delete_tie,
            assessments::assess,
            assessments::assessment_history,
            assessments::add_decision_role,
            assessments::remove_decision_role,
            org_units::list_org_units,
            org_units::create_org_unit,
            org_units::rename_org_unit,
            org_units::move_org_unit,
            org_units::delete_org_unit,
            journal::undo,
            journal::redo,
            journal::undo_state,
            journal::journal,
        ])
        .events(collect_events![WorkspaceChanged])
        // Ids are SQLite rowids, far below 2^53; money is f64.
        .dangerously_cast_bigints_to_number()
        // Request and response types are distinct Rust types already; one TS type each.
        .disable_serde_phases()
}

/// Renders the bindings to `path` (used by the drift test and by debug builds).
pub fn export(path: &std::path::Path) -> Result<(), String> {
    let typescript = specta_typescript::Typescript::default()
        .header("// Generated from the Rust commands by tauri-specta. Do not edit.\n// @ts-nocheck");
    builder().export(typescript, path).map_err(|e| e.to_string())
}
