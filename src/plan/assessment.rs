//! The relationship status assessment (现状评估) the core drafts for a plan: where the account
//! stands at the start of the plan year.
//!
//! Contract: while the plan is a draft, [`Db::plan_assessment`] computes it live; once the plan
//! is activated it returns the assessment frozen then (`frozen: true`), whatever changed since.
//! It holds: the decided tier and the value score of the plan's year ([`crate::value`]; no
//! score until a criterion is scored), the relationship level against its target and the steps
//! between them on the ladder; the coverage and level parity findings counted by severity
//! ([`crate::brain::coverage`], [`crate::brain::parity`]); the support balance of every open
//! deal ([`crate::brain::balance`]); the account's customer and third-party people who have not
//! left counted by current attitude -3..+3 (and those never assessed); the key contacts gone
//! quiet beyond the tier's maximum days between contacts, or never met (the rule of
//! [`crate::brain::reminders`]); the customer issues not closed yet; and every finding behind
//! those counts (rule, severity, person, deal), which the weekly review compares with.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::lifecycle::{plan_row, PlanRow};
use super::target::{met_ids, targets};
use crate::assessment::{current, Scale};
use crate::brain::{balance, coverage, load_person, parity, today, Gap, PersonRef, Rule, Severity};
use crate::db::Db;
use crate::error::{Error, Result};
use crate::vocabulary::{RelationshipLevel, Tier, ATTITUDE};

/// Findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct FindingCounts {
    pub critical: i64,
    pub warning: i64,
    pub info: i64,
}

impl FindingCounts {
    fn of(gaps: &[Gap]) -> Self {
        let mut counts = Self::default();
        for gap in gaps {
            match gap.severity {
                Severity::Critical => counts.critical += 1,
                Severity::Warning => counts.warning += 1,
                Severity::Info => counts.info += 1,
            }
        }
        counts
    }
}

/// One finding, as the assessment and the reviews remember it: what a [`Gap`] says (rule,
/// severity, message and the values it is made of, for the UI to word it), the person it is
/// about and the deal whose balance raised it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub person_id: Option<i64>,
    /// The person as they were named when the finding was raised.
    pub person: Option<PersonRef>,
    /// The deal whose support balance raised it.
    pub opportunity_id: Option<i64>,
    /// In English; the UI words the rule with `params`.
    pub message: String,
    pub params: BTreeMap<String, String>,
}

/// What makes a finding the same one from week to week: its rule, person, deal and competitor
/// (not the days or scores it quotes, which move without the finding changing).
pub(crate) type FindingKey = (Rule, Option<i64>, Option<i64>, Option<String>);

impl Finding {
    pub(crate) fn key(&self) -> FindingKey {
        (
            self.rule,
            self.person_id,
            self.opportunity_id,
            self.params.get("competitor").cloned(),
        )
    }
}

/// The support balance of one open deal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct DealBalance {
    pub opportunity_id: i64,
    pub name: String,
    /// Influence-weighted support for us, 0..1.
    pub ours: f64,
    /// Influence-weighted opposition, 0..1.
    pub opposition: f64,
    /// Ours minus the strongest rival's support.
    pub margin: f64,
    pub findings: FindingCounts,
}

/// How many people hold one attitude.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AttitudeCount {
    /// -3..+3.
    pub value: i64,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct PlanAssessment {
    pub account_id: i64,
    pub year: i64,
    /// The day it was computed (`YYYY-MM-DD`).
    pub as_of: String,
    /// Frozen at the plan's activation (else live).
    pub frozen: bool,
    /// The tier decided for the account.
    pub tier: Option<Tier>,
    /// The weighted value score (0..5) of the plan's year; None before any criterion is scored.
    pub value_score: Option<f64>,
    pub value_complete: bool,
    pub suggested_tier: Option<Tier>,
    pub relationship_level: RelationshipLevel,
    pub relationship_target: RelationshipLevel,
    /// Steps on the ladder from the level to the target (0: reached; negative: beyond it).
    pub ladder_gap: i64,
    pub coverage: FindingCounts,
    pub parity: FindingCounts,
    /// Open deals, by name.
    pub deals: Vec<DealBalance>,
    /// -3..+3, each value once.
    pub attitudes: Vec<AttitudeCount>,
    pub attitude_unknown: i64,
    /// Customer and third-party people who have not left.
    pub customer_people: i64,
    /// Key contacts not met within `max_days_between_contacts`, or never.
    pub stale_contacts: Vec<PersonRef>,
    pub max_days_between_contacts: i64,
    pub open_issues: i64,
    /// Every coverage, parity and deal-balance finding, critical first.
    pub findings: Vec<Finding>,
    /// The plan's targets met then (effective status), by id.
    pub targets_met: Vec<i64>,
}

fn rank(level: RelationshipLevel) -> i64 {
    RelationshipLevel::ALL.iter().position(|l| *l == level).unwrap_or(0) as i64
}

fn finding(conn: &Connection, gap: &Gap, opportunity_id: Option<i64>) -> Result<Finding> {
    Ok(Finding {
        rule: gap.rule,
        severity: gap.severity,
        person_id: gap.person_id,
        person: gap.person_id.map(|id| load_person(conn, id)).transpose()?,
        opportunity_id,
        message: gap.message.clone(),
        params: gap.params.clone(),
    })
}

