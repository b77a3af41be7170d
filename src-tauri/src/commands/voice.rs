//! The customer voice of an account (`symbio::account::voice`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::account::voice::{CustomerVoice, VoiceFilter, VoiceInput, VoiceTopic};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_customer_voice(
    ws: Ws<'_>,
    account_id: i64,
    filter: VoiceFilter,
) -> CommandResult<Vec<CustomerVoice>> {
    Ok(ws.db()?.list_customer_voice(account_id, filter)?)
}

#[tauri::command]
#[specta::specta]
pub async fn voice_topics(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<VoiceTopic>> {
    Ok(ws.db()?.voice_topics(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_customer_voice(ws: Ws<'_>, account_id: i64, input: VoiceInput) -> CommandResult<CustomerVoice> {
    Ok(ws.db()?.create_customer_voice(account_id, input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_customer_voice(ws: Ws<'_>, id: i64, input: VoiceInput) -> CommandResult<CustomerVoice> {
    Ok(ws.db()?.update_customer_voice(id, input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_customer_voice(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_customer_voice(id)?)
}
