//! The team roster: everything the Roster and Value-chain views draw, in one read.
//!
//! Roster: the account manager at the centre; our other members grouped by function (in the
//! function vocabulary's order, only non-empty groups); the customer's appointees beside
//! them; each member with both reporting lines resolved to names; the partners with fee and
//! cost share. Matrix: one row per value-chain area (all eight, in chain order) against one
//! column per member (ours in roster order, then the customer's) and partner, with the cells
//! covered and the areas no one covers.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::member::TeamMember;
use super::partner::TeamPartner;
use super::totals::{summarise, TeamTotals};
use super::{active, iso, today, PartnerService, PersonName, TeamFunction, ValueChainArea};
use crate::db::Db;
use crate::error::Result;
use crate::vocabulary::Side;

/// A member as the roster draws them.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RosterMember {
    pub member: TeamMember,
    /// Whether the member's period includes the roster's day.
    pub active: bool,
    /// The line to our account manager.
    pub reports_to: Option<PersonName>,
    /// The line to the customer's lead for this member's area.
    pub customer_lead: Option<PersonName>,
}

/// Our members of one function.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct FunctionGroup {
    pub function: TeamFunction,
    pub members: Vec<RosterMember>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum MatrixColumnKind {
    OurMember,
    CustomerMember,
    Partner,
}

/// One column of the value-chain matrix: a member or a partner.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct MatrixColumn {
    pub kind: MatrixColumnKind,
    /// The team member id, or the partner id.
    pub id: i64,
    /// The person's name, or the firm.
    pub label: String,
    pub function: Option<TeamFunction>,
    pub service: Option<PartnerService>,
}

/// One area of the value chain across all columns.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct MatrixRow {
    pub area: ValueChainArea,
    /// One cell per column, in column order: whether that column serves this area.
    pub covered: Vec<bool>,
    /// How many columns serve this area.
    pub coverage: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ValueChainMatrix {
    pub columns: Vec<MatrixColumn>,
    pub rows: Vec<MatrixRow>,
    /// Areas no member or partner serves, in chain order.
    pub empty_areas: Vec<ValueChainArea>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TeamRoster {
    pub account_id: i64,
    /// The day `active` and the totals refer to, `YYYY-MM-DD`.
    pub on: String,
    pub account_manager: Option<RosterMember>,
    pub functions: Vec<FunctionGroup>,
    pub customer_appointees: Vec<RosterMember>,
    pub partners: Vec<TeamPartner>,
    pub matrix: ValueChainMatrix,
    pub totals: TeamTotals,
}

fn person_name(conn: &Connection, cache: &mut HashMap<i64, PersonName>, id: Option<i64>) -> Result<Option<PersonName>> {
    let Some(id) = id else { return Ok(None) };
    if let Some(known) = cache.get(&id) {
        return Ok(Some(known.clone()));
    }
    let found: Option<PersonName> = conn
        .query_row("SELECT name, title FROM person WHERE id = ?1", [id], |row| {
            Ok(PersonName {
                id,
                name: row.get(0)?,
                title: row.get(1)?,
            })
        })
        .optional()?;
    if let Some(found) = &found {
        cache.insert(id, found.clone());
    }
    Ok(found)
}

fn matrix(ours: &[&RosterMember], customer: &[RosterMember], partners: &[TeamPartner]) -> ValueChainMatrix {
    let mut columns = Vec::new();
    let mut areas: Vec<&[ValueChainArea]> = Vec::new();
    for (kind, list) in [
        (MatrixColumnKind::OurMember, ours.to_vec()),
        (MatrixColumnKind::CustomerMember, customer.iter().collect()),
    ] {
        for m in list {
            columns.push(MatrixColumn {
                kind,
                id: m.member.id,
                label: m.member.name.clone(),
                function: Some(m.member.function),
                service: None,
            });
            areas.push(&m.member.value_chain);
        }
    }
    for p in partners {
        columns.push(MatrixColumn {
            kind: MatrixColumnKind::Partner,
            id: p.id,
            label: p.firm.clone(),
            function: None,
            service: Some(p.service),
        });
        areas.push(&p.value_chain);
    }
    let rows: Vec<MatrixRow> = ValueChainArea::ALL
        .iter()
        .map(|area| {
            let covered: Vec<bool> = areas.iter().map(|a| a.contains(area)).collect();
            let coverage = covered.iter().filter(|c| **c).count() as i64;
            MatrixRow {
                area: *area,
                covered,
                coverage,
            }
        })
        .collect();
    let empty_areas = rows.iter().filter(|r| r.coverage == 0).map(|r| r.area).collect();
    ValueChainMatrix {
        columns,
        rows,
        empty_areas,
    }
}

fn compute(conn: &Connection, account_id: i64, on: NaiveDate) -> Result<TeamRoster> {
    let members = super::member::list(conn, account_id)?;
    let partners = super::partner::list(conn, account_id)?;
    let totals = summarise(&members, &partners, on);
    let day = iso(on);
    let mut names = HashMap::new();
    let mut account_manager = None;
    let mut functions: Vec<FunctionGroup> = Vec::new();
    let mut customer_appointees = Vec::new();
    // `list` orders ours first, by function (account manager first), then by name.
    for member in members {
        let entry = RosterMember {
            active: active(&member.start_on, member.end_on.as_deref(), &day),
            reports_to: person_name(conn, &mut names, member.reports_to_manager_id)?,
            customer_lead: person_name(conn, &mut names, member.customer_lead_id)?,
            member,
        };
        match (entry.member.side, entry.member.function) {
            (Side::Ours, TeamFunction::AccountManager) => account_manager = Some(entry),
            (Side::Ours, function) => match functions.last_mut() {
                Some(group) if group.function == function => group.members.push(entry),
                _ => functions.push(FunctionGroup {
                    function,
                    members: vec![entry],
                }),
            },
            _ => customer_appointees.push(entry),
        }
    }
    let ours: Vec<&RosterMember> = account_manager
        .iter()
        .chain(functions.iter().flat_map(|g| g.members.iter()))
        .collect();
    let matrix = matrix(&ours, &customer_appointees, &partners);
    Ok(TeamRoster {
        account_id,
        on: day,
        account_manager,
        functions,
        customer_appointees,
        partners,
        matrix,
        totals,
    })
}

impl Db {
    /// Everything the Roster and Value-chain views need for one account's team, as of today.
    pub fn team_roster(&self, account_id: i64) -> Result<TeamRoster> {
        self.team_roster_on(account_id, today())
    }

    /// [`Db::team_roster`] as of a given day.
    pub fn team_roster_on(&self, account_id: i64, on: NaiveDate) -> Result<TeamRoster> {
        self.read(|conn| compute(conn, account_id, on))
    }
}

#[cfg(test)]
#[path = "tests/roster.rs"]
mod tests;
