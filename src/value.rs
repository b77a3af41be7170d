//! The value assessment of accounts, and the value return curve.
//!
//! Contract: the criteria (current / long-term, explicit / implicit) are seeded by migration
//! 0002 and only their weights change; weights are 0 or more and at least one is above 0.
//! Each account scores 0..5 per criterion. The weighted score is Σ score × weight / Σ weight,
//! so it stays on the 0..5 scale whatever the weights add up to; an unscored criterion counts
//! as 0. The suggested tier follows the tier thresholds ([`crate::tier_rule`]) and is given
//! only once every weighted criterion is scored; it never changes the decided tier, which is
//! a person's decision ([`Db::decide_tier`]). The value return curve sets the expected revenue
//! (1 and 3 years, kept on the account) against the actual revenue per year.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::account;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::tier_rule;
use crate::validate;
use crate::vocabulary::{Horizon, Tier, Visibility};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ValueCriterion {
    pub id: i64,
    pub key: String,
    pub label: String,
    pub horizon: Horizon,
    pub visibility: Visibility,
    pub weight: f64,
    pub position: i64,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct CriterionWeight {
    pub criterion_id: i64,
    pub weight: f64,
}

/// One criterion's line in an account's assessment.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CriterionScore {
    pub criterion_id: i64,
    pub key: String,
    pub label: String,
    pub horizon: Horizon,
    pub visibility: Visibility,
    pub weight: f64,
    /// The weight as a share (0..1) of all weights.
    pub weight_share: f64,
    /// 0..5; None when not scored yet.
    pub score: Option<i64>,
    /// Points this criterion adds to the weighted score: score × weight share.
    pub contribution: f64,
}

