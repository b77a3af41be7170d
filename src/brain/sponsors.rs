//! Sponsor suggestions: which of our executives should sponsor a key customer contact.
//!
//! The method (seed 002, the key-contact expansion card) picks a sponsor by four principles:
//! equal status (地位对等), matching business (业务对口), shared history (历史交往), and the
//! ability and willingness to solve problems (解决问题的能力、意愿).
//!
//! Candidates are only pairings the rules accept: our staff at executive or board level who have
//! not left (coverage asks an executive contact's sponsor to be one of our executives), and not
//! someone who already holds the contact's A or B role (an owner holds one role per contact).
//! Each gets four scores in 0..1 and the reasons behind them:
//!
//! ```text
//! level match    = 1 - min(|level rank(ours) - level rank(theirs)|, 3) / 3   (equal status: 1)
//! business match = 1 when their titles (and the contact's department) share a business
//!                  function, 0.5 when one of the two is general management, else 0
//! shared history = min(1, 0.5 x strongest direct tie / 5           (any kind, coverage included)
//!                       + 0.3 x min(meetings together, 3) / 3
//!                       + 0.2 x min(colleagues of the contact they cover, 2) / 2)
//! ability        = 0.5 x (1 - min(other contacts they sponsor, 3) / 3)    (time to give)
//!                + 0.5 x min(meetings with this account they took part in, 3) / 3   (they act)
//! score          = 0.3 x level + 0.25 x business + 0.25 x history + 0.2 x ability
//! ```
//!
//! The contact's colleagues are the people linked to them by a reporting, dotted or influence
//! line. Business functions are recognised from title words (English and Chinese), see
//! [`FUNCTIONS`]. Ties are ranked by fewer current sponsorships (the sponsor's time is scarce),
//! then name. Contract: read-only; the contact must be a customer-side person (else invalid,
//! `person_id`) who has not left; an unknown person is `NotFound`.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::{load_person, person_ref, PersonRef, PERSON_REF};
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::vocabulary::{CoverageRole, Level, PersonStatus, Side};

/// Business functions and the title words that reveal them (lower case; Chinese as written).
pub const FUNCTIONS: &[(&str, &[&str])] = &[
    (
        "general_management",
        &[
            "ceo",
            "president",
            "chairman",
            "chairwoman",
            "managing",
            "general manager",
            "总裁",
            "总经理",
            "董事长",
        ],
    ),
    (
        "finance",
        &[
            "cfo",
            "finance",
            "financial",
            "controller",
            "treasury",
            "accounting",
            "财务",
        ],
    ),
    (
        "operations",
        &[
            "coo",
            "operations",
            "operating",
            "production",
            "plant",
            "manufacturing",
            "supply",
            "logistics",
            "生产",
            "运营",
            "供应链",
        ],
    ),
    (
        "technology",
        &[
            "cto",
            "technology",
            "technical",
            "r&d",
            "research",
            "engineering",
            "engineer",
            "it",
            "digital",
            "技术",
            "研发",
        ],
    ),
    (
        "commercial",
        &[
            "cmo",
            "sales",
            "marketing",
            "commercial",
            "brand",
            "account",
            "销售",
            "市场",
        ],
    ),
    ("quality", &["quality", "safety", "qa", "质量"]),
    (
        "procurement",
        &["procurement", "purchasing", "sourcing", "buyer", "采购"],
    ),
];

const GENERAL: &str = "general_management";

/// Why a candidate suits (or less so): a code with its values, worded by the UI.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum SponsorReason {
    /// Both sit at the same level.
    EqualStatus { level: Level },
    /// Our candidate's level against the contact's.
    LevelGap { ours: Level, theirs: Level },
    /// Business functions ([`FUNCTIONS`] keys) both titles share.
    SameBusiness { functions: Vec<String> },
    /// One of the two is general management, which matches any business.
    GeneralManagement,
    /// The strongest direct tie between them.
    AlreadyTied { strength: i64 },
    /// Meetings both took part in.
    MetTogether { meetings: i64 },
    /// Colleagues of the contact the candidate covers.
    CoversColleagues { count: i64 },
    /// Sponsors no other contact: has time to give.
    NoOtherSponsorship,
    /// Other contacts the candidate already sponsors.
    SponsorsOthers { count: i64 },
    /// Meetings with this account the candidate took part in.
    TookPart { meetings: i64 },
}

