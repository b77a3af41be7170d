//! The sensitive personal profile of a contact (`symbio::profile`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::profile::{PersonProfile, ProfileInput};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn get_profile(ws: Ws<'_>, person_id: i64) -> CommandResult<Option<PersonProfile>> {
    Ok(ws.db()?.get_profile(person_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_profile(ws: Ws<'_>, person_id: i64, input: ProfileInput) -> CommandResult<Option<PersonProfile>> {
    Ok(ws.db()?.set_profile(person_id, input)?)
}
