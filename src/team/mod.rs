//! The embedded account team (Tetra Pak model): who serves one key account, from which side,
//! in which function, reporting to whom, at what cost, along which part of the customer's
//! value chain.
//!
//! Contract:
//! - An account has exactly one team: its `team_member` rows (our staff and the customer's
//!   appointees, each a person) and its `team_partner` rows (outside firms). A member's side
//!   is the person's side, never stored twice.
//! - A member is one of our staff or a customer-side contact of this account, at most once per
//!   team. The account manager (function `account_manager`) is our staff and there is at most
//!   one per team; customer appointees never hold that function.
//! - Dual reporting: `reports_to_manager_id` is the person id of the team's account manager
//!   (the account manager has none); `customer_lead_id` is a customer-side contact of this
//!   account, never the member themself.
//! - Allocation and our cost share are percentages in 0..=100, fees are 0 or more, dates are
//!   `YYYY-MM-DD` and `end_on` (optional) is never before `start_on`. Currency defaults to CNY.
//! - Value-chain areas are a set per member or partner; an update replaces the set.
//! - Removing the account manager from the team (deleting the row or giving it another
//!   function) clears every `reports_to_manager_id` naming them, in the same action. Deleting a
//!   person removes their membership and clears them as anyone's manager or lead
//!   (see [`crate::person`]).
//! - Every write is one undoable journal action. A rejected input writes nothing and returns
//!   [`Error::Invalid`] naming the field, or [`Error::NotFound`] for an unknown id.
//! - Totals ([`totals`]) and the roster ([`roster`]) are read-only. A member is *active* on a
//!   day when `start_on <= day` and there is no `end_on` or `day <= end_on`; "today" is the
//!   local date, and both have an `*_on` form taking the date. Sums are rounded to 2 decimals.

pub mod member;
pub mod partner;
pub mod roster;
mod rules;
pub mod totals;

#[cfg(test)]
#[path = "tests/kit.rs"]
mod testkit;

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::validate;
use crate::vocabulary::vocabulary;

vocabulary!(
    /// What a member does in the team; the account manager is its core.
    TeamFunction {
        AccountManager = "account_manager",
        StrategyDevelopment = "strategy_development",
        SalesAdministration = "sales_administration",
        TechnicalService = "technical_service",
        Quality = "quality",
        Marketing = "marketing",
        Finance = "finance",
        Other = "other",
    }
);

vocabulary!(
    /// Where a member works from.
    TeamLocation { CustomerSite = "customer_site", Remote = "remote" }
);

vocabulary!(
    /// What an outside partner firm does for the team.
    PartnerService { Consulting = "consulting", Audit = "audit", Advertising = "advertising", Other = "other" }
);

vocabulary!(
    /// The parts of the customer's value chain the team serves, in chain order.
    ValueChainArea {
        ProductDevelopment = "product_development",
        Production = "production",
        Quality = "quality",
        SupplyChain = "supply_chain",
        Marketing = "marketing",
        Sales = "sales",
        Finance = "finance",
        It = "it",
    }
);

/// A person named on the roster: enough to draw a line to them and label it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PersonName {
    pub id: i64,
    pub name: String,
    /// Their job title, so a line's far end says who they are (COO, Quality Director).
    pub title: String,
}

/// The currency of a partner fee when none is given.
pub const DEFAULT_CURRENCY: &str = "CNY";

pub(crate) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

pub(crate) fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Whether a period (normalised ISO dates) includes `day` (ISO).
pub(crate) fn active(start_on: &str, end_on: Option<&str>, day: &str) -> bool {
    start_on <= day && end_on.is_none_or(|end| day <= end)
}

pub(crate) fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// A percentage: finite and within 0..=100.
pub(crate) fn percent(field: &str, value: f64) -> Result<f64> {
    if !value.is_finite() {
        return Err(Error::problem(field, Problem::NotFinite));
    }
    if !(0.0..=100.0).contains(&value) {
        return Err(Error::problem(field, Problem::out_of_range(0.0, 100.0, value)));
    }
    Ok(value)
}

