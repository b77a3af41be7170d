//! The portfolio: every account of the workspace in one year, as the seeds' customer-group
//! review asks (现有客户多少家? 战略客户多少家? 新增了多少客户? 流失了多少客户? 有哪些客户属于异常流失?).
//!
//! Contract: [`Db::portfolio`] is one read for a year in 2000..=2100 (else a `year` problem).
//! It looks at the workspace as it stood at the end of that year, or today for the current
//! year (`as_of`), using the accounts' dated history ([`history`]):
//! - **tiers**: the accounts active on `as_of` (first known by then, not archived by then),
//!   counted by their tier on that date (S, A, B, C, untiered);
//! - **new**: accounts first known in the year (creation, or the earliest dated history);
//! - **lost**: accounts closed as lost ([`super::loss`]) in the year, with reason and the tier
//!   they had when lost;
//! - **abnormal losses**: key accounts (tier S or A when lost, else at the start of the year or on
//!   `as_of`, so that a downgrade during the year does not hide the decline) that, in the year,
//!   were lost outright (`key_account_lost`), ended the year on a lower relationship level than
//!   they started it (`level_dropped`, with both levels), or whose actual revenue fell by
//!   [`history::REVENUE_FALL`] (20 %) or more against the year before (`revenue_fell`, with both
//!   figures and the fall in percent). The revenue fall stands in for a falling share of wallet:
//!   the workspace keeps share of wallet only as a current figure (revenue / purchase volume),
//!   not per year, while actual revenue is recorded per year;
//! - **rows**: one per account known by `as_of` and not archived before the year began (those
//!   archived or lost during the year stay, flagged), by name: tier and relationship level and
//!   target on `as_of`; the critical and warning findings of the coverage and level-parity analyses
//!   as of today (the account list's count); the year's plan progress (targets met of the targets
//!   not dropped, actions overdue today; 0/0 without a plan) and its latest weekly review.

mod history;

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use crate::brain::{self, Severity};
use crate::db::Db;
use crate::error::Result;
use crate::validate;
use crate::vocabulary::{RelationshipLevel, Tier};

use history::Dated;
pub use history::REVENUE_FALL;

/// Active accounts per tier.
#[derive(Debug, Clone, Default, PartialEq, Serialize, specta::Type)]
pub struct TierCounts {
    pub s: i64,
    pub a: i64,
    pub b: i64,
    pub c: i64,
    pub untiered: i64,
    pub total: i64,
}

/// An account new in the year.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct NewAccountEntry {
    pub account_id: i64,
    pub name: String,
    pub tier: Option<Tier>,
    /// The day it was first known, `YYYY-MM-DD`.
    pub since: String,
}

/// An account lost in the year.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct LostAccountEntry {
    pub account_id: i64,
    pub name: String,
    /// The tier it had when lost.
    pub tier: Option<Tier>,
    pub lost_on: String,
    pub reason: String,
}

/// Why a key account counts as an abnormal loss, as a code with its values.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum AbnormalReason {
    /// Closed as lost in the year.
    KeyAccountLost,
    /// Ended the year on a lower relationship level than it started it.
    LevelDropped {
        from: RelationshipLevel,
        to: RelationshipLevel,
    },
    /// Actual revenue fell by 20 % or more against the year before.
    RevenueFell { previous: f64, current: f64, percent: i64 },
}

/// A key account that counts as an abnormal loss in the year.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AbnormalLoss {
    pub account_id: i64,
    pub name: String,
    pub tier: Option<Tier>,
    pub reasons: Vec<AbnormalReason>,
}

/// How far the account's plan of the year has come.
#[derive(Debug, Clone, Default, PartialEq, Serialize, specta::Type)]
pub struct PortfolioPlan {
    pub has_plan: bool,
    pub targets_met: i64,
    /// Targets not dropped.
    pub targets_total: i64,
    pub actions_overdue: i64,
    /// The latest weekly review, `YYYY-MM-DD`.
    pub last_review: Option<String>,
}

/// One account of the portfolio table.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PortfolioRow {
    pub account_id: i64,
    pub name: String,
    pub tier: Option<Tier>,
    pub relationship_level: Option<RelationshipLevel>,
    pub relationship_target: Option<RelationshipLevel>,
    pub critical_findings: i64,
    pub warning_findings: i64,
    pub plan: PortfolioPlan,
    pub archived: bool,
    pub lost: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Portfolio {
    pub year: i64,
    /// The day the portfolio is read at: the year's last day, or today for the current year.
    pub as_of: String,
    pub tiers: TierCounts,
    pub new_accounts: Vec<NewAccountEntry>,
    pub lost: Vec<LostAccountEntry>,
    pub abnormal: Vec<AbnormalLoss>,
    pub rows: Vec<PortfolioRow>,
}

fn load(conn: &Connection) -> Result<Vec<Dated>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, substr(created_at, 1, 10), archived_at, tier, relationship_level, relationship_target
         FROM account ORDER BY name COLLATE NOCASE, id",
    )?;
    let mut accounts: Vec<Dated> = stmt
        .query_map([], |r| {
            Ok(Dated {
                id: r.get(0)?,
                name: r.get(1)?,
                created_on: r.get(2)?,
                archived_on: r.get(3)?,
                tier: r.get(4)?,
                level: r.get(5)?,
                target: r.get(6)?,
                ..Dated::default()
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let at: HashMap<i64, usize> = accounts.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
    let mut stmt = conn.prepare("SELECT account_id, decided_on, tier FROM tier_decision ORDER BY decided_on, id")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?)))? {
        let (account, on, tier) = row?;
        if let Some(&i) = at.get(&account) {
            accounts[i].tiers.push((on, tier));
        }
    }
    let mut stmt =
        conn.prepare("SELECT account_id, changed_on, level, target FROM relationship_change ORDER BY changed_on, id")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))? {
        let (account, on, level, target) = row?;
        if let Some(&i) = at.get(&account) {
            accounts[i].levels.push((on, level, target));
        }
    }
    let mut stmt = conn.prepare("SELECT account_id, year, revenue FROM revenue_actual ORDER BY year")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?)))? {
        let (account, year, revenue) = row?;
        if let Some(&i) = at.get(&account) {
            accounts[i].revenue.push((year, revenue));
        }
    }
    let mut stmt = conn.prepare("SELECT account_id, lost_on, reason, tier_at_loss FROM account_loss")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))? {
        let (account, on, reason, tier) = row?;
        if let Some(&i) = at.get(&account) {
            accounts[i].loss = Some((on, reason, tier));
        }
    }
    Ok(accounts)
}

