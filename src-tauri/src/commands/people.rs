use symbio::person::{NewPerson, Person, PersonPatch, StatusChange};

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
pub async fn get_person(ws: Ws<'_>, id: i64) -> CommandResult<Person> {
    Ok(ws.db()?.get_person(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_person(ws: Ws<'_>, input: NewPerson) -> CommandResult<Person> {
    Ok(ws.db()?.create_person(input)?)
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
pub async fn delete_person(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_person(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_people(ws: Ws<'_>, ids: Vec<i64>) -> CommandResult<()> {
    Ok(ws.db()?.delete_people(&ids)?)
}
