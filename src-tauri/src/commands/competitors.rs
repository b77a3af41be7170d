//! Competitors and the contacts who lean to them (`symbio::competitor`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::account::competitors::CompetitorDeletionImpact;
use symbio::competitor::{Competitor, CompetitorLeaning};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_competitors(ws: Ws<'_>) -> CommandResult<Vec<Competitor>> {
    Ok(ws.db()?.list_competitors()?)
}

#[tauri::command]
#[specta::specta]
pub async fn rename_competitor(ws: Ws<'_>, id: i64, name: String) -> CommandResult<Competitor> {
    Ok(ws.db()?.rename_competitor(id, &name)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_competitor(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_competitor(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_leaning(
    ws: Ws<'_>,
    person_id: i64,
    competitor_id: i64,
    strength: i64,
) -> CommandResult<CompetitorLeaning> {
    Ok(ws.db()?.set_leaning(person_id, competitor_id, strength)?)
}

#[tauri::command]
#[specta::specta]
pub async fn clear_leaning(ws: Ws<'_>, person_id: i64, competitor_id: i64) -> CommandResult<()> {
    Ok(ws.db()?.clear_leaning(person_id, competitor_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_leanings(ws: Ws<'_>, person_id: i64) -> CommandResult<Vec<CompetitorLeaning>> {
    Ok(ws.db()?.list_leanings(person_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn competitor_deletion_impact(ws: Ws<'_>, id: i64) -> CommandResult<CompetitorDeletionImpact> {
    Ok(ws.db()?.competitor_deletion_impact(id)?)
}