/// A group of criteria (current, long-term, explicit or implicit).
#[derive(Debug, Clone, Default, PartialEq, Serialize, specta::Type)]
pub struct ValueSubtotal {
    /// The group's share (0..1) of all weights.
    pub weight_share: f64,
    /// Points the group adds to the weighted score.
    pub contribution: f64,
    /// The group's own weighted score on the 0..5 scale; None when its weights are all 0.
    pub score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ValueAssessment {
    pub account_id: i64,
    pub criteria: Vec<CriterionScore>,
    pub current: ValueSubtotal,
    pub long_term: ValueSubtotal,
    pub explicit: ValueSubtotal,
    pub implicit: ValueSubtotal,
    /// 0..5.
    pub weighted_score: f64,
    /// Every criterion with a weight above 0 is scored.
    pub complete: bool,
    /// What the score suggests; None until the assessment is complete.
    pub suggested_tier: Option<Tier>,
    /// What a person decided (the account's tier).
    pub decided_tier: Option<Tier>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RevenueActual {
    pub year: i64,
    pub revenue: f64,
}

/// Expected against actual revenue.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ValueCurve {
    pub account_id: i64,
    /// Our current annual revenue from the account (the baseline).
    pub annual_revenue: Option<f64>,
    pub expected_revenue_1y: Option<f64>,
    pub expected_revenue_3y: Option<f64>,
    /// Actual revenue per year, oldest first.
    pub actuals: Vec<RevenueActual>,
}

fn criterion_row(row: &Row<'_>) -> rusqlite::Result<ValueCriterion> {
    Ok(ValueCriterion {
        id: row.get(0)?,
        key: row.get(1)?,
        label: row.get(2)?,
        horizon: row.get(3)?,
        visibility: row.get(4)?,
        weight: row.get(5)?,
        position: row.get(6)?,
    })
}

fn criteria(conn: &Connection) -> Result<Vec<ValueCriterion>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, key, label, horizon, visibility, weight, position FROM value_criterion ORDER BY position, id",
    )?;
    let rows = stmt.query_map([], criterion_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn subtotal(lines: &[&CriterionScore]) -> ValueSubtotal {
    let weight_share: f64 = lines.iter().map(|c| c.weight_share).sum();
    let contribution: f64 = lines.iter().map(|c| c.contribution).sum();
    ValueSubtotal {
        weight_share,
        contribution,
        score: (weight_share > 0.0).then(|| contribution / weight_share),
    }
}

fn assessment(conn: &Connection, account_id: i64) -> Result<ValueAssessment> {
    let account = account::load(conn, account_id)?;
    let all = criteria(conn)?;
    let total: f64 = all.iter().map(|c| c.weight).sum();
    let mut stmt = conn.prepare_cached("SELECT score FROM value_score WHERE account_id = ?1 AND criterion_id = ?2")?;
    let mut lines = Vec::with_capacity(all.len());
    for c in all {
        let score: Option<i64> = stmt.query_row(params![account_id, c.id], |row| row.get(0)).optional()?;
        let weight_share = if total > 0.0 { c.weight / total } else { 0.0 };
        lines.push(CriterionScore {
            criterion_id: c.id,
            contribution: score.unwrap_or(0) as f64 * weight_share,
            key: c.key,
            label: c.label,
            horizon: c.horizon,
            visibility: c.visibility,
            weight: c.weight,
            weight_share,
            score,
        });
    }
    let group =
        |keep: &dyn Fn(&CriterionScore) -> bool| subtotal(&lines.iter().filter(|c| keep(c)).collect::<Vec<_>>());
    let current = group(&|c| c.horizon == Horizon::Current);
    let long_term = group(&|c| c.horizon == Horizon::LongTerm);
    let explicit = group(&|c| c.visibility == Visibility::Explicit);
    let implicit = group(&|c| c.visibility == Visibility::Implicit);
    let weighted_score: f64 = lines.iter().map(|c| c.contribution).sum();
    let complete = total > 0.0 && lines.iter().all(|c| c.weight == 0.0 || c.score.is_some());
    let suggested_tier = if complete {
        Some(tier_rule::suggest(&tier_rule::list(conn)?, weighted_score))
    } else {
        None
    };
    Ok(ValueAssessment {
        account_id,
        criteria: lines,
        current,
        long_term,
        explicit,
        implicit,
        weighted_score,
        complete,
        suggested_tier,
        decided_tier: account.tier,
    })
}

fn curve(conn: &Connection, account_id: i64) -> Result<ValueCurve> {
    let account = account::load(conn, account_id)?;
    let mut stmt =
        conn.prepare_cached("SELECT year, revenue FROM revenue_actual WHERE account_id = ?1 ORDER BY year")?;
    let actuals = stmt
        .query_map([account_id], |row| {
            Ok(RevenueActual {
                year: row.get(0)?,
                revenue: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ValueCurve {
        account_id,
        annual_revenue: account.annual_revenue,
        expected_revenue_1y: account.expected_revenue_1y,
        expected_revenue_3y: account.expected_revenue_3y,
        actuals,
    })
}

fn row_id(conn: &Connection, sql: &str, account_id: i64, other: i64) -> Result<Option<i64>> {
    Ok(conn
        .query_row(sql, params![account_id, other], |row| row.get(0))
        .optional()?)
}

impl Db {
    /// The criteria in their display order.
    pub fn list_value_criteria(&self) -> Result<Vec<ValueCriterion>> {
        self.read(criteria)
    }

    /// Changes the weights of the given criteria in one action; the others keep theirs.
    pub fn set_value_weights(&self, weights: Vec<CriterionWeight>) -> Result<Vec<ValueCriterion>> {
        for (i, w) in weights.iter().enumerate() {
            if !w.weight.is_finite() {
                return Err(Error::problem("weight", Problem::NotFinite));
            }
            if w.weight < 0.0 {
                return Err(Error::problem("weight", Problem::Negative { got: w.weight }));
            }
            if weights[..i]
                .iter()
                .any(|earlier| earlier.criterion_id == w.criterion_id)
            {
                return Err(Error::problem("weights", Problem::ListedTwice));
            }
        }
        self.write("Change value weights", |w| {
            for change in &weights {
                w.update(
                    Table::ValueCriterion,
                    change.criterion_id,
                    &[("weight", &change.weight)],
                )?;
            }
            let any_positive = criteria(w.conn())?.iter().any(|c| c.weight > 0.0);
            if !any_positive {
                return Err(Error::problem("weights", Problem::AllZero));
            }
            Ok(())
        })?;
        self.list_value_criteria()
    }

    /// Scores one criterion (0..5) for an account, replacing any earlier score.
    pub fn set_value_score(&self, account_id: i64, criterion_id: i64, score: i64) -> Result<ValueAssessment> {
        let score = validate::in_range("score", score, 0, 5)?;
        self.write(&format!("Score value {score}"), |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            validate::exists(w.conn(), Table::ValueCriterion, criterion_id)?;
            let sql = "SELECT id FROM value_score WHERE account_id = ?1 AND criterion_id = ?2";
            match row_id(w.conn(), sql, account_id, criterion_id)? {
                Some(id) => w.update(Table::ValueScore, id, &[("score", &score)]),
                None => w
                    .insert(
                        Table::ValueScore,
                        &[
                            ("account_id", &account_id),
                            ("criterion_id", &criterion_id),
                            ("score", &score),
                        ],
                    )
                    .map(|_| ()),
            }
        })?;
        self.value_assessment(account_id)
    }

    /// Removes an account's score on one criterion (back to "not scored").
    pub fn clear_value_score(&self, account_id: i64, criterion_id: i64) -> Result<ValueAssessment> {
        self.write("Clear value score", |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            validate::exists(w.conn(), Table::ValueCriterion, criterion_id)?;
            let sql = "SELECT id FROM value_score WHERE account_id = ?1 AND criterion_id = ?2";
            match row_id(w.conn(), sql, account_id, criterion_id)? {
                Some(id) => w.delete(Table::ValueScore, id),
                None => Ok(()),
            }
        })?;
        self.value_assessment(account_id)
    }

    pub fn value_assessment(&self, account_id: i64) -> Result<ValueAssessment> {
        self.read(|conn| assessment(conn, account_id))
    }

    /// Records the actual revenue of one year, replacing any earlier figure.
    pub fn set_revenue_actual(&self, account_id: i64, year: i64, revenue: f64) -> Result<ValueCurve> {
        let year = validate::in_range("year", year, 1900, 9999)?;
        if !revenue.is_finite() || revenue < 0.0 {
            return Err(Error::invalid("revenue", format!("must be 0 or more, got {revenue}")));
        }
        self.write(&format!("Record {year} revenue"), |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            let sql = "SELECT id FROM revenue_actual WHERE account_id = ?1 AND year = ?2";
            match row_id(w.conn(), sql, account_id, year)? {
                Some(id) => w.update(Table::RevenueActual, id, &[("revenue", &revenue)]),
                None => w
                    .insert(
                        Table::RevenueActual,
                        &[("account_id", &account_id), ("year", &year), ("revenue", &revenue)],
                    )
                    .map(|_| ()),
            }
        })?;
        self.value_curve(account_id)
    }

    /// Removes the actual revenue of one year; nothing happens when there was none.
    pub fn clear_revenue_actual(&self, account_id: i64, year: i64) -> Result<ValueCurve> {
        self.write(&format!("Clear {year} revenue"), |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            let sql = "SELECT id FROM revenue_actual WHERE account_id = ?1 AND year = ?2";
            match row_id(w.conn(), sql, account_id, year)? {
                Some(id) => w.delete(Table::RevenueActual, id),
                None => Ok(()),
            }
        })?;
        self.value_curve(account_id)
    }

    pub fn value_curve(&self, account_id: i64) -> Result<ValueCurve> {
        self.read(|conn| curve(conn, account_id))
    }
}

#[cfg(test)]
mod tests;
