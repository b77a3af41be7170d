//! Tier rules: the configurable service table per tier (who on our side contacts the account,
//! the commercial terms level (商务水平), the resources committed, response time, demand and
//! supply priority, how often key people are to be contacted, a free reception note), the
//! coverage each tier requires of its key contacts (see [`CoverageRequirements`]; seeded by
//! migration 0008: S and A a B owner, a sponsor for executives and 2 channels, B 1 channel, C
//! only the A owner every tier requires) and the score thresholds that suggest a tier.
//!
//! Contract: there is exactly one rule per tier, seeded by migrations 0002 and 0007 (S, A, B,
//! C), so rules are edited, never created or deleted. Priorities run 1 (first) to 4; response
//! time is 1 to 720 hours; the contact interval 1 to 730 days; the texts at most 200
//! characters and may be empty; the channels required 0 to 5. Thresholds: the minimum weighted value score (0..5) for S, A
//! and B, strictly falling from S to B; C takes every other score.

use rusqlite::{Connection, Row, ToSql};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;
use crate::vocabulary::{vocabulary, Tier};

vocabulary!(
    /// Who on our side keeps contact with the account's leaders.
    ExecutiveContact {
        Ceo = "ceo",
        VicePresident = "vice_president",
        Director = "director",
        AccountManager = "account_manager",
    }
);

vocabulary!(
    /// The commercial terms level a tier gets (商务水平), best first.
    CommercialTerms { Strategic = "strategic", Preferred = "preferred", Standard = "standard", List = "list" }
);

/// Longest text of a rule (reception note, resources), in characters.
const MAX_TEXT: usize = 200;

/// Most information channels a tier can require of a key contact.
pub const MAX_CHANNELS: i64 = 5;

/// What coverage a tier requires of every key contact, besides a primary (A) owner, which
/// every tier requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub struct CoverageRequirements {
    pub require_b_owner: bool,
    pub require_sponsor: bool,
    pub min_channels: i64,
}

/// The coverage requirements of a tier; an account without a decided tier is held to C's.
pub(crate) fn coverage_requirements(conn: &Connection, tier: Option<Tier>) -> Result<CoverageRequirements> {
    let rule = find(conn, tier.unwrap_or(Tier::C))?;
    Ok(CoverageRequirements {
        require_b_owner: rule.require_b_owner,
        require_sponsor: rule.require_sponsor,
        min_channels: rule.min_channels,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TierRule {
    pub id: i64,
    pub tier: Tier,
    /// Lowest weighted value score (0..5) that suggests this tier; 0 for C.
    pub min_score: f64,
    pub executive_contact: ExecutiveContact,
    pub commercial_terms: CommercialTerms,
    /// What we commit (e.g. "dedicated on-site team"); may be empty.
    pub resources: String,
    /// A free note on how the account is received; may be empty.
    pub reception_standard: String,
    pub response_hours: i64,
    /// 1 (served first) to 4.
    pub demand_priority: i64,
    /// 1 (supplied first) to 4.
    pub supply_priority: i64,
    /// Longest gap, in days, between contacts with the account's key people.
    pub max_days_between_contacts: i64,
    /// Each key contact needs a backup (B) owner besides the primary (A) one.
    pub require_b_owner: bool,
    /// Each executive (or board) contact needs one of our executives as sponsor.
    pub require_sponsor: bool,
    /// Stable, independent information channels each key contact needs (0..5).
    pub min_channels: i64,
}

/// Fields to change; absent fields stay.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct TierRulePatch {
    pub executive_contact: Option<ExecutiveContact>,
    pub commercial_terms: Option<CommercialTerms>,
    pub resources: Option<String>,
    pub reception_standard: Option<String>,
    pub response_hours: Option<i64>,
    pub demand_priority: Option<i64>,
    pub supply_priority: Option<i64>,
    pub max_days_between_contacts: Option<i64>,
    pub require_b_owner: Option<bool>,
    pub require_sponsor: Option<bool>,
    pub min_channels: Option<i64>,
}

/// The minimum weighted value score for S, A and B (C takes the rest).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct TierThresholds {
    pub s: f64,
    pub a: f64,
    pub b: f64,
}

const SELECT: &str = "SELECT id, tier, min_score, reception_standard, response_hours, demand_priority,
    supply_priority, max_days_between_contacts, executive_contact, commercial_terms, resources,
    require_b_owner, require_sponsor, min_channels FROM tier_rule";

fn from_row(row: &Row<'_>) -> rusqlite::Result<TierRule> {
    Ok(TierRule {
        id: row.get(0)?,
        tier: row.get(1)?,
        min_score: row.get(2)?,
        reception_standard: row.get(3)?,
        response_hours: row.get(4)?,
        demand_priority: row.get(5)?,
        supply_priority: row.get(6)?,
        max_days_between_contacts: row.get(7)?,
        executive_contact: row.get(8)?,
        commercial_terms: row.get(9)?,
        resources: row.get(10)?,
        require_b_owner: row.get(11)?,
        require_sponsor: row.get(12)?,
        min_channels: row.get(13)?,
    })
}

/// All rules, S first.
pub(crate) fn list(conn: &Connection) -> Result<Vec<TierRule>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} ORDER BY CASE tier WHEN 'S' THEN 0 WHEN 'A' THEN 1 WHEN 'B' THEN 2 ELSE 3 END"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn find(conn: &Connection, tier: Tier) -> Result<TierRule> {
    list(conn)?
        .into_iter()
        .find(|r| r.tier == tier)
        .ok_or_else(|| Error::problem("tier", Problem::Missing))
}

