//! Value assessment, weights, revenue actuals and the value return curve (`symbio::value`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::value::{CriterionWeight, ValueAssessment, ValueCriterion, ValueCurve};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_value_criteria(ws: Ws<'_>) -> CommandResult<Vec<ValueCriterion>> {
    Ok(ws.db()?.list_value_criteria()?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_value_weights(ws: Ws<'_>, weights: Vec<CriterionWeight>) -> CommandResult<Vec<ValueCriterion>> {
    Ok(ws.db()?.set_value_weights(weights)?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_revenue_actual(ws: Ws<'_>, account_id: i64, year: i64, revenue: f64) -> CommandResult<ValueCurve> {
    Ok(ws.db()?.set_revenue_actual(account_id, year, revenue)?)
}

#[tauri::command]
#[specta::specta]
pub async fn clear_revenue_actual(ws: Ws<'_>, account_id: i64, year: i64) -> CommandResult<ValueCurve> {
    Ok(ws.db()?.clear_revenue_actual(account_id, year)?)
}

#[tauri::command]
#[specta::specta]
pub async fn value_curve(ws: Ws<'_>, account_id: i64) -> CommandResult<ValueCurve> {
    Ok(ws.db()?.value_curve(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_year_value_score(
    ws: Ws<'_>,
    account_id: i64,
    year: i64,
    criterion_id: i64,
    score: i64,
) -> CommandResult<ValueAssessment> {
    Ok(ws.db()?.set_year_value_score(account_id, year, criterion_id, score)?)
}

#[tauri::command]
#[specta::specta]
pub async fn clear_year_value_score(
    ws: Ws<'_>,
    account_id: i64,
    year: i64,
    criterion_id: i64,
) -> CommandResult<ValueAssessment> {
    Ok(ws.db()?.clear_year_value_score(account_id, year, criterion_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn value_assessment_of_year(ws: Ws<'_>, account_id: i64, year: i64) -> CommandResult<ValueAssessment> {
    Ok(ws.db()?.value_assessment_of_year(account_id, year)?)
}

#[tauri::command]
#[specta::specta]
pub async fn value_history(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<ValueAssessment>> {
    Ok(ws.db()?.value_history(account_id)?)
}