/// English, for logs and tests.
impl std::fmt::Display for SponsorReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SponsorReason::EqualStatus { level } => write!(f, "equal status: both {level}"),
            SponsorReason::LevelGap { ours, theirs } => write!(f, "{ours} facing a {theirs}"),
            SponsorReason::SameBusiness { functions } => write!(f, "same business: {}", functions.join(", ")),
            SponsorReason::GeneralManagement => write!(f, "general management matches any business"),
            SponsorReason::AlreadyTied { strength } => write!(f, "already tied to the contact (strength {strength})"),
            SponsorReason::MetTogether { meetings } => write!(f, "met the contact together {meetings} time(s)"),
            SponsorReason::CoversColleagues { count } => write!(f, "covers {count} of the contact's colleagues"),
            SponsorReason::NoOtherSponsorship => write!(f, "sponsors no other contact: has time to give"),
            SponsorReason::SponsorsOthers { count } => write!(f, "already sponsors {count} other contact(s)"),
            SponsorReason::TookPart { meetings } => write!(f, "took part in {meetings} meeting(s) with this account"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SponsorCandidate {
    pub person: PersonRef,
    pub score: f64,
    pub level_match: f64,
    pub business_match: f64,
    pub shared_history: f64,
    /// Ability and willingness to solve problems: time to give, and acting on this account.
    pub ability: f64,
    /// Customer contacts this person already sponsors.
    pub sponsoring: i64,
    pub current_sponsor: bool,
    pub reasons: Vec<SponsorReason>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SponsorSuggestions {
    pub contact: PersonRef,
    /// Best first.
    pub candidates: Vec<SponsorCandidate>,
}

pub(crate) fn functions(text: &str) -> BTreeSet<&'static str> {
    let text = format!(" {} ", text.to_lowercase());
    let words: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '&' { c } else { ' ' })
        .collect();
    FUNCTIONS
        .iter()
        .filter(|(_, keys)| {
            keys.iter().any(|k| {
                let k = k.trim();
                if k.is_ascii() {
                    words.split_whitespace().any(|w| w == k) || (k.contains(' ') && words.contains(k))
                } else {
                    text.contains(k)
                }
            })
        })
        .map(|(name, _)| *name)
        .collect()
}

/// What links our staff to the contact: strongest direct tie (any kind), meetings together.
fn history(conn: &Connection, contact: i64) -> Result<(HashMap<i64, i64>, HashMap<i64, i64>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT CASE WHEN from_person_id = ?1 THEN to_person_id ELSE from_person_id END, max(strength)
         FROM tie WHERE from_person_id = ?1 OR to_person_id = ?1 GROUP BY 1",
    )?;
    let ties = stmt
        .query_map([contact], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT o.person_id, count(DISTINCT o.interaction_id) FROM interaction_participant c
         JOIN interaction_participant o ON o.interaction_id = c.interaction_id AND o.person_id <> c.person_id
         WHERE c.person_id = ?1 GROUP BY o.person_id",
    )?;
    let met = stmt
        .query_map([contact], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok((ties, met))
}