/// The tier a weighted score suggests: the first of S, A, B whose threshold it reaches, else C.
pub(crate) fn suggest(rules: &[TierRule], score: f64) -> Tier {
    // Scores are sums of weighted integers; a tiny tolerance keeps 3.9999999 from missing 4.0.
    const EPSILON: f64 = 1e-9;
    [Tier::S, Tier::A, Tier::B]
        .into_iter()
        .find(|tier| rules.iter().any(|r| r.tier == *tier && score + EPSILON >= r.min_score))
        .unwrap_or(Tier::C)
}

fn threshold(field: &str, value: f64) -> Result<f64> {
    if !(0.0..=5.0).contains(&value) {
        return Err(Error::problem(field, Problem::out_of_range(0.0, 5.0, value)));
    }
    Ok(value)
}

impl Db {
    /// The service table, S first.
    pub fn list_tier_rules(&self) -> Result<Vec<TierRule>> {
        self.read(list)
    }

    pub fn update_tier_rule(&self, tier: Tier, patch: TierRulePatch) -> Result<TierRule> {
        let text = |field: &str, value: Option<&str>| -> Result<Option<String>> {
            let Some(value) = value.map(str::trim) else {
                return Ok(None);
            };
            if value.chars().count() > MAX_TEXT {
                return Err(Error::problem(field, Problem::TooLong { max: MAX_TEXT as i64 }));
            }
            Ok(Some(value.to_owned()))
        };
        let reception = text("reception_standard", patch.reception_standard.as_deref())?;
        let resources = text("resources", patch.resources.as_deref())?;
        let ranges = [
            ("response_hours", patch.response_hours, 1, 720),
            ("demand_priority", patch.demand_priority, 1, 4),
            ("supply_priority", patch.supply_priority, 1, 4),
            ("max_days_between_contacts", patch.max_days_between_contacts, 1, 730),
            ("min_channels", patch.min_channels, 0, MAX_CHANNELS),
        ];
        for (field, value, min, max) in ranges {
            if let Some(v) = value {
                validate::in_range(field, v, min, max)?;
            }
        }
        self.write(ActionLabel::EditTierRules { tier }, |w| {
            let rule = find(w.conn(), tier)?;
            let mut values: Vec<(&str, &dyn ToSql)> = Vec::new();
            if let Some(v) = &reception {
                values.push(("reception_standard", v));
            }
            if let Some(v) = &resources {
                values.push(("resources", v));
            }
            if let Some(v) = &patch.executive_contact {
                values.push(("executive_contact", v));
            }
            if let Some(v) = &patch.commercial_terms {
                values.push(("commercial_terms", v));
            }
            if let Some(v) = &patch.require_b_owner {
                values.push(("require_b_owner", v));
            }
            if let Some(v) = &patch.require_sponsor {
                values.push(("require_sponsor", v));
            }
            for (field, value, _, _) in &ranges {
                if let Some(v) = value {
                    values.push((field, v));
                }
            }
            if !values.is_empty() {
                w.update(Table::TierRule, rule.id, &values)?;
            }
            Ok(())
        })?;
        self.read(|conn| find(conn, tier))
    }

