//! The account brain: analyses a key-account manager cannot do in their head.
//!
//! Contract: every analysis is **read-only**. It reads through `Db::read`, never writes and
//! never journals, so running one can neither change the workspace nor appear in undo. The
//! same workspace and the same date give the same answer. Results are plain serializable
//! structs with domain names; a finding ([`Gap`]) carries a [`Severity`], the stable id of the
//! rule that raised it (e.g. `coverage.missing_b_owner`) and a message in the user's terms.
//! Unknown ids give [`crate::Error::NotFound`]; bad parameters give [`crate::Error::Invalid`]
//! naming the parameter. "Today" is the local date; the analyses that depend on it (coverage,
//! reminders) also have an `*_on` form taking the date.
//!
//! The analyses, one module each: [`coverage`], [`parity`] (level parity), [`balance`] (support
//! balance), [`coverage_view`] (those three read at once, for the map's coverage view), [`paths`]
//! (introduction paths), [`hidden_chain`], [`job_change`], [`reminders`],
//! [`sponsors`] and [`tier`] (tier suggestion); `graph` loads the tie graph the path analyses share.
//!
//! Shared definitions, used by several analyses:
//! - **key contact**: a person of an account (customer or third-party side, not left) who holds a
//!   decision role other than user on any deal (decider, approver, buyer, influencer, initiator,
//!   and the gatekeeper (控制者), who can block our access to everyone else), or whose current
//!   influence is 4+; the users are on the decision chain too, and worth a relationship, but
//!   lighter rules apply to them (see [`coverage`]);
//! - **current attitude / influence**: the latest event by observation date, then entry order;
//! - **tier contact rule**: `tier_rule.max_days_between_contacts` of the account's decided tier,
//!   defaulting to S 14, A 30, B 60, C 90 days where the row is missing; an account without a
//!   decided tier is held to the C rule;
//! - **last contact**: the latest interaction the person took part in.

pub mod balance;
pub mod circles;
pub mod coverage;
pub mod coverage_view;
pub(crate) mod graph;
pub mod hidden_chain;
pub mod job_change;
pub mod parity;
pub mod paths;
pub mod reminders;
pub mod sponsors;
#[cfg(test)]
pub(crate) mod testkit;
pub mod tier;

#[doc(hidden)]
pub use graph::GraphProbe;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::vocabulary::{DecisionRole, Level, PersonStatus, Side, Tier};

/// How urgent a finding is; sorts critical first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Critical,
    Warning,
    Info,
}

crate::vocabulary::vocabulary!(
    /// The stable id of every rule that raises findings, `<analysis>.<rule>`, in id order
    /// (findings sort by it). A new rule is added here; the UI words each id.
    Rule {
        BalanceCompetitorAhead = "balance.competitor_ahead",
        BalanceDeciderAgainst = "balance.decider_against",
        BalanceNoChain = "balance.no_chain",
        BalanceUnassessed = "balance.unassessed",
        CoverageAttitudeUnknown = "coverage.attitude_unknown",
        CoverageChainUnreached = "coverage.chain_unreached",
        CoverageMissingAOwner = "coverage.missing_a_owner",
        CoverageMissingBOwner = "coverage.missing_b_owner",
        CoverageMissingSponsor = "coverage.missing_sponsor",
        CoverageNeutral = "coverage.neutral",
        CoverageOpponent = "coverage.opponent",
        CoverageSponsorNotExecutive = "coverage.sponsor_not_executive",
        CoverageStaleContact = "coverage.stale_contact",
        CoverageTooFewChannels = "coverage.too_few_channels",
        JobChangeChannelLost = "job_change.channel_lost",
        JobChangeCoverageLost = "job_change.coverage_lost",
        JobChangePathLost = "job_change.path_lost",
        JobChangePathWeakened = "job_change.path_weakened",
        JobChangeRoleVacant = "job_change.role_vacant",
        ParityNoSupporter = "parity.no_supporter",
        ParityNotOutranking = "parity.not_outranking",
        ParityOursLower = "parity.ours_lower",
        TierDecidedDiffers = "tier.decided_differs",
        TierIncomplete = "tier.incomplete",
        TierUndecided = "tier.undecided",
    }
);

