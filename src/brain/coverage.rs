//! Coverage report: is every key contact of an account covered the way the method asks?
//!
//! For each key contact (see [`super`]: any decision role but user, gatekeeper and initiator
//! included, or influence 4+; people who left are not key contacts), the rules and the gaps they
//! raise. What coverage is required depends on the account's tier, as its tier service rule says
//! ([`crate::tier_rule::CoverageRequirements`]; an account without a tier is held to C's): by
//! default S and A require everything below with 2 channels, B an A owner and 1 channel, C only
//! an A owner, so that a small account is not flooded with findings.
//!
//! | rule id | raised when | severity |
//! |---|---|---|
//! | `coverage.missing_a_owner` | no primary (A) owner on our side who has not left (every tier) | critical |
//! | `coverage.missing_b_owner` | the tier requires a B owner and there is none who has not left | warning |
//! | `coverage.missing_sponsor` | the tier requires sponsors and an executive or board contact has none | warning |
//! | `coverage.sponsor_not_executive` | the tier requires sponsors and an executive or board contact's sponsor is not one of our executives (or board) | warning |
//! | `coverage.too_few_channels` | fewer stable, independent information channels than the tier requires | warning |
//! | `coverage.opponent` | current attitude -1 or worse | critical |
//! | `coverage.neutral` | current attitude 0 | warning |
//! | `coverage.attitude_unknown` | attitude never assessed | warning |
//! | `coverage.stale_contact` | no interaction within the tier's maximum days (or none at all) | warning |
//!
//! Everyone else on the decision chain (a user, say, of little influence) is worth a
//! relationship too: `coverage.chain_unreached` (info) names a role holder who is not a key
//! contact, whom nobody of ours covers and nobody has ever met.
//!
//! Channels count when they are stable (reliability [`STABLE_RELIABILITY`] or more: hearsay is
//! not a channel to rely on) and independent: a named source person counts once, a free-text
//! source once per distinct text (case and spaces ignored); a channel whose source person has
//! left does not count. Contract: read-only; an unknown account is `NotFound`.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::{
    contact_rule, key_contacts, last_contacts, load_person, person_ref, roles, sort_gaps, today, Gap, PersonRef, Rule,
    Severity, PERSON_REF,
};
use crate::account;
use crate::channel::STABLE_RELIABILITY;
use crate::db::Db;
use crate::error::Result;
use crate::tier_rule::{coverage_requirements, CoverageRequirements};
use crate::vocabulary::{CoverageRole, DecisionRole, PersonStatus, Side, Tier};

/// Information channels the method asks of an important contact (the S and A tiers' default).
pub const MIN_CHANNELS: i64 = 2;

/// One key contact and what covers them.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct KeyContactCoverage {
    pub person: PersonRef,
    pub roles: Vec<DecisionRole>,
    pub influence: Option<i64>,
    pub attitude: Option<i64>,
    pub a_owner: Option<PersonRef>,
    pub b_owner: Option<PersonRef>,
    pub sponsor: Option<PersonRef>,
    /// Stable, independent information channels (see the module doc).
    pub channels: i64,
    pub last_contact: Option<String>,
    pub days_since_contact: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CoverageReport {
    pub account_id: i64,
    pub as_of: String,
    pub tier: Option<Tier>,
    /// The tier's contact rule applied to every key contact.
    pub max_days_between_contacts: i64,
    /// The coverage the tier requires of every key contact.
    pub requirements: CoverageRequirements,
    /// By name.
    pub contacts: Vec<KeyContactCoverage>,
    /// Critical first.
    pub gaps: Vec<Gap>,
}

/// Coverage ties into the account's people: contact -> role -> owner.
fn owners(conn: &Connection, account_id: i64) -> Result<HashMap<i64, HashMap<CoverageRole, PersonRef>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT t.to_person_id, t.coverage_role, {PERSON_REF} FROM tie t
         JOIN person p ON p.id = t.from_person_id JOIN person c ON c.id = t.to_person_id
         WHERE t.kind = 'coverage' AND c.account_id = ?1"
    ))?;
    let mut owners: HashMap<i64, HashMap<CoverageRole, PersonRef>> = HashMap::new();
    for row in stmt.query_map([account_id], |r| Ok((r.get(0)?, r.get(1)?, person_ref(r, 2)?)))? {
        let (contact, role, owner): (i64, CoverageRole, PersonRef) = row?;
        owners.entry(contact).or_default().insert(role, owner);
    }
    Ok(owners)
}