/// A start date and an optional end date not before it, both normalised.
pub(crate) fn period(start_on: &str, end_on: Option<&str>) -> Result<(String, Option<String>)> {
    let start = validate::date("start_on", start_on)?;
    let end = end_on
        .filter(|e| !e.trim().is_empty())
        .map(|e| validate::date("end_on", e))
        .transpose()?;
    if let Some(end) = &end {
        if *end < start {
            return Err(Error::problem(
                "end_on",
                Problem::EndsBeforeStart {
                    start,
                    end: end.clone(),
                },
            ));
        }
    }
    Ok((start, end))
}

/// Where the value-chain areas of members or partners are kept.
#[derive(Debug, Clone, Copy)]
pub(crate) enum AreaOwner {
    Member,
    Partner,
}

impl AreaOwner {
    fn table(self) -> Table {
        match self {
            AreaOwner::Member => Table::TeamMemberValueChain,
            AreaOwner::Partner => Table::TeamPartnerValueChain,
        }
    }

    fn column(self) -> &'static str {
        match self {
            AreaOwner::Member => "member_id",
            AreaOwner::Partner => "partner_id",
        }
    }

    fn parent(self) -> &'static str {
        match self {
            AreaOwner::Member => "team_member",
            AreaOwner::Partner => "team_partner",
        }
    }
}

/// The area rows of one owner: (row id, area).
fn area_rows(conn: &Connection, owner: AreaOwner, id: i64) -> Result<Vec<(i64, ValueChainArea)>> {
    let sql = format!(
        "SELECT id, area FROM {} WHERE {} = ?1",
        owner.table().as_str(),
        owner.column()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The areas of one member or partner, in chain order.
pub(crate) fn areas_of(conn: &Connection, owner: AreaOwner, id: i64) -> Result<Vec<ValueChainArea>> {
    let mut areas: Vec<ValueChainArea> = area_rows(conn, owner, id)?.into_iter().map(|(_, a)| a).collect();
    areas.sort();
    Ok(areas)
}

/// Makes the areas of one member or partner exactly `areas`, touching only what changes.
pub(crate) fn set_areas(w: &mut Writer<'_>, owner: AreaOwner, id: i64, areas: &BTreeSet<ValueChainArea>) -> Result<()> {
    let existing = area_rows(w.conn(), owner, id)?;
    for (row, area) in &existing {
        if !areas.contains(area) {
            w.delete(owner.table(), *row)?;
        }
    }
    for area in areas {
        if !existing.iter().any(|(_, a)| a == area) {
            w.insert(owner.table(), &[(owner.column(), &id), ("area", area)])?;
        }
    }
    Ok(())
}

/// Removes every area row of one member or partner (before the row itself goes).
pub(crate) fn clear_areas(w: &mut Writer<'_>, owner: AreaOwner, id: i64) -> Result<()> {
    for (row, _) in area_rows(w.conn(), owner, id)? {
        w.delete(owner.table(), row)?;
    }
    Ok(())
}

/// The areas of every member or partner of one account, each list in chain order.
pub(crate) fn areas_of_account(
    conn: &Connection,
    owner: AreaOwner,
    account_id: i64,
) -> Result<HashMap<i64, Vec<ValueChainArea>>> {
    let sql = format!(
        "SELECT v.{col}, v.area FROM {table} v JOIN {parent} o ON o.id = v.{col} WHERE o.account_id = ?1",
        col = owner.column(),
        table = owner.table().as_str(),
        parent = owner.parent(),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([account_id], |row| Ok((row.get::<_, i64>(0)?, row.get(1)?)))?;
    let mut out: HashMap<i64, Vec<ValueChainArea>> = HashMap::new();
    for row in rows {
        let (id, area) = row?;
        out.entry(id).or_default().push(area);
    }
    for areas in out.values_mut() {
        areas.sort();
    }
    Ok(out)
}
