//! Tier rules: the configurable service table per tier (reception standard, response time,
//! demand and supply priority, how long key people may go without contact) and the score
//! thresholds that suggest a tier.
//!
//! Contract: there is exactly one rule per tier, seeded by migration 0002 (S, A, B, C), so
//! rules are edited, never created or deleted. Priorities run 1 (first) to 4; response time is
//! 1 to 720 hours; the contact interval 1 to 730 days. Thresholds: the minimum weighted value
//! score (0..5) for S, A and B, strictly falling from S to B; C takes every other score.

use rusqlite::{Connection, Row, ToSql};
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;
use crate::action_label::ActionLabel;
use crate::vocabulary::Tier;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TierRule {
    pub id: i64,
    pub tier: Tier,
    /// Lowest weighted value score (0..5) that suggests this tier; 0 for C.
    pub min_score: f64,
    pub reception_standard: String,
    pub response_hours: i64,
    /// 1 (served first) to 4.
    pub demand_priority: i64,
    /// 1 (supplied first) to 4.
    pub supply_priority: i64,
    /// Longest gap, in days, between contacts with the account's key people.
    pub max_days_between_contacts: i64,
}

/// Fields to change; absent fields stay.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct TierRulePatch {
    pub reception_standard: Option<String>,
    pub response_hours: Option<i64>,
    pub demand_priority: Option<i64>,
    pub supply_priority: Option<i64>,
    pub max_days_between_contacts: Option<i64>,
}

/// The minimum weighted value score for S, A and B (C takes the rest).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct TierThresholds {
    pub s: f64,
    pub a: f64,
    pub b: f64,
}

const SELECT: &str = "SELECT id, tier, min_score, reception_standard, response_hours, demand_priority,
    supply_priority, max_days_between_contacts FROM tier_rule";

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
        let reception = patch
            .reception_standard
            .as_deref()
            .map(|r| validate::non_empty("reception_standard", r))
            .transpose()?;
        let ranges = [
            ("response_hours", patch.response_hours, 1, 720),
            ("demand_priority", patch.demand_priority, 1, 4),
            ("supply_priority", patch.supply_priority, 1, 4),
            ("max_days_between_contacts", patch.max_days_between_contacts, 1, 730),
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
        let table: Vec<(Tier, f64, &str, i64, i64, i64, i64)> = rules
            .iter()
            .map(|r| {
                (
                    r.tier,
                    r.min_score,
                    r.reception_standard.as_str(),
                    r.response_hours,
                    r.demand_priority,
                    r.supply_priority,
                    r.max_days_between_contacts,
                )
            })
            .collect();
        assert_eq!(
            table,
            [
                (Tier::S, 4.0, "CEO-level reception", 4, 1, 1, 14),
                (Tier::A, 3.0, "VP-level reception", 12, 2, 2, 30),
                (Tier::B, 2.0, "Director-level reception", 24, 3, 3, 60),
                (Tier::C, 0.0, "Account manager", 48, 4, 4, 90),
            ]
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
            ..Default::default()
        };
        let rule = db.update_tier_rule(Tier::A, patch).unwrap();
        assert_eq!(
            (rule.reception_standard.as_str(), rule.response_hours),
            ("MD-level reception", 8)
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
                    reception_standard: Some(" ".into()),
                    ..Default::default()
                },
                "reception_standard",
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
}