/// Per member of our staff: how many of the contact's colleagues they cover, in any role.
fn covered_colleagues(conn: &Connection, contact: i64) -> Result<HashMap<i64, i64>> {
    let mut stmt = conn.prepare_cached(
        "WITH colleague AS (
             SELECT CASE WHEN from_person_id = ?1 THEN to_person_id ELSE from_person_id END AS id FROM tie
             WHERE (from_person_id = ?1 OR to_person_id = ?1) AND kind IN ('reports_to', 'dotted_line', 'influences'))
         SELECT t.from_person_id, count(DISTINCT t.to_person_id) FROM tie t
         WHERE t.kind = 'coverage' AND t.to_person_id IN (SELECT id FROM colleague) GROUP BY t.from_person_id",
    )?;
    let rows = stmt.query_map([contact], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Per member of our staff: the interactions with the contact's account they took part in.
fn account_meetings(conn: &Connection, account_id: Option<i64>) -> Result<HashMap<i64, i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ip.person_id, count(DISTINCT i.id) FROM interaction i
         JOIN interaction_participant ip ON ip.interaction_id = i.id JOIN person p ON p.id = ip.person_id
         WHERE i.account_id IS ?1 AND p.side = 'ours' GROUP BY ip.person_id",
    )?;
    let rows = stmt.query_map([account_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The contact's coverage: owner -> role.
fn coverage_of(conn: &Connection, contact: i64) -> Result<HashMap<i64, CoverageRole>> {
    let mut stmt = conn.prepare_cached(
        "SELECT from_person_id, coverage_role FROM tie WHERE kind = 'coverage' AND to_person_id = ?1",
    )?;
    let rows = stmt.query_map([contact], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn fraction(n: i64, of: i64) -> f64 {
    n.clamp(0, of) as f64 / of as f64
}

pub(crate) fn compute(conn: &Connection, person_id: i64) -> Result<SponsorSuggestions> {
    let contact = load_person(conn, person_id)?;
    if !matches!(contact.side, Side::Customer | Side::ThirdParty) {
        return Err(Error::problem("person_id", Problem::NotCustomerSide));
    }
    if contact.status == PersonStatus::Left {
        return Err(Error::problem("person_id", Problem::HasLeft));
    }
    let unit: Option<String> = conn
        .query_row(
            "SELECT u.name FROM person p JOIN org_unit u ON u.id = p.org_unit_id WHERE p.id = ?1",
            [person_id],
            |r| r.get(0),
        )
        .optional()?;
    let theirs = functions(&format!("{} {}", contact.title, unit.unwrap_or_default()));
    let (ties, met) = history(conn, person_id)?;
    let colleagues = covered_colleagues(conn, person_id)?;
    let engaged = account_meetings(conn, contact.account_id)?;
    let coverage = coverage_of(conn, person_id)?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF}, (SELECT count(*) FROM tie t WHERE t.kind = 'coverage' AND t.coverage_role = 'sponsor'
                               AND t.from_person_id = p.id)
         FROM person p WHERE p.side = 'ours' AND p.status <> 'left'"
    ))?;
    let rows = stmt.query_map([], |r| Ok((person_ref(r, 0)?, r.get::<_, i64>(7)?)))?;
    let mut candidates = Vec::new();
    for row in rows {
        let (person, sponsoring) = row?;
        let role = coverage.get(&person.id).copied();
        let owner = matches!(role, Some(CoverageRole::A | CoverageRole::B));
        if !person.level.is_executive_or_above() || owner {
            continue; // a pairing the rules refuse
        }
        let current_sponsor = role == Some(CoverageRole::Sponsor);
        let mut reasons = Vec::new();
        let gap = (i64::from(person.level.rank()) - i64::from(contact.level.rank())).abs();
        let level_match = 1.0 - fraction(gap, 3);
        reasons.push(match gap {
            0 => SponsorReason::EqualStatus { level: contact.level },
            _ => SponsorReason::LevelGap {
                ours: person.level,
                theirs: contact.level,
            },
        });
        let ours = functions(&person.title);
        let shared: Vec<&str> = ours.intersection(&theirs).copied().collect();
        let business_match = if !shared.is_empty() {
            let functions = shared.iter().map(|f| (*f).to_owned()).collect();
            reasons.push(SponsorReason::SameBusiness { functions });
            1.0
        } else if ours.contains(GENERAL) || theirs.contains(GENERAL) {
            reasons.push(SponsorReason::GeneralManagement);
            0.5
        } else {
            0.0
        };
        let tie = ties.get(&person.id).copied().unwrap_or(0);
        let meetings = met.get(&person.id).copied().unwrap_or(0);
        let covers = colleagues.get(&person.id).copied().unwrap_or(0);
        if tie > 0 {
            reasons.push(SponsorReason::AlreadyTied { strength: tie });
        }
        if meetings > 0 {
            reasons.push(SponsorReason::MetTogether { meetings });
        }
        if covers > 0 {
            reasons.push(SponsorReason::CoversColleagues { count: covers });
        }
        let shared_history =
            (0.5 * fraction(tie, 5) + 0.3 * fraction(meetings, 3) + 0.2 * fraction(covers, 2)).min(1.0);
        let others = sponsoring - i64::from(current_sponsor);
        reasons.push(match others {
            0 => SponsorReason::NoOtherSponsorship,
            count => SponsorReason::SponsorsOthers { count },
        });
        let acted = engaged.get(&person.id).copied().unwrap_or(0);
        if acted > 0 {
            reasons.push(SponsorReason::TookPart { meetings: acted });
        }
        let ability = 0.5 * (1.0 - fraction(others, 3)) + 0.5 * fraction(acted, 3);
        candidates.push(SponsorCandidate {
            score: 0.3 * level_match + 0.25 * business_match + 0.25 * shared_history + 0.2 * ability,
            current_sponsor,
            person,
            level_match,
            business_match,
            shared_history,
            ability,
            sponsoring,
            reasons,
        });
    }
    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.sponsoring.cmp(&b.sponsoring))
            .then(a.person.name.cmp(&b.person.name))
    });
    Ok(SponsorSuggestions { contact, candidates })
}

impl Db {
    /// Our executives ranked as sponsors for a key customer contact, with the reasons.
    pub fn sponsor_suggestions(&self, person_id: i64) -> Result<SponsorSuggestions> {
        self.read(|conn| compute(conn, person_id))
    }
}

#[cfg(test)]
#[path = "tests/sponsors.rs"]
mod tests;
