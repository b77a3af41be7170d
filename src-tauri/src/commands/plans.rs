//! The yearly account plan: lifecycle, status assessment, target task book, versions and weekly
//! reviews (`symbio::plan`). Each command is a one-statement adapter onto the core method of the
//! same name.

use symbio::plan::{
    NewPlanTarget, Plan, PlanAssessment, PlanCloseCheck, PlanReview, PlanTarget, PlanTargetUpdate, PlanVersion,
    PlanVersionComparison, WeeklyReview,
};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn create_plan(ws: Ws<'_>, account_id: i64, year: i64) -> CommandResult<Plan> {
    Ok(ws.db()?.create_plan(account_id, year)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_plans(ws: Ws<'_>, account_id: i64) -> CommandResult<Vec<Plan>> {
    Ok(ws.db()?.list_plans(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_plan_narrative(ws: Ws<'_>, id: i64, narrative: String) -> CommandResult<Plan> {
    Ok(ws.db()?.update_plan_narrative(id, &narrative)?)
}

#[tauri::command]
#[specta::specta]
pub async fn activate_plan(ws: Ws<'_>, id: i64) -> CommandResult<Plan> {
    Ok(ws.db()?.activate_plan(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn plan_close_check(ws: Ws<'_>, id: i64) -> CommandResult<PlanCloseCheck> {
    Ok(ws.db()?.plan_close_check(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn close_plan(ws: Ws<'_>, id: i64) -> CommandResult<Plan> {
    Ok(ws.db()?.close_plan(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_plan(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_plan(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn plan_assessment(ws: Ws<'_>, plan_id: i64) -> CommandResult<PlanAssessment> {
    Ok(ws.db()?.plan_assessment(plan_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_plan_targets(ws: Ws<'_>, plan_id: i64) -> CommandResult<Vec<PlanTarget>> {
    Ok(ws.db()?.list_plan_targets(plan_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn add_plan_target(ws: Ws<'_>, input: NewPlanTarget) -> CommandResult<PlanTarget> {
    Ok(ws.db()?.add_plan_target(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_plan_target(ws: Ws<'_>, id: i64, update: PlanTargetUpdate) -> CommandResult<PlanTarget> {
    Ok(ws.db()?.update_plan_target(id, update)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_plan_target(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_plan_target(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn adjust_plan(ws: Ws<'_>, plan_id: i64, reason: String) -> CommandResult<PlanVersion> {
    Ok(ws.db()?.adjust_plan(plan_id, &reason)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_plan_versions(ws: Ws<'_>, plan_id: i64) -> CommandResult<Vec<PlanVersion>> {
    Ok(ws.db()?.list_plan_versions(plan_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn compare_plan_versions(ws: Ws<'_>, plan_id: i64, a: i64, b: i64) -> CommandResult<PlanVersionComparison> {
    Ok(ws.db()?.compare_plan_versions(plan_id, a, b)?)
}

#[tauri::command]
#[specta::specta]
pub async fn plan_weekly_review(ws: Ws<'_>, plan_id: i64) -> CommandResult<WeeklyReview> {
    Ok(ws.db()?.plan_weekly_review(plan_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn mark_plan_reviewed(ws: Ws<'_>, plan_id: i64, note: String) -> CommandResult<PlanReview> {
    Ok(ws.db()?.mark_plan_reviewed(plan_id, &note)?)
}

#[tauri::command]
#[specta::specta]
pub async fn list_plan_reviews(ws: Ws<'_>, plan_id: i64) -> CommandResult<Vec<PlanReview>> {
    Ok(ws.db()?.list_plan_reviews(plan_id)?)
}
