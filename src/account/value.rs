//! The value assessment of accounts, and the value return curve.
//!
//! Contract: the criteria (current / long-term, explicit / implicit) are seeded by migration
//! 0002 and only their weights change; weights are 0 or more and at least one is above 0.
//! Accounts are assessed **per year** (re-evaluated annually): each year's assessment scores
//! 0..5 per criterion and never overwrites another year's; years run from 1900 to next year
//! (a year-end review prepares the coming one). Without a year, the account's latest assessed
//! year is meant (this year when none is). Every year is weighed with the current weights.
//! The weighted score is Σ score × weight / Σ weight, so it stays on the 0..5 scale whatever
//! the weights add up to; an unscored criterion counts as 0. The suggested tier follows the
//! tier thresholds ([`crate::tier_rule`]) and is given only once every weighted criterion is
//! scored; it never changes the decided tier, which is a person's decision
//! ([`Db::decide_tier`]). The value return curve sets the expected revenue (1 and 3 years
//! from the account's base year; the base year itself at its actual revenue, else the current
//! annual revenue; the second year on the straight line between) against the actual revenue
//! per year (never a future year; this year's may be a figure to date),
//! and names the gap of the latest year that has both: within [`ON_TRACK_SHARE`] of the
//! expectation is on track.

use chrono::Datelike;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::account;
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::tier_rule;
use crate::validate;
use crate::vocabulary::{Horizon, Tier, Visibility, VALUE_SCORE};

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
    /// The year assessed.
    pub year: i64,
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
    /// The reason for the suggestion: the lowest score of the suggested tier, reached.
    pub suggested_threshold: Option<f64>,
    /// The next tier up from the score's, and the points still missing to reach it.
    pub next_tier: Option<Tier>,
    pub points_to_next_tier: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RevenueActual {
    pub year: i64,
    pub revenue: f64,
}

/// A point of the expected revenue line.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ExpectedRevenue {
    pub year: i64,
    pub revenue: f64,
    /// On the straight line between two expectations rather than set by a person.
    pub interpolated: bool,
}

/// How the actual revenue of a year compares with the expectation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum GapVerdict {
    /// A miss: either we under-invested or we over-rated the account; both call for a review
    /// of the tier or of the service strategy.
    Below,
    OnTrack,
    Above,
}

/// The gap between expected and actual revenue in one year.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct RevenueGap {
    pub year: i64,
    pub expected: f64,
    pub actual: f64,
    /// Actual minus expected.
    pub difference: f64,
    /// The difference as a share of the expectation (-0.1 is 10 % below).
    pub share: f64,
    pub verdict: GapVerdict,
}

/// Within this share of the expectation (either way) a year is on track.
pub const ON_TRACK_SHARE: f64 = 0.05;

/// Expected against actual revenue.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ValueCurve {
    pub account_id: i64,
    /// Our current annual revenue from the account (the baseline).
    pub annual_revenue: Option<f64>,
    pub expected_revenue_1y: Option<f64>,
    pub expected_revenue_3y: Option<f64>,
    /// The year the expectations count from.
    pub base_year: Option<i64>,
    /// The expected line from the base year on; empty without a base year.
    pub expected: Vec<ExpectedRevenue>,
    /// Actual revenue per year, oldest first.
    pub actuals: Vec<RevenueActual>,
    /// The latest year with both an expectation and an actual.
    pub gap: Option<RevenueGap>,
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

/// This year, by the local calendar.
pub(crate) fn this_year() -> i64 {
    i64::from(chrono::Local::now().date_naive().year())
}

/// An assessment year: 1900 to next year.
fn assessment_year(year: i64) -> Result<i64> {
    validate::in_range("year", year, 1900, this_year() + 1)
}

