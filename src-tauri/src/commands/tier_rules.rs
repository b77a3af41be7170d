//! Tier service rules and the value thresholds of each tier (`symbio::tier_rule`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::tier_rule::{TierRule, TierRulePatch, TierThresholds};
use symbio::vocabulary::Tier;

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_tier_rules(ws: Ws<'_>) -> CommandResult<Vec<TierRule>> {
    Ok(ws.db()?.list_tier_rules()?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_tier_rule(ws: Ws<'_>, tier: Tier, patch: TierRulePatch) -> CommandResult<TierRule> {
    Ok(ws.db()?.update_tier_rule(tier, patch)?)
}

#[tauri::command]
#[specta::specta]
pub async fn set_tier_thresholds(ws: Ws<'_>, thresholds: TierThresholds) -> CommandResult<TierThresholds> {
    Ok(ws.db()?.set_tier_thresholds(thresholds)?)
}