/// Critical and warning findings of coverage and level parity, as the account list counts them.
fn findings(conn: &Connection, account_id: i64) -> Result<(i64, i64)> {
    let coverage = brain::coverage::compute(conn, account_id, brain::today())?;
    let parity = brain::parity::compute(conn, account_id)?;
    let gaps = || coverage.gaps.iter().chain(&parity.gaps);
    let count = |severity| gaps().filter(|g| g.severity == severity).count() as i64;
    Ok((count(Severity::Critical), count(Severity::Warning)))
}

fn tally(tiers: &mut TierCounts, tier: Option<Tier>) {
    let slot = match tier {
        Some(Tier::S) => &mut tiers.s,
        Some(Tier::A) => &mut tiers.a,
        Some(Tier::B) => &mut tiers.b,
        Some(Tier::C) => &mut tiers.c,
        None => &mut tiers.untiered,
    };
    *slot += 1;
    tiers.total += 1;
}

fn compute(conn: &Connection, year: i64) -> Result<Portfolio> {
    let today = super::today_text();
    let year_start = format!("{year:04}-01-01");
    let year_end = format!("{year:04}-12-31");
    let as_of = year_end.min(today.clone());
    let mut portfolio = Portfolio {
        year,
        as_of: as_of.clone(),
        tiers: TierCounts::default(),
        new_accounts: Vec::new(),
        lost: Vec::new(),
        abnormal: Vec::new(),
        rows: Vec::new(),
    };
    for account in load(conn)? {
        let known = account.first_known();
        if known.as_str() > as_of.as_str() {
            continue;
        }
        let tier = account.tier_on(&as_of);
        if account.active_on(&as_of) {
            tally(&mut portfolio.tiers, tier);
        }
        if known.starts_with(&format!("{year:04}-")) {
            portfolio.new_accounts.push(NewAccountEntry {
                account_id: account.id,
                name: account.name.clone(),
                tier,
                since: known,
            });
        }
        if let Some((lost_on, reason, at_loss)) = account.loss.as_ref().filter(|_| account.lost_in(year)) {
            portfolio.lost.push(LostAccountEntry {
                account_id: account.id,
                name: account.name.clone(),
                tier: *at_loss,
                lost_on: lost_on.clone(),
                reason: reason.clone(),
            });
        }
        let reasons = account.abnormal_reasons(year, &as_of);
        if !reasons.is_empty() {
            portfolio.abnormal.push(AbnormalLoss {
                account_id: account.id,
                name: account.name.clone(),
                tier: if account.lost_in(year) {
                    account.loss.as_ref().and_then(|l| l.2)
                } else {
                    tier
                },
                reasons,
            });
        }
        if account.archived_on.as_deref().is_some_and(|a| a < year_start.as_str()) {
            continue;
        }
        let (level, target) = account.ladder_on(&as_of);
        let (critical, warning) = findings(conn, account.id)?;
        portfolio.rows.push(PortfolioRow {
            account_id: account.id,
            name: account.name.clone(),
            tier,
            relationship_level: level,
            relationship_target: target,
            critical_findings: critical,
            warning_findings: warning,
            plan: plan_progress(conn, account.id, year, &today)?,
            archived: account.archived_on.as_deref().is_some_and(|a| a <= as_of.as_str()),
            lost: account.lost_on_or_before(&as_of),
        });
    }
    portfolio
        .new_accounts
        .sort_by(|a, b| (&a.since, &a.name).cmp(&(&b.since, &b.name)));
    portfolio
        .lost
        .sort_by(|a, b| (&a.lost_on, &a.name).cmp(&(&b.lost_on, &b.name)));
    Ok(portfolio)
}

/// The year's plan of the account: the plan core's progress (targets met, by their effective
/// status, of those not dropped; actions overdue today) and the latest review; all zero
/// without a plan.
fn plan_progress(conn: &Connection, account_id: i64, year: i64, today: &str) -> Result<PortfolioPlan> {
    let Some(plan) = crate::plan::lifecycle::plan_of_year(conn, account_id, year)? else {
        return Ok(PortfolioPlan::default());
    };
    let progress = crate::plan::progress(conn, account_id, year, today)?;
    let last_review: Option<String> = conn.query_row(
        "SELECT substr(max(reviewed_at), 1, 10) FROM plan_review WHERE plan_id = ?1",
        [plan.id],
        |r| r.get(0),
    )?;
    Ok(PortfolioPlan {
        has_plan: true,
        targets_met: progress.targets_met,
        targets_total: progress.targets_total,
        actions_overdue: progress.actions_overdue,
        last_review,
    })
}

impl Db {
    /// The portfolio of every account in `year` (see the module contract).
    pub fn portfolio(&self, year: i64) -> Result<Portfolio> {
        validate::in_range("year", year, 2000, 2100)?;
        self.read(|conn| compute(conn, year))
    }
}

#[cfg(test)]
mod tests;
