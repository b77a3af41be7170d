//! The embedded account team: members, partners and the roster (with its totals) (`symbio::team`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::team::member::{NewTeamMember, TeamMember, TeamMemberUpdate};
use symbio::team::partner::{NewTeamPartner, TeamPartner, TeamPartnerUpdate};
use symbio::team::roster::TeamRoster;

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn create_team_member(ws: Ws<'_>, input: NewTeamMember) -> CommandResult<TeamMember> {
    Ok(ws.db()?.create_team_member(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_team_member(ws: Ws<'_>, id: i64, update: TeamMemberUpdate) -> CommandResult<TeamMember> {
    Ok(ws.db()?.update_team_member(id, update)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_team_member(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_team_member(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_team_partner(ws: Ws<'_>, input: NewTeamPartner) -> CommandResult<TeamPartner> {
    Ok(ws.db()?.create_team_partner(input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_team_partner(ws: Ws<'_>, id: i64, update: TeamPartnerUpdate) -> CommandResult<TeamPartner> {
    Ok(ws.db()?.update_team_partner(id, update)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_team_partner(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_team_partner(id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn team_roster(ws: Ws<'_>, account_id: i64) -> CommandResult<TeamRoster> {
    Ok(ws.db()?.team_roster(account_id)?)
}
