//! People on every side: list, quick add, edit, move, job changes, delete a selection (`symbio::person`, `symbio::quick_add`, `symbio::selection`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::person::{Person, PersonPatch, StatusChange};
use symbio::quick_add::{QuickAdd, QuickAdded};
use symbio::selection::DeletionImpact;

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_people(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<Person>> {
    Ok(ws.db()?.list_people(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_staff(ws: Ws<'_>) -> CommandResult<Vec<Person>> {
    Ok(ws.db()?.list_staff()?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_person(ws: Ws<'_>, id: i64, patch: PersonPatch) -> CommandResult<Person> {
    Ok(ws.db()?.update_person(id, patch)?)
}

#[tauri::command]
#[specta::specta]
pub async fn move_person(ws: Ws<'_>, id: i64, org_unit_id: Option<i64>) -> CommandResult<Person> {
    Ok(ws.db()?.move_person(id, org_unit_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_person_status(ws: Ws<'_>, id: i64, change: StatusChange) -> CommandResult<Person> {
    Ok(ws.db()?.set_person_status(id, change)?)
}

#[tauri::command]
#[specta::specta]
pub async fn quick_add(ws: Ws<'_>, input: QuickAdd) -> CommandResult<QuickAdded> {
    Ok(ws.db()?.quick_add(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn people_named(ws: Ws<'_>, account_id: i64, name: String) -> CommandResult<Vec<Person>> {
    Ok(ws.db()?.people_named(account_id, &name)?)
}

#[tauri::command]
#[specta::specta]
pub async fn deletion_impact(ws: Ws<'_>, people: Vec<i64>, ties: Vec<i64>) -> CommandResult<DeletionImpact> {
    Ok(ws.db()?.deletion_impact(&people, &ties)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_selection(ws: Ws<'_>, people: Vec<i64>, ties: Vec<i64>) -> CommandResult<DeletionImpact> {
    Ok(ws.db()?.delete_selection(&people, &ties)?)
}