    pub fn tier_thresholds(&self) -> Result<TierThresholds> {
        self.read(|conn| {
            Ok(TierThresholds {
                s: find(conn, Tier::S)?.min_score,
                a: find(conn, Tier::A)?.min_score,
                b: find(conn, Tier::B)?.min_score,
            })
        })
    }

    /// Sets the minimum scores for S, A and B: each 0..5, S > A > B.
    pub fn set_tier_thresholds(&self, thresholds: TierThresholds) -> Result<TierThresholds> {
        let TierThresholds { s, a, b } = thresholds;
        let (s, a, b) = (threshold("s", s)?, threshold("a", a)?, threshold("b", b)?);
        if s <= a {
            return Err(Error::problem("s", Problem::NotAbove { limit: a, got: s }));
        }
        if a <= b {
            return Err(Error::problem("a", Problem::NotAbove { limit: b, got: a }));
        }
        self.write(ActionLabel::ChangeTierThresholds, |w| {
            for (tier, value) in [(Tier::S, s), (Tier::A, a), (Tier::B, b)] {
                let rule = find(w.conn(), tier)?;
                w.update(Table::TierRule, rule.id, &[("min_score", &value)])?;
            }
            Ok(())
        })?;
        self.tier_thresholds()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_workspace_has_the_default_service_table() {
        let db = Db::open_in_memory().unwrap();
        let rules = db.list_tier_rules().unwrap();
        type Row = (Tier, f64, ExecutiveContact, CommercialTerms, i64, i64, i64, i64);
        let table: Vec<Row> = rules
            .iter()
            .map(|r| {
                (
                    r.tier,
                    r.min_score,
                    r.executive_contact,
                    r.commercial_terms,
                    r.response_hours,
                    r.demand_priority,
                    r.supply_priority,
                    r.max_days_between_contacts,
                )
            })
            .collect();
        use CommercialTerms as T;
        use ExecutiveContact as E;
        assert_eq!(
            table,
            [
                (Tier::S, 4.0, E::Ceo, T::Strategic, 4, 1, 1, 14),
                (Tier::A, 3.0, E::VicePresident, T::Preferred, 12, 2, 2, 30),
                (Tier::B, 2.0, E::Director, T::Standard, 24, 3, 3, 60),
                (Tier::C, 0.0, E::AccountManager, T::List, 48, 4, 4, 90),
            ]
        );
        assert!(
            rules
                .iter()
                .all(|r| r.reception_standard.is_empty() && r.resources.is_empty()),
            "the seeded English notes are cleared; the contact level says it"
        );
        let thresholds = db.tier_thresholds().unwrap();
        assert_eq!((thresholds.s, thresholds.a, thresholds.b), (4.0, 3.0, 2.0));
    }

    #[test]
    fn rules_are_updated_field_by_field_and_validated() {
        let db = Db::open_in_memory().unwrap();
        let patch = TierRulePatch {
            reception_standard: Some(" MD-level reception ".into()),
            response_hours: Some(8),
            executive_contact: Some(ExecutiveContact::Ceo),
            commercial_terms: Some(CommercialTerms::Strategic),
            resources: Some(" Named service engineer ".into()),
            ..Default::default()
        };
        let rule = db.update_tier_rule(Tier::A, patch).unwrap();
        assert_eq!(
            (rule.reception_standard.as_str(), rule.response_hours),
            ("MD-level reception", 8)
        );
        assert_eq!(
            (rule.executive_contact, rule.commercial_terms, rule.resources.as_str()),
            (
                ExecutiveContact::Ceo,
                CommercialTerms::Strategic,
                "Named service engineer"
            )
        );
        assert_eq!(rule.demand_priority, 2, "untouched");
        let before = db.journal(100).unwrap().len();
        let bad = |patch: TierRulePatch| {
            db.update_tier_rule(Tier::B, patch)
                .unwrap_err()
                .field()
                .map(str::to_owned)
        };
        let cases = [
            (
                TierRulePatch {
                    reception_standard: Some("x".repeat(MAX_TEXT + 1)),
                    ..Default::default()
                },
                "reception_standard",
            ),
            (
                TierRulePatch {
                    resources: Some("x".repeat(MAX_TEXT + 1)),
                    ..Default::default()
                },
                "resources",
            ),
            (
                TierRulePatch {
                    response_hours: Some(0),
                    ..Default::default()
                },
                "response_hours",
            ),
            (
                TierRulePatch {
                    demand_priority: Some(5),
                    ..Default::default()
                },
                "demand_priority",
            ),
            (
                TierRulePatch {
                    supply_priority: Some(0),
                    ..Default::default()
                },
                "supply_priority",
            ),
            (
                TierRulePatch {
                    max_days_between_contacts: Some(0),
                    ..Default::default()
                },
                "max_days_between_contacts",
            ),
        ];
        for (patch, field) in cases {
            assert_eq!(bad(patch).as_deref(), Some(field));
        }
        assert_eq!(db.journal(100).unwrap().len(), before);
        db.undo().unwrap();
        assert_eq!(db.list_tier_rules().unwrap()[1].response_hours, 12);
    }

    #[test]
    fn thresholds_fall_strictly_from_s_to_b() {
        let db = Db::open_in_memory().unwrap();
        let set = |s, a, b| db.set_tier_thresholds(TierThresholds { s, a, b });
        assert_eq!(set(4.5, 3.5, 1.5).unwrap(), TierThresholds { s: 4.5, a: 3.5, b: 1.5 });
        assert_eq!(set(3.0, 3.0, 1.0).unwrap_err().field(), Some("s"));
        assert_eq!(set(4.0, 2.0, 2.0).unwrap_err().field(), Some("a"));
        assert_eq!(set(5.5, 3.0, 1.0).unwrap_err().field(), Some("s"));
        assert_eq!(set(4.0, 3.0, -0.5).unwrap_err().field(), Some("b"));
        assert_eq!(set(4.0, f64::NAN, 1.0).unwrap_err().field(), Some("a"));
        assert_eq!(db.tier_thresholds().unwrap(), TierThresholds { s: 4.5, a: 3.5, b: 1.5 });
    }

    #[test]
    fn the_suggested_tier_follows_the_thresholds() {
        let db = Db::open_in_memory().unwrap();
        let rules = db.list_tier_rules().unwrap();
        let tiers: Vec<Tier> = [5.0, 4.0, 3.9999999999, 3.5, 2.0, 1.99, 0.0]
            .into_iter()
            .map(|score| suggest(&rules, score))
            .collect();
        assert_eq!(tiers, [Tier::S, Tier::S, Tier::S, Tier::A, Tier::B, Tier::C, Tier::C]);
    }

    #[test]
    fn each_tier_requires_its_own_coverage_and_the_requirements_are_edited() {
        let db = Db::open_in_memory().unwrap();
        let required = |tier: Option<Tier>| db.read(|conn| coverage_requirements(conn, tier)).unwrap();
        let table: Vec<(bool, bool, i64)> = [Tier::S, Tier::A, Tier::B, Tier::C]
            .into_iter()
            .map(|t| required(Some(t)))
            .map(|r| (r.require_b_owner, r.require_sponsor, r.min_channels))
            .collect();
        assert_eq!(
            table,
            [(true, true, 2), (true, true, 2), (false, false, 1), (false, false, 0)]
        );
        assert_eq!(required(None), required(Some(Tier::C)), "no tier: held to C's rule");

        let patch = TierRulePatch {
            require_b_owner: Some(true),
            min_channels: Some(2),
            ..Default::default()
        };
        let rule = db.update_tier_rule(Tier::B, patch).unwrap();
        assert_eq!(
            (rule.require_b_owner, rule.require_sponsor, rule.min_channels),
            (true, false, 2)
        );
        let before = db.journal(100).unwrap().len();
        for bad in [-1, MAX_CHANNELS + 1] {
            let patch = TierRulePatch {
                min_channels: Some(bad),
                ..Default::default()
            };
            assert_eq!(
                db.update_tier_rule(Tier::B, patch).unwrap_err().field(),
                Some("min_channels")
            );
        }
        assert_eq!(db.journal(100).unwrap().len(), before);
        db.undo().unwrap();
        assert_eq!(required(Some(Tier::B)).min_channels, 1);
    }
}
