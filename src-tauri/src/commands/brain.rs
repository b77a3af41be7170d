//! The account brain: read-only analyses (see `symbio::brain`).

use symbio::brain::circles::Circles;
use symbio::brain::coverage_view::CoverageView;
use symbio::brain::hidden_chain::HiddenChain;
use symbio::brain::job_change::JobChangeImpact;
use symbio::brain::paths::IntroductionPaths;
use symbio::brain::sponsors::SponsorSuggestions;

use super::Ws;
use crate::error::CommandResult;

/// The coverage view's report, level parity and account-wide support balance, in one read.
#[tauri::command]
#[specta::specta]
pub async fn coverage_view(ws: Ws<'_>, account_id: i64) -> CommandResult<CoverageView> {
    Ok(ws.db()?.coverage_view(account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn introduction_paths(
    ws: Ws<'_>,
    target_id: i64,
    from_id: Option<i64>,
    k: Option<i64>,
) -> CommandResult<IntroductionPaths> {
    Ok(ws.db()?.introduction_paths(target_id, from_id, k)?)
}

#[tauri::command]
#[specta::specta]
pub async fn hidden_decision_chain(
    ws: Ws<'_>,
    account_id: i64,
    opportunity_id: Option<i64>,
) -> CommandResult<HiddenChain> {
    Ok(ws.db()?.hidden_decision_chain(account_id, opportunity_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn job_change_impact(ws: Ws<'_>, person_id: i64) -> CommandResult<JobChangeImpact> {
    Ok(ws.db()?.job_change_impact(person_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn sponsor_suggestions(ws: Ws<'_>, person_id: i64) -> CommandResult<SponsorSuggestions> {
    Ok(ws.db()?.sponsor_suggestions(person_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn acquaintance_circles(ws: Ws<'_>, person_id: i64, degrees: u32) -> CommandResult<Circles> {
    Ok(ws.db()?.acquaintance_circles(person_id, degrees)?)
}
