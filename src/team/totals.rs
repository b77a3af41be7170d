//! Team totals: headcount by side, FTE of the members active on a day, and partner fees with
//! the share of them we carry, per currency.
//!
//! Headcount counts every member on the roster, whatever their period; FTE sums
//! `allocation_percent / 100` of the members active on the day; partner fees count every
//! partner. Sums are rounded to 2 decimals.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::member::TeamMember;
use super::partner::TeamPartner;
use super::{active, iso, round2, today};
use crate::db::Db;
use crate::error::Result;
use crate::vocabulary::Side;

/// Members by side.
#[derive(Debug, Clone, Default, PartialEq, Serialize, specta::Type)]
pub struct TeamHeadcount {
    pub ours: i64,
    pub customer: i64,
    pub total: i64,
}

/// Full-time equivalents of the members active on the day, by side.
#[derive(Debug, Clone, Default, PartialEq, Serialize, specta::Type)]
pub struct TeamFte {
    pub ours: f64,
    pub customer: f64,
    pub total: f64,
}

/// Partner fees in one currency and what we carry of them.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PartnerCost {
    pub currency: String,
    pub partners: i64,
    pub fees: f64,
    /// Sum of fee × our share.
    pub our_share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TeamTotals {
    /// The day FTE was computed for, `YYYY-MM-DD`.
    pub on: String,
    pub headcount: TeamHeadcount,
    pub fte: TeamFte,
    /// One entry per currency, by currency code.
    pub partner_costs: Vec<PartnerCost>,
}

/// Totals of already loaded members and partners (shared with the roster).
pub(crate) fn summarise(members: &[TeamMember], partners: &[TeamPartner], on: NaiveDate) -> TeamTotals {
    let day = iso(on);
    let mut headcount = TeamHeadcount::default();
    let mut fte = TeamFte::default();
    for m in members {
        let share = if active(&m.start_on, m.end_on.as_deref(), &day) {
            m.allocation_percent / 100.0
        } else {
            0.0
        };
        if m.side == Side::Ours {
            headcount.ours += 1;
            fte.ours += share;
        } else {
            headcount.customer += 1;
            fte.customer += share;
        }
    }
    headcount.total = headcount.ours + headcount.customer;
    fte.total = round2(fte.ours + fte.customer);
    fte.ours = round2(fte.ours);
    fte.customer = round2(fte.customer);
    let mut costs: BTreeMap<&str, PartnerCost> = BTreeMap::new();
    for p in partners {
        let cost = costs.entry(&p.currency).or_insert_with(|| PartnerCost {
            currency: p.currency.clone(),
            partners: 0,
            fees: 0.0,
            our_share: 0.0,
        });
        cost.partners += 1;
        cost.fees += p.fee;
        cost.our_share += p.fee * p.our_share_percent / 100.0;
    }
    let partner_costs = costs
        .into_values()
        .map(|c| PartnerCost {
            fees: round2(c.fees),
            our_share: round2(c.our_share),
            ..c
        })
        .collect();
    TeamTotals {
        on: day,
        headcount,
        fte,
        partner_costs,
    }
}

fn compute(conn: &Connection, account_id: i64, on: NaiveDate) -> Result<TeamTotals> {
    let members = super::member::list(conn, account_id)?;
    let partners = super::partner::list(conn, account_id)?;
    Ok(summarise(&members, &partners, on))
}

impl Db {
    /// Headcount, FTE and partner costs of one account's team, as of today.
    pub fn team_totals(&self, account_id: i64) -> Result<TeamTotals> {
        self.team_totals_on(account_id, today())
    }

    /// [`Db::team_totals`] as of a given day.
    pub fn team_totals_on(&self, account_id: i64, on: NaiveDate) -> Result<TeamTotals> {
        self.read(|conn| compute(conn, account_id, on))
    }
}

#[cfg(test)]
#[path = "tests/totals.rs"]
mod tests;