/// Stable, independent channel count per person of the account (every account when `None`), not
/// counting channels sourced from `without`.
pub(crate) fn channels(conn: &Connection, account_id: Option<i64>, without: Option<i64>) -> Result<HashMap<i64, i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ch.person_id, ch.source_person_id, ch.source FROM information_channel ch
         JOIN person c ON c.id = ch.person_id LEFT JOIN person s ON s.id = ch.source_person_id
         WHERE (?1 IS NULL OR c.account_id = ?1) AND (s.id IS NULL OR s.status <> 'left')
               AND (?2 IS NULL OR ch.source_person_id IS NOT ?2) AND ch.reliability >= ?3",
    )?;
    let mut sources: HashMap<i64, HashSet<String>> = HashMap::new();
    for row in stmt.query_map(rusqlite::params![account_id, without, STABLE_RELIABILITY], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })? {
        let (person, source_person, source): (i64, Option<i64>, String) = row?;
        let key = match source_person {
            Some(id) => format!("#{id}"),
            None => source.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase(),
        };
        sources.entry(person).or_default().insert(key);
    }
    Ok(sources.into_iter().map(|(p, s)| (p, s.len() as i64)).collect())
}

fn active(owner: Option<&PersonRef>) -> Option<&PersonRef> {
    owner.filter(|o| o.status != PersonStatus::Left)
}

fn owner_gaps(
    c: &KeyContactCoverage,
    roles: Option<&HashMap<CoverageRole, PersonRef>>,
    required: &CoverageRequirements,
    gaps: &mut Vec<Gap>,
) {
    let (id, name) = (Some(c.person.id), &c.person.name);
    let left_owner = |role| match roles.and_then(|r| r.get(&role)) {
        Some(o) if o.status == PersonStatus::Left => Some(o.name.clone()),
        _ => None,
    };
    let left = |role| left_owner(role).map(|n| format!(" ({n} has left)")).unwrap_or_default();
    // Params: `name`, and `left_owner` when the owner of that role has left.
    let with_left = |gap: Gap, role| match left_owner(role) {
        Some(owner) => gap.with("name", name).with("left_owner", owner),
        None => gap.with("name", name),
    };
    if c.a_owner.is_none() {
        let msg = format!("{name} has no primary (A) owner on our side{}", left(CoverageRole::A));
        let gap = Gap::new(Rule::CoverageMissingAOwner, Severity::Critical, id, msg);
        gaps.push(with_left(gap, CoverageRole::A));
    }
    if required.require_b_owner && c.b_owner.is_none() {
        let msg = format!(
            "{name} has no backup (B) owner: the relationship hangs on one person{}",
            left(CoverageRole::B)
        );
        let gap = Gap::new(Rule::CoverageMissingBOwner, Severity::Warning, id, msg);
        gaps.push(with_left(gap, CoverageRole::B));
    }
    if required.require_sponsor && c.person.level.is_executive_or_above() {
        match &c.sponsor {
            None => {
                let msg = format!(
                    "{name} is an executive without an executive sponsor{}",
                    left(CoverageRole::Sponsor)
                );
                let gap = Gap::new(Rule::CoverageMissingSponsor, Severity::Warning, id, msg);
                gaps.push(with_left(gap, CoverageRole::Sponsor));
            }
            Some(s) if !s.level.is_executive_or_above() => {
                let msg = format!(
                    "{name} is an executive but their sponsor {} is not one of our executives",
                    s.name
                );
                // Params: `name`, `sponsor`.
                let gap = Gap::new(Rule::CoverageSponsorNotExecutive, Severity::Warning, id, msg);
                gaps.push(gap.with("name", name).with("sponsor", &s.name));
            }
            Some(_) => {}
        }
    }
}

fn other_gaps(c: &KeyContactCoverage, max_days: i64, required: &CoverageRequirements, gaps: &mut Vec<Gap>) {
    let (id, name) = (Some(c.person.id), &c.person.name);
    let needed = required.min_channels;
    if c.channels < needed {
        let msg = format!(
            "{name} has {} stable, independent information channel(s); {needed} are needed to cross-check",
            c.channels
        );
        // Params: `name`, `channels`, `needed`.
        let gap = Gap::new(Rule::CoverageTooFewChannels, Severity::Warning, id, msg);
        gaps.push(
            gap.with("name", name)
                .with("channels", c.channels)
                .with("needed", needed),
        );
    }
    // Params: `name`, and `attitude` where it is known.
    match c.attitude {
        None => gaps.push(
            Gap::new(
                Rule::CoverageAttitudeUnknown,
                Severity::Warning,
                id,
                format!("{name}'s attitude toward us has never been assessed"),
            )
            .with("name", name),
        ),
        Some(a) if a < 0 => gaps.push(
            Gap::new(
                Rule::CoverageOpponent,
                Severity::Critical,
                id,
                format!("{name} opposes us (attitude {a}); the aim is to bring them to neutral"),
            )
            .with("name", name)
            .with("attitude", a),
        ),
        Some(0) => gaps.push(
            Gap::new(
                Rule::CoverageNeutral,
                Severity::Warning,
                id,
                format!("{name} is neutral (attitude 0); the aim is +1 or better"),
            )
            .with("name", name)
            .with("attitude", 0),
        ),
        Some(_) => {}
    }
    let stale = match (&c.last_contact, c.days_since_contact) {
        (Some(on), Some(days)) if days > max_days => Some(format!("last met on {on}, {days} days ago")),
        (None, _) => Some("never met".to_owned()),
        _ => None,
    };
    if let Some(when) = stale {
        let msg = format!("{name}: {when}; the tier's rule is at most {max_days} days between contacts");
        // Params: `name`, `max_days`, and `last_met`, `days` unless they never met.
        let mut gap = Gap::new(Rule::CoverageStaleContact, Severity::Warning, id, msg).with("name", name);
        gap = gap.with("max_days", max_days);
        if let (Some(on), Some(days)) = (&c.last_contact, c.days_since_contact) {
            gap = gap.with("last_met", on).with("days", days);
        }
        gaps.push(gap);
    }
}

