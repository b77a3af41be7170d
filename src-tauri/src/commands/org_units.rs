//! The customer's departments (`symbio::org_unit`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::org_unit::{NewOrgUnit, OrgUnit};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_org_units(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<OrgUnit>> {
    Ok(ws.db()?.list_org_units(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_org_unit(ws: Ws<'_>, input: NewOrgUnit) -> CommandResult<OrgUnit> {
    Ok(ws.db()?.create_org_unit(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn rename_org_unit(ws: Ws<'_>, id: i64, name: String) -> CommandResult<OrgUnit> {
    Ok(ws.db()?.rename_org_unit(id, &name)?)
}

#[tauri::command]
#[specta::specta]
pub async fn move_org_unit(ws: Ws<'_>, id: i64, parent_id: Option<i64>) -> CommandResult<OrgUnit> {
    Ok(ws.db()?.move_org_unit(id, parent_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_org_unit(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_org_unit(id)?)
}
