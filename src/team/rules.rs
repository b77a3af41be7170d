//! The rules a membership must satisfy before it is written (see the contract in [`super`]).

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension};

use super::member::TeamMemberUpdate;
use super::{percent, period, TeamFunction, ValueChainArea};
use crate::error::{Error, Problem, Result};
use crate::person::{self, Person};
use crate::vocabulary::Side;

/// The team's account manager: (member id, person id, name).
fn account_manager(conn: &Connection, account_id: i64) -> Result<Option<(i64, i64, String)>> {
    Ok(conn
        .query_row(
            "SELECT m.id, m.person_id, p.name FROM team_member m JOIN person p ON p.id = m.person_id
             WHERE m.account_id = ?1 AND m.function = 'account_manager'",
            [account_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?)
}

/// Checks a membership's content for `person` on `account_id`'s team; `member` is the row
/// being edited (None when adding). Returns the normalised values to store.
pub(super) fn check(
    conn: &Connection,
    account_id: i64,
    person: &Person,
    member: Option<i64>,
    d: &TeamMemberUpdate,
) -> Result<Checked> {
    let allocation = percent("allocation_percent", d.allocation_percent)?;
    let (start_on, end_on) = period(&d.start_on, d.end_on.as_deref())?;
    match person.side {
        Side::Ours => {}
        Side::Customer if person.account_id == Some(account_id) => {}
        Side::Customer => return Err(Error::problem("person_id", Problem::BelongsToOtherAccount)),
        Side::ThirdParty | Side::Competitor => return Err(Error::problem("person_id", Problem::OutsideFirm)),
    }
    let twin: Option<i64> = conn
        .query_row(
            "SELECT id FROM team_member WHERE account_id = ?1 AND person_id = ?2 AND id IS NOT ?3",
            rusqlite::params![account_id, person.id, member],
            |row| row.get(0),
        )
        .optional()?;
    if twin.is_some() {
        return Err(Error::problem("person_id", Problem::AlreadyMember));
    }
    let manager = account_manager(conn, account_id)?.filter(|(id, _, _)| Some(*id) != member);
    if d.function == TeamFunction::AccountManager {
        if person.side != Side::Ours {
            return Err(Error::problem("function", Problem::NotOurStaff));
        }
        if let Some((_, _, name)) = &manager {
            let manager = name.clone();
            return Err(Error::problem("function", Problem::ManagerTaken { manager }));
        }
    }
    if let Some(target) = d.reports_to_manager_id {
        const FIELD: &str = "reports_to_manager_id";
        if d.function == TeamFunction::AccountManager {
            return Err(Error::problem(FIELD, Problem::ManagerReportsToNoOne));
        }
        match &manager {
            None => return Err(Error::problem(FIELD, Problem::NoManager)),
            Some((_, id, name)) if *id != target => {
                let manager = name.clone();
                return Err(Error::problem(FIELD, Problem::NotTheManager { manager }));
            }
            Some(_) => {}
        }
    }
    if let Some(lead) = d.customer_lead_id {
        check_lead(conn, account_id, person.id, lead)?;
    }
    Ok(Checked {
        team_role: d.team_role.trim().to_owned(),
        allocation,
        start_on,
        end_on,
        areas: d.value_chain.iter().copied().collect(),
    })
}

fn check_lead(conn: &Connection, account_id: i64, person_id: i64, lead_id: i64) -> Result<()> {
    const FIELD: &str = "customer_lead_id";
    if lead_id == person_id {
        return Err(Error::problem(FIELD, Problem::SelfReference));
    }
    let lead = match person::load(conn, lead_id) {
        Ok(lead) => lead,
        Err(Error::NotFound { entity, id }) => {
            let entity = entity.to_owned();
            return Err(Error::problem(FIELD, Problem::NotFound { entity, id }));
        }
        Err(other) => return Err(other),
    };
    if lead.side != Side::Customer {
        return Err(Error::problem(FIELD, Problem::NotCustomerSide));
    }
    if lead.account_id != Some(account_id) {
        return Err(Error::problem(FIELD, Problem::BelongsToOtherAccount));
    }
    Ok(())
}

pub(super) struct Checked {
    pub team_role: String,
    pub allocation: f64,
    pub start_on: String,
    pub end_on: Option<String>,
    pub areas: BTreeSet<ValueChainArea>,
}
