//! The one list of commands and events, used by [`crate::run`] and by the bindings export.

use tauri::{Runtime, Wry};
use tauri_specta::{collect_commands, collect_events, Builder};

use crate::commands::{
    account_strategy, accounts, assessments, brain, channels, competitors, exports, interactions, journal, key_dates,
    opportunities, org_units, people, portfolio, profiles, team, tier_rules, ties, value, views, workspace,
};
use crate::events::WorkspaceChanged;

/// Where the generated TypeScript lives, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/api/bindings.ts";

pub fn builder<R: Runtime>() -> Builder<R> {
    Builder::<R>::new()
        .commands(collect_commands![
            workspace::workspace_info,
            accounts::list_accounts,
            accounts::get_account,
            accounts::get_account_map,
            accounts::create_account,
            accounts::update_account,
            accounts::decide_tier,
            accounts::accounts_named,
            accounts::archive_account,
            accounts::unarchive_account,
            portfolio::close_account_as_lost,
            portfolio::account_loss,
            portfolio::portfolio,
            accounts::account_deletion_impact,
            accounts::delete_account,
            accounts::create_sample_account,
            accounts::relationship_history,
            accounts::tier_history,
            accounts::list_account_competitors,
            accounts::add_account_competitor,
            accounts::agenda,
            people::list_people,
            people::list_staff,
            people::update_person,
            people::move_person,
            people::set_person_status,
            people::quick_add,
            people::people_named,
            people::deletion_impact,
            people::delete_selection,
            ties::create_tie,
            ties::update_tie,
            assessments::assess,
            assessments::assessment_history,
            assessments::add_decision_role,
            assessments::remove_decision_role,
            assessments::list_decision_roles,
            org_units::list_org_units,
            org_units::create_org_unit,
            org_units::rename_org_unit,
            org_units::move_org_unit,
            org_units::delete_org_unit,
            journal::undo,
            journal::redo,
            journal::undo_state,
            journal::journal,
            competitors::list_competitors,
            competitors::rename_competitor,
            competitors::delete_competitor,
            competitors::competitor_deletion_impact,
            competitors::set_leaning,
            competitors::clear_leaning,
            competitors::list_leanings,
            channels::list_channels,
            channels::create_channel,
            channels::update_channel,
            channels::delete_channel,
            profiles::get_profile,
            profiles::set_profile,
            interactions::list_interactions,
            interactions::create_interaction,
            interactions::update_interaction,
            interactions::delete_interaction,
            interactions::list_person_interactions,
            key_dates::list_key_dates,
            key_dates::create_key_date,
            key_dates::update_key_date,
            key_dates::delete_key_date,
            value::list_value_criteria,
            value::set_value_weights,
            value::set_revenue_actual,
            value::clear_revenue_actual,
            value::value_curve,
            value::set_year_value_score,
            value::clear_year_value_score,
            value::value_assessment_of_year,
            value::value_history,
            tier_rules::list_tier_rules,
            tier_rules::update_tier_rule,
            tier_rules::set_tier_thresholds,
            opportunities::list_opportunities,
            opportunities::create_opportunity,
            opportunities::delete_opportunity,
            opportunities::update_opportunity,
            opportunities::close_opportunity,
            opportunities::reopen_opportunity,
            opportunities::deal_chain,
            account_strategy::list_value_demands,
            account_strategy::set_value_demands,
            account_strategy::list_control_points,
            account_strategy::add_control_point,
            account_strategy::update_control_point,
            account_strategy::delete_control_point,
            brain::coverage_report,
            brain::level_parity,
            brain::support_balance,
            brain::introduction_paths,
            brain::hidden_decision_chain,
            brain::job_change_impact,
            brain::sponsor_suggestions,
            brain::acquaintance_circles,
            team::create_team_member,
            team::update_team_member,
            team::delete_team_member,
            team::create_team_partner,
            team::update_team_partner,
            team::delete_team_partner,
            team::team_roster,
            views::node_positions,
            views::place_nodes,
            views::reset_positions,
            views::list_saved_views,
            views::save_view,
            views::order_saved_views,
            views::delete_saved_view,
            exports::save_export,
        ])
        .events(collect_events![WorkspaceChanged])
        // The vocabularies and ranges the core accepts, so the UI declares none of its own.
        .constant("VOCABULARY", symbio::vocabulary::catalogue())
        // Ids are SQLite rowids, far below 2^53; money is f64.
        .dangerously_cast_bigints_to_number()
        // Request and response types are distinct Rust types already; one TS type each.
        .disable_serde_phases()
}

/// Renders the bindings to `path` (used by the drift test and by debug builds).
pub fn export(path: &std::path::Path) -> Result<(), String> {
    let typescript = specta_typescript::Typescript::default()
        .header("// Generated from the Rust commands by tauri-specta. Do not edit.\n// @ts-nocheck");
    builder::<Wry>().export(typescript, path).map_err(|e| e.to_string())
}