impl PartialEq<&str> for Rule {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// One finding of an analysis: which rule, how bad, about whom, in words.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Gap {
    /// Stable rule id, `<analysis>.<rule>`, e.g. `coverage.missing_b_owner`.
    pub rule: Rule,
    pub severity: Severity,
    /// The person the finding is about, if any.
    pub person_id: Option<i64>,
    /// The message, in English.
    pub message: String,
    /// The values the message is made of (`name`, `days`, …), so that the UI can say it in
    /// the user's language; keys are documented with each rule.
    pub params: BTreeMap<String, String>,
}

impl Gap {
    pub(crate) fn new(rule: Rule, severity: Severity, person_id: Option<i64>, message: String) -> Self {
        Self {
            rule,
            severity,
            person_id,
            message,
            params: BTreeMap::new(),
        }
    }

    /// Adds a value the message is made of.
    pub(crate) fn with(mut self, key: &str, value: impl ToString) -> Self {
        self.params.insert(key.to_owned(), value.to_string());
        self
    }
}

/// A person as the analyses name them: enough to show and to link to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct PersonRef {
    pub id: i64,
    pub name: String,
    pub title: String,
    pub side: Side,
    pub level: Level,
    pub status: PersonStatus,
    pub account_id: Option<i64>,
}

/// Columns read by [`person_ref`], for a `person` table aliased `p`.
pub(crate) const PERSON_REF: &str = "p.id, p.name, p.title, p.side, p.level, p.status, p.account_id";

/// Reads a [`PersonRef`] from the seven [`PERSON_REF`] columns starting at `at`.
pub(crate) fn person_ref(row: &Row<'_>, at: usize) -> rusqlite::Result<PersonRef> {
    Ok(PersonRef {
        id: row.get(at)?,
        name: row.get(at + 1)?,
        title: row.get(at + 2)?,
        side: row.get(at + 3)?,
        level: row.get(at + 4)?,
        status: row.get(at + 5)?,
        account_id: row.get(at + 6)?,
    })
}

pub(crate) fn load_person(conn: &Connection, id: i64) -> Result<PersonRef> {
    conn.query_row(
        &format!("SELECT {PERSON_REF} FROM person p WHERE p.id = ?1"),
        [id],
        |r| person_ref(r, 0),
    )
    .optional()?
    .ok_or(Error::NotFound { entity: "person", id })
}

/// The people of one account, or of every account when `None`; our own staff are never in scope.
const SCOPE: &str = "SELECT id FROM person WHERE side <> 'ours' AND (?1 IS NULL OR account_id = ?1)";

pub(crate) use crate::assessment::{current, Scale};

/// Distinct decision roles per person in scope; `deal` restricts to roles of that deal or of every deal.
pub(crate) fn roles(
    conn: &Connection,
    account_id: Option<i64>,
    deal: Option<i64>,
) -> Result<HashMap<i64, Vec<DecisionRole>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT DISTINCT person_id, role FROM decision_role
         WHERE person_id IN ({SCOPE}) AND (?2 IS NULL OR opportunity_id IS NULL OR opportunity_id = ?2)
         ORDER BY person_id, role"
    ))?;
    let mut roles: HashMap<i64, Vec<DecisionRole>> = HashMap::new();
    for row in stmt.query_map(rusqlite::params![account_id, deal], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (person, role) = row?;
        roles.entry(person).or_default().push(role);
    }
    Ok(roles)
}

