//! Sponsor suggestions: which of our executives should sponsor a key customer contact.
//!
//! Candidates are our staff at executive or senior-manager level who have not left. Each gets
//! three scores in 0..1 and the reasons behind them:
//!
//! ```text
//! level match    = 1 - |level rank(ours) - level rank(theirs)| / 3      (equal status: 1)
//! business match = 1 when their titles (and the contact's department) share a business
//!                  function, 0.5 when one of the two is general management, else 0
//! shared history = min(1, 0.6 x strongest direct tie / 5 + 0.4 x min(shared interactions, 3) / 3)
//! score          = 0.4 x level + 0.3 x business + 0.3 x history
//! ```
//!
//! Business functions are recognised from title words (English and Chinese), see [`FUNCTIONS`].
//! Ties are ranked by fewer current sponsorships (the sponsor's time is scarce), then name.
//! Contract: read-only; the contact must be a customer-side person (else invalid, `person_id`)
//! who has not left; an unknown person is `NotFound`.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::{load_person, person_ref, PersonRef, PERSON_REF};
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::vocabulary::{PersonStatus, Side};

/// Business functions and the title words that reveal them (lower case; Chinese as written).
pub const FUNCTIONS: &[(&str, &[&str])] = &[
    (
        "general management",
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

const GENERAL: &str = "general management";

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SponsorCandidate {
    pub person: PersonRef,
    pub score: f64,
    pub level_match: f64,
    pub business_match: f64,
    pub shared_history: f64,
    /// Customer contacts this person already sponsors.
    pub sponsoring: i64,
    pub current_sponsor: bool,
    pub reasons: Vec<String>,
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

fn history(conn: &Connection, contact: i64) -> Result<(HashMap<i64, i64>, HashMap<i64, i64>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT CASE WHEN from_person_id = ?1 THEN to_person_id ELSE from_person_id END, max(strength)
         FROM tie WHERE (from_person_id = ?1 OR to_person_id = ?1) AND kind <> 'coverage' GROUP BY 1",
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
    let current: Option<i64> = conn
        .query_row(
            "SELECT from_person_id FROM tie WHERE kind = 'coverage' AND coverage_role = 'sponsor' AND to_person_id = ?1",
            [person_id],
            |r| r.get(0),
        )
        .optional()?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF}, (SELECT count(*) FROM tie t WHERE t.kind = 'coverage' AND t.coverage_role = 'sponsor'
                               AND t.from_person_id = p.id)
         FROM person p WHERE p.side = 'ours' AND p.status <> 'left' AND p.level IN ('executive', 'senior_manager')"
    ))?;
    let rows = stmt.query_map([], |r| Ok((person_ref(r, 0)?, r.get::<_, i64>(7)?)))?;
    let mut candidates = Vec::new();
    for row in rows {
        let (person, sponsoring) = row?;
        let mut reasons = Vec::new();
        let gap = (i64::from(person.level.rank()) - i64::from(contact.level.rank())).abs();
        let level_match = 1.0 - gap as f64 / 3.0;
        reasons.push(match gap {
            0 => format!("equal status: both {}", contact.level),
            _ => format!("{} facing a {}", person.level, contact.level),
        });
        let ours = functions(&person.title);
        let shared: Vec<&str> = ours.intersection(&theirs).copied().collect();
        let business_match = if !shared.is_empty() {
            reasons.push(format!("same business: {}", shared.join(", ")));
            1.0
        } else if ours.contains(GENERAL) || theirs.contains(GENERAL) {
            reasons.push("general management matches any business".to_owned());
            0.5
        } else {
            0.0
        };
        let tie = ties.get(&person.id).copied().unwrap_or(0);
        let meetings = met.get(&person.id).copied().unwrap_or(0);
        if tie > 0 {
            reasons.push(format!("already tied to {} (strength {tie})", contact.name));
        }
        if meetings > 0 {
            reasons.push(format!("met {} together {meetings} time(s)", contact.name));
        }
        let shared_history = (0.6 * tie as f64 / 5.0 + 0.4 * meetings.min(3) as f64 / 3.0).min(1.0);
        if sponsoring > 0 {
            reasons.push(format!("already sponsors {sponsoring} contact(s)"));
        }
        candidates.push(SponsorCandidate {
            score: 0.4 * level_match + 0.3 * business_match + 0.3 * shared_history,
            current_sponsor: current == Some(person.id),
            person,
            level_match,
            business_match,
            shared_history,
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