/// The findings the account raises today: coverage, level parity, and each open deal's balance.
pub(crate) fn findings_now(conn: &Connection, account_id: i64) -> Result<Vec<Finding>> {
    Ok(compute(conn, account_id, crate::value::this_year(), today())?.findings)
}

fn open_deals(conn: &Connection, account_id: i64) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name FROM opportunity WHERE account_id = ?1 AND status = 'open' ORDER BY name COLLATE NOCASE, id",
    )?;
    let rows = stmt.query_map([account_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn compute(conn: &Connection, account_id: i64, year: i64, as_of: NaiveDate) -> Result<PlanAssessment> {
    let account = crate::account::load(conn, account_id)?;
    let value = crate::value::assessment(conn, account_id, year)?;
    let coverage = coverage::compute(conn, account_id, as_of)?;
    let parity = parity::compute(conn, account_id)?;
    let mut findings: Vec<Finding> = coverage
        .gaps
        .iter()
        .chain(&parity.gaps)
        .map(|g| finding(conn, g, None))
        .collect::<Result<_>>()?;
    let mut deals = Vec::new();
    for (id, name) in open_deals(conn, account_id)? {
        let balance = balance::compute(conn, account_id, Some(id))?;
        for gap in &balance.gaps {
            findings.push(finding(conn, gap, Some(id))?);
        }
        deals.push(DealBalance {
            opportunity_id: id,
            name,
            ours: balance.ours,
            opposition: balance.opposition,
            margin: balance.margin,
            findings: FindingCounts::of(&balance.gaps),
        });
    }
    findings.sort_by_key(|f| (f.severity, f.key()));
    findings.dedup_by(|a, b| a.key() == b.key());

    let attitude = current(conn, Scale::Attitude, Some(account_id))?;
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM person WHERE account_id = ?1 AND side IN ('customer', 'third_party') AND status <> 'left'",
    )?;
    let people = stmt
        .query_map([account_id], |r| r.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut by_value: HashMap<i64, i64> = HashMap::new();
    let mut attitude_unknown = 0;
    for person in &people {
        match attitude.get(person) {
            Some(v) => *by_value.entry(*v).or_default() += 1,
            None => attitude_unknown += 1,
        }
    }
    let attitudes = (ATTITUDE.min..=ATTITUDE.max)
        .map(|value| AttitudeCount {
            value,
            count: by_value.get(&value).copied().unwrap_or(0),
        })
        .collect();
    let max_days = coverage.max_days_between_contacts;
    let stale_contacts = coverage
        .contacts
        .iter()
        .filter(|c| c.days_since_contact.is_none_or(|d| d > max_days))
        .map(|c| c.person.clone())
        .collect();
    let scored = value.criteria.iter().any(|c| c.score.is_some());
    Ok(PlanAssessment {
        account_id,
        year,
        as_of: as_of.format("%Y-%m-%d").to_string(),
        frozen: false,
        tier: account.tier,
        value_score: scored.then_some(value.weighted_score),
        value_complete: value.complete,
        suggested_tier: value.suggested_tier,
        relationship_level: account.relationship_level,
        relationship_target: account.relationship_target,
        ladder_gap: rank(account.relationship_target) - rank(account.relationship_level),
        coverage: FindingCounts::of(&coverage.gaps),
        parity: FindingCounts::of(&parity.gaps),
        deals,
        attitudes,
        attitude_unknown,
        customer_people: people.len() as i64,
        stale_contacts,
        max_days_between_contacts: max_days,
        open_issues: crate::account::issue::open_issue_count(conn, account_id)?,
        findings,
        targets_met: Vec::new(),
    })
}

/// The assessment of `plan` computed now.
pub(crate) fn live(conn: &Connection, plan: &PlanRow) -> Result<PlanAssessment> {
    let mut assessment = compute(conn, plan.account_id, plan.year, today())?;
    assessment.targets_met = met_ids(&targets(conn, plan.id)?);
    Ok(assessment)
}

/// The plan's assessment: the frozen one once active, else live.
pub(crate) fn of_plan(conn: &Connection, plan: &PlanRow) -> Result<PlanAssessment> {
    match &plan.assessment {
        Some(json) => {
            let damaged = |e: serde_json::Error| Error::Journal(format!("plan assessment: {e}"));
            let mut value: serde_json::Value = serde_json::from_str(json).map_err(damaged)?;
            // Frozen before the targets met were kept: none recorded.
            if let Some(object) = value.as_object_mut() {
                object.entry("targets_met").or_insert_with(|| serde_json::json!([]));
            }
            let mut frozen: PlanAssessment = serde_json::from_value(value).map_err(damaged)?;
            frozen.frozen = true;
            Ok(frozen)
        }
        None => live(conn, plan),
    }
}

impl Db {
    /// The plan's relationship status assessment (see the module doc).
    pub fn plan_assessment(&self, plan_id: i64) -> Result<PlanAssessment> {
        self.read(|conn| of_plan(conn, &plan_row(conn, plan_id)?))
    }
}