/// The roles that make a person a key contact, whatever their influence.
pub const KEY_ROLES: [DecisionRole; 6] = [
    DecisionRole::Decider,
    DecisionRole::Approver,
    DecisionRole::Influencer,
    DecisionRole::Buyer,
    DecisionRole::Initiator,
    DecisionRole::Gatekeeper,
];

/// The influence from which a person is a key contact, whatever their roles.
pub const KEY_INFLUENCE: i64 = 4;

pub(crate) struct KeyContact {
    pub person: PersonRef,
    pub roles: Vec<DecisionRole>,
    pub influence: Option<i64>,
    pub attitude: Option<i64>,
}

/// The key contacts in scope (see the module doc), by account then name.
pub(crate) fn key_contacts(conn: &Connection, account_id: Option<i64>) -> Result<Vec<KeyContact>> {
    let mut roles = roles(conn, account_id, None)?;
    let influence = current(conn, Scale::Influence, account_id)?;
    let attitude = current(conn, Scale::Attitude, account_id)?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF} FROM person p
         WHERE p.side IN ('customer', 'third_party') AND p.status <> 'left' AND (?1 IS NULL OR p.account_id = ?1)
         ORDER BY p.account_id, p.name COLLATE NOCASE, p.id"
    ))?;
    let people = stmt.query_map([account_id], |r| person_ref(r, 0))?;
    let mut contacts = Vec::new();
    for person in people {
        let person = person?;
        let person_roles = roles.remove(&person.id).unwrap_or_default();
        let person_influence = influence.get(&person.id).copied();
        let key = person_roles.iter().any(|r| KEY_ROLES.contains(r)) || person_influence >= Some(KEY_INFLUENCE);
        if key {
            contacts.push(KeyContact {
                attitude: attitude.get(&person.id).copied(),
                influence: person_influence,
                roles: person_roles,
                person,
            });
        }
    }
    Ok(contacts)
}

/// Date of the latest interaction each person in scope took part in.
pub(crate) fn last_contacts(conn: &Connection, account_id: Option<i64>) -> Result<HashMap<i64, NaiveDate>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT ip.person_id, max(i.occurred_on) FROM interaction_participant ip
         JOIN interaction i ON i.id = ip.interaction_id
         WHERE ip.person_id IN ({SCOPE}) GROUP BY ip.person_id"
    ))?;
    let rows = stmt.query_map([account_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let mut last = HashMap::new();
    for row in rows {
        let (person, on) = row?;
        if let Some(date) = parse_date(&on) {
            last.insert(person, date);
        }
    }
    Ok(last)
}

/// Default maximum days between contacts per tier, where `tier_rule` has no row.
pub const DEFAULT_CONTACT_DAYS: [(Tier, i64); 4] = [(Tier::S, 14), (Tier::A, 30), (Tier::B, 60), (Tier::C, 90)];

/// The tier's maximum days between contacts; the C rule for an account without a tier.
pub(crate) fn contact_rule(conn: &Connection, tier: Option<Tier>) -> Result<i64> {
    let tier = tier.unwrap_or(Tier::C);
    let configured: Option<i64> = conn
        .query_row(
            "SELECT max_days_between_contacts FROM tier_rule WHERE tier = ?1",
            [tier],
            |r| r.get(0),
        )
        .optional()?;
    let default = DEFAULT_CONTACT_DAYS
        .iter()
        .find(|(t, _)| *t == tier)
        .map_or(90, |(_, d)| *d);
    Ok(configured.unwrap_or(default))
}

/// Reads an ISO date, also accepting a longer timestamp that starts with one.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let head = text.trim().get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

pub(crate) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Sorts findings critical first, then by rule and person, so reports read the same every time.
pub(crate) fn sort_gaps(gaps: &mut [Gap]) {
    gaps.sort_by(|a, b| (a.severity, &a.rule, a.person_id).cmp(&(b.severity, &b.rule, b.person_id)));
}

#[cfg(test)]
#[path = "tests/sample.rs"]
mod sample_tests;
