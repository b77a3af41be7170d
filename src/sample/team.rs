//! The sample account's embedded team (Tetra Pak model): our eight staff around Elena Marsh,
//! three specialists the customer appointed, and two outside firms whose fees we share.
//! Finance and IT are deliberately left uncovered, so the value-chain matrix shows gaps.
//! Written through the team module's checked inserts, in the sample's one journal action.

use std::collections::HashMap;

use crate::error::{Error, Problem, Result};
use crate::journal::Writer;
use crate::team::member::{self, NewTeamMember, TeamMemberUpdate};
use crate::team::partner::{self, NewTeamPartner, TeamPartnerUpdate};
use crate::team::{PartnerService, TeamFunction as F, TeamLocation as L, ValueChainArea as A};

type People<'a> = HashMap<&'a str, i64>;

/// key, team role, function, location, allocation %, start, customer lead key, areas.
type Seat = (
    &'static str,
    &'static str,
    F,
    L,
    f64,
    &'static str,
    Option<&'static str>,
    &'static [A],
);

/// The account manager first: the others report to her.
const SEATS: &[Seat] = &[
    (
        "kam",
        "Team lead, single point of contact",
        F::AccountManager,
        L::CustomerSite,
        100.0,
        "2025-03-01",
        None,
        &[A::Sales, A::SupplyChain],
    ),
    (
        "vp",
        "Executive sponsor",
        F::Other,
        L::Remote,
        10.0,
        "2025-03-01",
        Some("coo"),
        &[A::Sales],
    ),
    (
        "md",
        "Steering committee chair",
        F::Other,
        L::Remote,
        5.0,
        "2025-03-01",
        Some("ceo"),
        &[],
    ),
    (
        "strat",
        "Joint growth planning",
        F::StrategyDevelopment,
        L::Remote,
        40.0,
        "2025-06-01",
        Some("mkt"),
        &[A::Marketing, A::ProductDevelopment],
    ),
    (
        "sa",
        "Orders, forecasts and contracts",
        F::SalesAdministration,
        L::Remote,
        60.0,
        "2025-03-01",
        Some("cpo"),
        &[A::Sales, A::SupplyChain],
    ),
    (
        "tech",
        "Filling-line uptime, Eastbank",
        F::TechnicalService,
        L::CustomerSite,
        100.0,
        "2025-03-01",
        Some("prod"),
        &[A::Production],
    ),
    (
        "app",
        "New formats and materials",
        F::TechnicalService,
        L::CustomerSite,
        50.0,
        "2025-09-01",
        Some("rd"),
        &[A::ProductDevelopment, A::Production],
    ),
    (
        "qe",
        "Packaging quality and hygiene",
        F::Quality,
        L::CustomerSite,
        80.0,
        "2025-03-01",
        Some("qa"),
        &[A::Quality, A::Production],
    ),
    // The customer's appointees.
    (
        "qa2",
        "Food-safety liaison",
        F::Quality,
        L::CustomerSite,
        30.0,
        "2025-04-01",
        Some("qa"),
        &[A::Quality],
    ),
    (
        "plant1",
        "Production liaison, Eastbank",
        F::Other,
        L::CustomerSite,
        25.0,
        "2025-04-01",
        Some("prod"),
        &[A::Production],
    ),
    (
        "plan",
        "Supply-chain liaison",
        F::Other,
        L::CustomerSite,
        20.0,
        "2025-04-01",
        Some("scm"),
        &[A::SupplyChain],
    ),
];

/// firm, service, fee (CNY), our share %, start, end, notes, areas.
type Firm = (
    &'static str,
    PartnerService,
    f64,
    f64,
    &'static str,
    &'static str,
    &'static str,
    &'static [A],
);

const PARTNERS: &[Firm] = &[
    (
        "Meridian Strategy Partners",
        PartnerService::Consulting,
        480_000.0,
        50.0,
        "2026-01-01",
        "2026-12-31",
        "Chilled-range go-to-market study; we pay half, as Tetra Pak did",
        &[A::Marketing, A::ProductDevelopment],
    ),
    (
        "Northgate Assurance",
        PartnerService::Audit,
        120_000.0,
        30.0,
        "2026-03-01",
        "2027-02-28",
        "Annual hygiene and packaging-line audit of both plants",
        &[A::Quality, A::Production],
    ),
];

fn id(people: &People<'_>, key: &str) -> Result<i64> {
    people
        .get(key)
        .copied()
        .ok_or_else(|| Error::problem("sample", Problem::Missing))
}

pub(super) fn embed(w: &mut Writer<'_>, account: i64, people: &People<'_>) -> Result<()> {
    let manager = id(people, "kam")?;
    for (key, role, function, location, allocation, start, lead, areas) in SEATS {
        let person_id = id(people, key)?;
        let details = TeamMemberUpdate {
            team_role: (*role).into(),
            function: *function,
            location: *location,
            allocation_percent: *allocation,
            start_on: (*start).into(),
            end_on: None,
            reports_to_manager_id: (person_id != manager).then_some(manager),
            customer_lead_id: lead.map(|l| id(people, l)).transpose()?,
            value_chain: areas.to_vec(),
        };
        member::insert(
            w,
            &NewTeamMember {
                account_id: account,
                person_id,
                details,
            },
        )?;
    }
    for (firm, service, fee, share, start, end, notes, areas) in PARTNERS {
        let details = TeamPartnerUpdate {
            firm: (*firm).into(),
            service: *service,
            fee: *fee,
            currency: None,
            our_share_percent: *share,
            start_on: (*start).into(),
            end_on: Some((*end).into()),
            notes: (*notes).into(),
            value_chain: areas.to_vec(),
        };
        partner::insert(
            w,
            &NewTeamPartner {
                account_id: account,
                details,
            },
        )?;
    }
    Ok(())
}
