//! Team members: our staff and the customer's appointees, with function, place, allocation,
//! period, dual reporting and the value-chain areas they serve. Rules: see [`super`].

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::rules::check;
use super::{set_areas, AreaOwner, TeamFunction, TeamLocation, ValueChainArea};
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::journal::{Table, Writer};
use crate::person;
use crate::validate;
use crate::vocabulary::Side;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TeamMember {
    pub id: i64,
    pub account_id: i64,
    pub person_id: i64,
    /// The person's name and title, for display.
    pub name: String,
    pub title: String,
    /// The person's side: `ours` or `customer`.
    pub side: Side,
    pub team_role: String,
    pub function: TeamFunction,
    pub location: TeamLocation,
    pub allocation_percent: f64,
    pub start_on: String,
    pub end_on: Option<String>,
    /// Person id of the team's account manager this member reports to.
    pub reports_to_manager_id: Option<i64>,
    /// Person id of the customer's lead for this member's area.
    pub customer_lead_id: Option<i64>,
    /// In chain order.
    pub value_chain: Vec<ValueChainArea>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewTeamMember {
    pub account_id: i64,
    /// One of our staff, or a customer-side contact of this account.
    pub person_id: i64,
    #[serde(flatten)]
    pub details: TeamMemberUpdate,
}

/// The new content of a membership; replaces the old one entirely (account and person stay).
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct TeamMemberUpdate {
    #[serde(default)]
    pub team_role: String,
    pub function: TeamFunction,
    pub location: TeamLocation,
    pub allocation_percent: f64,
    pub start_on: String,
    #[serde(default)]
    pub end_on: Option<String>,
    #[serde(default)]
    pub reports_to_manager_id: Option<i64>,
    #[serde(default)]
    pub customer_lead_id: Option<i64>,
    #[serde(default)]
    pub value_chain: Vec<ValueChainArea>,
}

pub(crate) const SELECT: &str =
    "SELECT m.id, m.account_id, m.person_id, p.name, p.title, p.side, m.team_role, m.function,
     m.location, m.allocation_percent, m.start_on, m.end_on, m.reports_to_manager_id, m.customer_lead_id
     FROM team_member m JOIN person p ON p.id = m.person_id";

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<TeamMember> {
    Ok(TeamMember {
        id: row.get(0)?,
        account_id: row.get(1)?,
        person_id: row.get(2)?,
        name: row.get(3)?,
        title: row.get(4)?,
        side: row.get(5)?,
        team_role: row.get(6)?,
        function: row.get(7)?,
        location: row.get(8)?,
        allocation_percent: row.get(9)?,
        start_on: row.get(10)?,
        end_on: row.get(11)?,
        reports_to_manager_id: row.get(12)?,
        customer_lead_id: row.get(13)?,
        value_chain: Vec::new(),
    })
}

fn load(conn: &Connection, id: i64) -> Result<TeamMember> {
    let mut member = conn
        .query_row(&format!("{SELECT} WHERE m.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "team_member",
            id,
        })?;
    member.value_chain = super::areas_of(conn, AreaOwner::Member, id)?;
    Ok(member)
}

/// The members of one account's team: ours first (account manager, then by function), then
/// the customer's appointees, each group by name.
pub(crate) fn list(conn: &Connection, account_id: i64) -> Result<Vec<TeamMember>> {
    validate::exists(conn, Table::Account, account_id)?;
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE m.account_id = ?1"))?;
    let mut members: Vec<TeamMember> = stmt
        .query_map([account_id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let mut areas = super::areas_of_account(conn, AreaOwner::Member, account_id)?;
    for member in &mut members {
        member.value_chain = areas.remove(&member.id).unwrap_or_default();
    }
    members.sort_by_cached_key(|m| (m.side != Side::Ours, m.function, m.name.to_lowercase(), m.id));
    Ok(members)
}

/// Adds a member after checking every rule; shared by [`Db::create_team_member`] and the sample.
pub(crate) fn insert(w: &mut Writer<'_>, input: &NewTeamMember) -> Result<i64> {
    validate::exists(w.conn(), Table::Account, input.account_id)?;
    let person = person::load(w.conn(), input.person_id)?;
    let d = &input.details;
    let c = check(w.conn(), input.account_id, &person, None, d)?;
    let id = w.insert(
        Table::TeamMember,
        &[
            ("account_id", &input.account_id),
            ("person_id", &person.id),
            ("team_role", &c.team_role),
            ("function", &d.function),
            ("location", &d.location),
            ("allocation_percent", &c.allocation),
            ("start_on", &c.start_on),
            ("end_on", &c.end_on),
            ("reports_to_manager_id", &d.reports_to_manager_id),
            ("customer_lead_id", &d.customer_lead_id),
        ],
    )?;
    set_areas(w, AreaOwner::Member, id, &c.areas)?;
    Ok(id)
}

/// Clears every member's reporting line to `manager` (a person) on one team.
fn detach_reports(w: &mut Writer<'_>, account_id: i64, manager: i64) -> Result<()> {
    let mut stmt = w
        .conn()
        .prepare_cached("SELECT id FROM team_member WHERE account_id = ?1 AND reports_to_manager_id = ?2")?;
    let ids: Vec<i64> = stmt
        .query_map([account_id, manager], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    drop(stmt);
    for id in ids {
        w.update(Table::TeamMember, id, &[("reports_to_manager_id", &None::<i64>)])?;
    }
    Ok(())
}

impl Db {
    pub fn get_team_member(&self, id: i64) -> Result<TeamMember> {
        self.read(|conn| load(conn, id))
    }

    /// The members of one account's team (see [`list`] for the order).
    pub fn list_team_members(&self, account_id: i64) -> Result<Vec<TeamMember>> {
        self.read(|conn| list(conn, account_id))
    }

    pub fn create_team_member(&self, input: NewTeamMember) -> Result<TeamMember> {
        let id = self.write(ActionLabel::AddTeamMember, |w| insert(w, &input))?;
        self.get_team_member(id)
    }

    pub fn update_team_member(&self, id: i64, update: TeamMemberUpdate) -> Result<TeamMember> {
        self.write(ActionLabel::EditTeamMember, |w| {
            let old = load(w.conn(), id)?;
            let person = person::load(w.conn(), old.person_id)?;
            let c = check(w.conn(), old.account_id, &person, Some(id), &update)?;
            if old.function == TeamFunction::AccountManager && update.function != TeamFunction::AccountManager {
                detach_reports(w, old.account_id, old.person_id)?;
            }
            w.update(
                Table::TeamMember,
                id,
                &[
                    ("team_role", &c.team_role),
                    ("function", &update.function),
                    ("location", &update.location),
                    ("allocation_percent", &c.allocation),
                    ("start_on", &c.start_on),
                    ("end_on", &c.end_on),
                    ("reports_to_manager_id", &update.reports_to_manager_id),
                    ("customer_lead_id", &update.customer_lead_id),
                ],
            )?;
            set_areas(w, AreaOwner::Member, id, &c.areas)
        })?;
        self.get_team_member(id)
    }

    /// Takes a member off the team; removing the account manager clears the lines to them.
    pub fn delete_team_member(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::RemoveTeamMember, |w| {
            let old = load(w.conn(), id)?;
            if old.function == TeamFunction::AccountManager {
                detach_reports(w, old.account_id, old.person_id)?;
            }
            super::clear_areas(w, AreaOwner::Member, id)?;
            w.delete(Table::TeamMember, id)
        })
    }
}

#[cfg(test)]
#[path = "tests/member.rs"]
mod tests;