/// `coverage.chain_unreached`: role holders who are not key contacts, whom nobody of ours covers
/// and nobody has met.
fn unreached_gaps(
    conn: &Connection,
    account_id: i64,
    key: &HashSet<i64>,
    owners: &HashMap<i64, HashMap<CoverageRole, PersonRef>>,
    last: &HashMap<i64, NaiveDate>,
    gaps: &mut Vec<Gap>,
) -> Result<()> {
    let mut chain: Vec<i64> = roles(conn, Some(account_id), None)?.into_keys().collect();
    chain.sort_unstable();
    for id in chain
        .into_iter()
        .filter(|id| !key.contains(id) && !last.contains_key(id))
    {
        let covered = owners
            .get(&id)
            .is_some_and(|r| r.values().any(|o| o.status != PersonStatus::Left));
        let person = load_person(conn, id)?;
        let on_their_side = matches!(person.side, Side::Customer | Side::ThirdParty);
        if covered || !on_their_side || person.status == PersonStatus::Left {
            continue;
        }
        let msg = format!(
            "{} is on the decision chain but nobody of ours covers them or has met them: worth a relationship",
            person.name
        );
        // Params: `name`.
        let gap = Gap::new(Rule::CoverageChainUnreached, Severity::Info, Some(id), msg);
        gaps.push(gap.with("name", &person.name));
    }
    Ok(())
}

pub(crate) fn compute(conn: &Connection, account_id: i64, as_of: NaiveDate) -> Result<CoverageReport> {
    let account = account::load(conn, account_id)?;
    let max_days = contact_rule(conn, account.tier)?;
    let required = coverage_requirements(conn, account.tier)?;
    let owners = owners(conn, account_id)?;
    let channels = channels(conn, Some(account_id), None)?;
    let last = last_contacts(conn, Some(account_id))?;
    let mut contacts = Vec::new();
    let mut gaps = Vec::new();
    for key in key_contacts(conn, Some(account_id))? {
        let roles = owners.get(&key.person.id);
        let held = |role| active(roles.and_then(|r| r.get(&role))).cloned();
        let last_contact = last.get(&key.person.id);
        let coverage = KeyContactCoverage {
            a_owner: held(CoverageRole::A),
            b_owner: held(CoverageRole::B),
            sponsor: held(CoverageRole::Sponsor),
            channels: channels.get(&key.person.id).copied().unwrap_or(0),
            last_contact: last_contact.map(|d| d.format("%Y-%m-%d").to_string()),
            days_since_contact: last_contact.map(|d| (as_of - *d).num_days()),
            roles: key.roles,
            influence: key.influence,
            attitude: key.attitude,
            person: key.person,
        };
        owner_gaps(&coverage, roles, &required, &mut gaps);
        other_gaps(&coverage, max_days, &required, &mut gaps);
        contacts.push(coverage);
    }
    let key: HashSet<i64> = contacts.iter().map(|c| c.person.id).collect();
    unreached_gaps(conn, account_id, &key, &owners, &last, &mut gaps)?;
    sort_gaps(&mut gaps);
    Ok(CoverageReport {
        account_id,
        as_of: as_of.format("%Y-%m-%d").to_string(),
        tier: account.tier,
        max_days_between_contacts: max_days,
        requirements: required,
        contacts,
        gaps,
    })
}

impl Db {
    /// Coverage of every key contact of the account, with the gaps found, as of today.
    pub fn coverage_report(&self, account_id: i64) -> Result<CoverageReport> {
        self.coverage_report_on(account_id, today())
    }

    /// [`Db::coverage_report`] as of a given date.
    pub fn coverage_report_on(&self, account_id: i64, as_of: NaiveDate) -> Result<CoverageReport> {
        self.read(|conn| compute(conn, account_id, as_of))
    }
}

#[cfg(test)]
#[path = "tests/coverage.rs"]
mod tests;