/// The years the account has scores for, oldest first.
fn assessed_years(conn: &Connection, account_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT DISTINCT year FROM value_score WHERE account_id = ?1 ORDER BY year")?;
    let rows = stmt.query_map([account_id], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The latest assessed year, else this year.
fn latest_year(conn: &Connection, account_id: i64) -> Result<i64> {
    Ok(assessed_years(conn, account_id)?
        .last()
        .copied()
        .unwrap_or_else(this_year))
}

pub(crate) fn assessment(conn: &Connection, account_id: i64, year: i64) -> Result<ValueAssessment> {
    let account = account::load(conn, account_id)?;
    let all = criteria(conn)?;
    let total: f64 = all.iter().map(|c| c.weight).sum();
    let mut stmt =
        conn.prepare_cached("SELECT score FROM value_score WHERE account_id = ?1 AND criterion_id = ?2 AND year = ?3")?;
    let mut lines = Vec::with_capacity(all.len());
    for c in all {
        let score: Option<i64> = stmt
            .query_row(params![account_id, c.id, year], |row| row.get(0))
            .optional()?;
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
    let rules = tier_rule::list(conn)?;
    let reached = tier_rule::suggest(&rules, weighted_score);
    let threshold = |tier: Tier| rules.iter().find(|r| r.tier == tier).map(|r| r.min_score);
    let next_tier = match reached {
        Tier::S => None,
        Tier::A => Some(Tier::S),
        Tier::B => Some(Tier::A),
        Tier::C => Some(Tier::B),
    };
    let suggested_tier = complete.then_some(reached);
    Ok(ValueAssessment {
        account_id,
        year,
        criteria: lines,
        current,
        long_term,
        explicit,
        implicit,
        weighted_score,
        complete,
        suggested_tier,
        decided_tier: account.tier,
        suggested_threshold: suggested_tier.and_then(threshold),
        points_to_next_tier: next_tier.and_then(threshold).map(|min| (min - weighted_score).max(0.0)),
        next_tier,
    })
}

fn curve(conn: &Connection, account_id: i64) -> Result<ValueCurve> {
    let account = account::load(conn, account_id)?;
    let mut stmt =
        conn.prepare_cached("SELECT year, revenue FROM revenue_actual WHERE account_id = ?1 ORDER BY year")?;
    let actuals: Vec<RevenueActual> = stmt
        .query_map([account_id], |row| {
            Ok(RevenueActual {
                year: row.get(0)?,
                revenue: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let base = account.revenue_base_year.and_then(|year| {
        let actual = actuals.iter().find(|a| a.year == year).map(|a| a.revenue);
        actual.or(account.annual_revenue)
    });
    let expected = expected_line(
        account.revenue_base_year,
        base,
        account.expected_revenue_1y,
        account.expected_revenue_3y,
    );
    Ok(ValueCurve {
        account_id,
        annual_revenue: account.annual_revenue,
        expected_revenue_1y: account.expected_revenue_1y,
        expected_revenue_3y: account.expected_revenue_3y,
        base_year: account.revenue_base_year,
        gap: latest_gap(&expected, &actuals),
        expected,
        actuals,
    })
}

/// The base year at its revenue, +1 and +3 at the expectations, +2 between them.
fn expected_line(base: Option<i64>, now: Option<f64>, one: Option<f64>, three: Option<f64>) -> Vec<ExpectedRevenue> {
    let Some(base) = base else { return Vec::new() };
    let set = |year: i64, revenue: f64| ExpectedRevenue {
        year,
        revenue,
        interpolated: false,
    };
    let mut line = Vec::new();
    if let Some(revenue) = now {
        line.push(set(base, revenue));
    }
    if let Some(revenue) = one {
        line.push(set(base + 1, revenue));
    }
    if let (Some(one), Some(three)) = (one, three) {
        line.push(ExpectedRevenue {
            year: base + 2,
            revenue: (one + three) / 2.0,
            interpolated: true,
        });
    }
    if let Some(revenue) = three {
        line.push(set(base + 3, revenue));
    }
    line
}

fn latest_gap(expected: &[ExpectedRevenue], actuals: &[RevenueActual]) -> Option<RevenueGap> {
    actuals.iter().rev().find_map(|actual| {
        let expected = expected.iter().find(|e| e.year == actual.year)?.revenue;
        let difference = actual.revenue - expected;
        let share = if expected > 0.0 { difference / expected } else { 0.0 };
        let verdict = if expected <= 0.0 && actual.revenue <= 0.0 || share.abs() <= ON_TRACK_SHARE {
            GapVerdict::OnTrack
        } else if difference < 0.0 {
            GapVerdict::Below
        } else {
            GapVerdict::Above
        };
        Some(RevenueGap {
            year: actual.year,
            expected,
            actual: actual.revenue,
            difference,
            share,
            verdict,
        })
    })
}

fn score_id(conn: &Connection, account_id: i64, year: i64, criterion_id: i64) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM value_score WHERE account_id = ?1 AND year = ?2 AND criterion_id = ?3",
            params![account_id, year, criterion_id],
            |row| row.get(0),
        )
        .optional()?)
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
        self.write(ActionLabel::ChangeValueWeights, |w| {
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

    /// Scores one criterion (0..5) for an account this year, replacing any earlier score.
    pub fn set_value_score(&self, account_id: i64, criterion_id: i64, score: i64) -> Result<ValueAssessment> {
        self.set_year_value_score(account_id, this_year(), criterion_id, score)
    }

    /// Scores one criterion (0..5) in the account's assessment of `year`, replacing that
    /// year's earlier score; other years stay as they are.
    pub fn set_year_value_score(
        &self,
        account_id: i64,
        year: i64,
        criterion_id: i64,
        score: i64,
    ) -> Result<ValueAssessment> {
        let year = assessment_year(year)?;
        let score = validate::in_range("score", score, VALUE_SCORE.min, VALUE_SCORE.max)?;
        self.write(ActionLabel::ScoreValue { year, score }, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            validate::exists(w.conn(), Table::ValueCriterion, criterion_id)?;
            match score_id(w.conn(), account_id, year, criterion_id)? {
                Some(id) => w.update(Table::ValueScore, id, &[("score", &score)]),
                None => w
                    .insert(
                        Table::ValueScore,
                        &[
                            ("account_id", &account_id),
                            ("criterion_id", &criterion_id),
                            ("year", &year),
                            ("score", &score),
                        ],
                    )
                    .map(|_| ()),
            }
        })?;
        self.value_assessment_of_year(account_id, year)
    }

    /// Removes this year's score of an account on one criterion (back to "not scored").
    pub fn clear_value_score(&self, account_id: i64, criterion_id: i64) -> Result<ValueAssessment> {
        self.clear_year_value_score(account_id, this_year(), criterion_id)
    }

    /// Removes one score of the account's assessment of `year`.
    pub fn clear_year_value_score(&self, account_id: i64, year: i64, criterion_id: i64) -> Result<ValueAssessment> {
        let year = assessment_year(year)?;
        self.write(ActionLabel::ClearValueScore { year }, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            validate::exists(w.conn(), Table::ValueCriterion, criterion_id)?;
            match score_id(w.conn(), account_id, year, criterion_id)? {
                Some(id) => w.delete(Table::ValueScore, id),
                None => Ok(()),
            }
        })?;
        self.value_assessment_of_year(account_id, year)
    }

    /// The account's latest assessment (this year's when it has none).
    pub fn value_assessment(&self, account_id: i64) -> Result<ValueAssessment> {
        self.read(|conn| {
            let year = latest_year(conn, account_id)?;
            assessment(conn, account_id, year)
        })
    }

    /// The account's assessment of one year (empty when that year has no scores).
    pub fn value_assessment_of_year(&self, account_id: i64, year: i64) -> Result<ValueAssessment> {
        let year = assessment_year(year)?;
        self.read(|conn| assessment(conn, account_id, year))
    }

    /// Every year the account was assessed, oldest first, to compare side by side.
    pub fn value_history(&self, account_id: i64) -> Result<Vec<ValueAssessment>> {
        self.read(|conn| {
            account::load(conn, account_id)?;
            assessed_years(conn, account_id)?
                .into_iter()
                .map(|year| assessment(conn, account_id, year))
                .collect()
        })
    }

    /// Records the actual revenue of one year, replacing any earlier figure.
    pub fn set_revenue_actual(&self, account_id: i64, year: i64, revenue: f64) -> Result<ValueCurve> {
        let year = validate::in_range("year", year, 1900, 9999)?;
        if year > this_year() {
            return Err(Error::problem(
                "year",
                Problem::InFuture {
                    value: year.to_string(),
                },
            ));
        }
        if !revenue.is_finite() {
            return Err(Error::problem("revenue", Problem::NotFinite));
        }
        if revenue < 0.0 {
            return Err(Error::problem("revenue", Problem::Negative { got: revenue }));
        }
        self.write(ActionLabel::RecordRevenue { year }, |w| {
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
        self.write(ActionLabel::ClearRevenue { year }, |w| {
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
