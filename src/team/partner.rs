//! Outside partners: firms (consulting, audit, advertising) that join the team for a service,
//! with their fee, the share of it we carry, their period and the value-chain areas they serve.

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::{clear_areas, percent, period, round2, set_areas, AreaOwner, PartnerService, ValueChainArea};
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TeamPartner {
    pub id: i64,
    pub account_id: i64,
    pub firm: String,
    pub service: PartnerService,
    pub fee: f64,
    pub currency: String,
    pub our_share_percent: f64,
    /// What we carry: fee × our share, rounded to 2 decimals.
    pub our_cost: f64,
    pub start_on: String,
    pub end_on: Option<String>,
    pub notes: String,
    /// In chain order.
    pub value_chain: Vec<ValueChainArea>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewTeamPartner {
    pub account_id: i64,
    #[serde(flatten)]
    pub details: TeamPartnerUpdate,
}

/// The new content of a partner; replaces the old one entirely (the account stays).
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct TeamPartnerUpdate {
    pub firm: String,
    pub service: PartnerService,
    pub fee: f64,
    /// ISO currency code; CNY when absent or blank.
    #[serde(default)]
    pub currency: Option<String>,
    pub our_share_percent: f64,
    pub start_on: String,
    #[serde(default)]
    pub end_on: Option<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub value_chain: Vec<ValueChainArea>,
}

const SELECT: &str = "SELECT id, account_id, firm, service, fee, currency, our_share_percent, start_on, end_on, notes
     FROM team_partner";

fn from_row(row: &Row<'_>) -> rusqlite::Result<TeamPartner> {
    let fee: f64 = row.get(4)?;
    let share: f64 = row.get(6)?;
    Ok(TeamPartner {
        id: row.get(0)?,
        account_id: row.get(1)?,
        firm: row.get(2)?,
        service: row.get(3)?,
        fee,
        currency: row.get(5)?,
        our_share_percent: share,
        our_cost: round2(fee * share / 100.0),
        start_on: row.get(7)?,
        end_on: row.get(8)?,
        notes: row.get(9)?,
        value_chain: Vec::new(),
    })
}

fn load(conn: &Connection, id: i64) -> Result<TeamPartner> {
    let mut partner = conn
        .query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "team_partner",
            id,
        })?;
    partner.value_chain = super::areas_of(conn, AreaOwner::Partner, id)?;
    Ok(partner)
}

/// The partners of one account's team, by firm.
pub(crate) fn list(conn: &Connection, account_id: i64) -> Result<Vec<TeamPartner>> {
    validate::exists(conn, Table::Account, account_id)?;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE account_id = ?1 ORDER BY firm COLLATE NOCASE, id"
    ))?;
    let mut partners: Vec<TeamPartner> = stmt
        .query_map([account_id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let mut areas = super::areas_of_account(conn, AreaOwner::Partner, account_id)?;
    for partner in &mut partners {
        partner.value_chain = areas.remove(&partner.id).unwrap_or_default();
    }
    Ok(partners)
}

struct Checked {
    firm: String,
    fee: f64,
    currency: String,
    share: f64,
    notes: String,
    start_on: String,
    end_on: Option<String>,
    areas: BTreeSet<ValueChainArea>,
}

fn check(d: &TeamPartnerUpdate) -> Result<Checked> {
    let firm = validate::name("firm", &d.firm)?;
    if !d.fee.is_finite() {
        return Err(Error::problem("fee", Problem::NotFinite));
    }
    if d.fee < 0.0 {
        return Err(Error::problem("fee", Problem::Negative { got: d.fee }));
    }
    let share = percent("our_share_percent", d.our_share_percent)?;
    let currency = match d.currency.as_deref().map(str::trim) {
        None | Some("") => super::DEFAULT_CURRENCY.to_owned(),
        Some(code) if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) => code.to_ascii_uppercase(),
        Some(code) => {
            return Err(Error::problem(
                "currency",
                Problem::NotACurrency { value: code.to_owned() },
            ))
        }
    };
    let (start_on, end_on) = period(&d.start_on, d.end_on.as_deref())?;
    Ok(Checked {
        firm,
        fee: d.fee,
        currency,
        share,
        notes: d.notes.trim().to_owned(),
        start_on,
        end_on,
        areas: d.value_chain.iter().copied().collect(),
    })
}

impl Checked {
    fn values(&self) -> [(&'static str, &dyn rusqlite::ToSql); 7] {
        [
            ("firm", &self.firm),
            ("fee", &self.fee),
            ("currency", &self.currency),
            ("our_share_percent", &self.share),
            ("start_on", &self.start_on),
            ("end_on", &self.end_on),
            ("notes", &self.notes),
        ]
    }
}

/// Adds a partner after checking it; shared by [`Db::create_team_partner`] and the sample.
pub(crate) fn insert(w: &mut Writer<'_>, input: &NewTeamPartner) -> Result<i64> {
    let c = check(&input.details)?;
    validate::exists(w.conn(), Table::Account, input.account_id)?;
    let mut values = c.values().to_vec();
    values.push(("account_id", &input.account_id));
    values.push(("service", &input.details.service));
    let id = w.insert(Table::TeamPartner, &values)?;
    set_areas(w, AreaOwner::Partner, id, &c.areas)?;
    Ok(id)
}

impl Db {
    pub fn get_team_partner(&self, id: i64) -> Result<TeamPartner> {
        self.read(|conn| load(conn, id))
    }

    pub fn list_team_partners(&self, account_id: i64) -> Result<Vec<TeamPartner>> {
        self.read(|conn| list(conn, account_id))
    }

    pub fn create_team_partner(&self, input: NewTeamPartner) -> Result<TeamPartner> {
        let id = self.write(ActionLabel::AddPartner, |w| insert(w, &input))?;
        self.get_team_partner(id)
    }

    pub fn update_team_partner(&self, id: i64, update: TeamPartnerUpdate) -> Result<TeamPartner> {
        let c = check(&update)?;
        self.write(ActionLabel::EditPartner, |w| {
            validate::exists(w.conn(), Table::TeamPartner, id)?;
            let mut values = c.values().to_vec();
            values.push(("service", &update.service));
            w.update(Table::TeamPartner, id, &values)?;
            set_areas(w, AreaOwner::Partner, id, &c.areas)
        })?;
        self.get_team_partner(id)
    }

    pub fn delete_team_partner(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::RemovePartner, |w| {
            validate::exists(w.conn(), Table::TeamPartner, id)?;
            clear_areas(w, AreaOwner::Partner, id)?;
            w.delete(Table::TeamPartner, id)
        })
    }
}

#[cfg(test)]
#[path = "tests/partner.rs"]
mod tests;
