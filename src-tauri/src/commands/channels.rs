//! Information channels of a contact (`symbio::channel`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::channel::{ChannelUpdate, InformationChannel, NewChannel};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_channels(ws: Ws<'_>, person_id: i64) -> CommandResult<Vec<InformationChannel>> {
    Ok(ws.db()?.list_channels(person_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_channel(ws: Ws<'_>, input: NewChannel) -> CommandResult<InformationChannel> {
    Ok(ws.db()?.create_channel(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_channel(ws: Ws<'_>, id: i64, update: ChannelUpdate) -> CommandResult<InformationChannel> {
    Ok(ws.db()?.update_channel(id, update)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_channel(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_channel(id)?)
}
