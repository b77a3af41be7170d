//! What the customer values in us and the strategic control points of an account (`symbio::account_strategy`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::account_strategy::{ControlPoint, NewControlPoint, ValueDemandEntry};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_value_demands(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<ValueDemandEntry>> {
    Ok(ws.db()?.list_value_demands(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_value_demands(
    ws: Ws<'_>,
    account_id: i64,
    demands: Vec<String>,
) -> CommandResult<Vec<ValueDemandEntry>> {
    Ok(ws.db()?.set_value_demands(account_id, demands)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_control_points(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<ControlPoint>> {
    Ok(ws.db()?.list_control_points(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn add_control_point(ws: Ws<'_>, input: NewControlPoint) -> CommandResult<ControlPoint> {
    Ok(ws.db()?.add_control_point(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_control_point(ws: Ws<'_>, id: i64, description: String) -> CommandResult<ControlPoint> {
    Ok(ws.db()?.update_control_point(id, &description)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_control_point(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_control_point(id)?)
}
