//! What the portfolio reads of each account's dated history, and the abnormal-loss rule.
//!
//! Contract: everything here is pure, on rows loaded once per portfolio read. Dates are
//! `YYYY-MM-DD` text, compared as text. The tier on a date is the latest tier decision decided
//! on or before it (decision order breaking ties); an account with no decision rows keeps the
//! tier stored on it (decided before decisions were kept). The relationship level on a date is
//! the latest relationship change on or before it; an account whose level never changed keeps
//! its current level. An account is first known on the earliest of its creation, its first
//! relationship change, its first tier decision and the first of January of its first year with
//! revenue: a customer entered into the workspace long after the relationship began is not new.

use crate::vocabulary::{RelationshipLevel, Tier};

use super::AbnormalReason;

/// An account as the portfolio reads it, with its dated history.
#[derive(Debug, Clone, Default)]
pub(crate) struct Dated {
    pub id: i64,
    pub name: String,
    /// `YYYY-MM-DD` of `created_at`.
    pub created_on: String,
    pub archived_on: Option<String>,
    pub tier: Option<Tier>,
    pub level: Option<RelationshipLevel>,
    pub target: Option<RelationshipLevel>,
    /// `(decided_on, tier)`, oldest first.
    pub tiers: Vec<(String, Tier)>,
    /// `(changed_on, level, target)`, oldest first.
    pub levels: Vec<(String, RelationshipLevel, RelationshipLevel)>,
    /// Years with a recorded actual revenue, and the revenue.
    pub revenue: Vec<(i64, f64)>,
    /// `(lost_on, reason, tier_at_loss)`.
    pub loss: Option<(String, String, Option<Tier>)>,
}

/// Revenue falling by this share or more from one year to the next counts as an abnormal loss.
pub const REVENUE_FALL: f64 = 0.20;

impl Dated {
    pub fn first_known(&self) -> String {
        let revenue = self.revenue.iter().map(|(year, _)| format!("{year:04}-01-01"));
        std::iter::once(self.created_on.clone())
            .chain(self.tiers.first().map(|(on, _)| on.clone()))
            .chain(self.levels.first().map(|(on, _, _)| on.clone()))
            .chain(revenue)
            .min()
            .unwrap_or_default()
    }

    pub fn tier_on(&self, date: &str) -> Option<Tier> {
        if self.tiers.is_empty() {
            return self.tier;
        }
        self.tiers
            .iter()
            .rev()
            .find(|(on, _)| on.as_str() <= date)
            .map(|(_, t)| *t)
    }

    fn change_on(&self, date: &str) -> Option<(RelationshipLevel, RelationshipLevel)> {
        self.levels
            .iter()
            .rev()
            .find(|(on, _, _)| on.as_str() <= date)
            .map(|(_, level, target)| (*level, *target))
    }

    /// Level and target on `date`; the current ones when no change is recorded by then.
    pub fn ladder_on(&self, date: &str) -> (Option<RelationshipLevel>, Option<RelationshipLevel>) {
        match self.change_on(date) {
            Some((level, target)) => (Some(level), Some(target)),
            None => (self.level, self.target),
        }
    }

    pub fn active_on(&self, date: &str) -> bool {
        self.first_known().as_str() <= date && self.archived_on.as_deref().is_none_or(|a| a > date)
    }

    pub fn lost_on_or_before(&self, date: &str) -> bool {
        self.loss.as_ref().is_some_and(|(on, _, _)| on.as_str() <= date)
    }

    pub fn lost_in(&self, year: i64) -> bool {
        self.loss
            .as_ref()
            .is_some_and(|(on, _, _)| on.starts_with(&format!("{year:04}-")))
    }

    fn revenue_of(&self, year: i64) -> Option<f64> {
        self.revenue.iter().find(|(y, _)| *y == year).map(|(_, r)| *r)
    }

    /// Why the account counts as an abnormal loss in `year` (seen on `as_of`); empty when it
    /// does not. Only key accounts can be: tier S or A when lost, or else at the start of the
    /// year or on `as_of`.
    pub fn abnormal_reasons(&self, year: i64, as_of: &str) -> Vec<AbnormalReason> {
        let lost_here = self.lost_in(year);
        let key = |tier: Option<Tier>| matches!(tier, Some(Tier::S | Tier::A));
        let before = format!("{:04}-12-31", year - 1);
        let was_key = match &self.loss {
            Some((_, _, at_loss)) if lost_here => key(*at_loss),
            // Downgraded during the year still counts: the decline is what this looks for.
            _ => key(self.tier_on(as_of)) || key(self.tier_on(&before)),
        };
        if !was_key {
            return Vec::new();
        }
        let mut reasons = Vec::new();
        if lost_here {
            reasons.push(AbnormalReason::KeyAccountLost);
        }
        let year_start = format!("{year:04}-01-01");
        let start = self.change_on(&before).map(|(l, _)| l).or_else(|| {
            self.levels
                .iter()
                .find(|(on, _, _)| on.as_str() >= year_start.as_str() && on.as_str() <= as_of)
                .map(|(_, level, _)| *level)
        });
        if let (Some(from), Some((to, _))) = (start, self.change_on(as_of)) {
            if to < from {
                reasons.push(AbnormalReason::LevelDropped { from, to });
            }
        }
        if let (Some(previous), Some(current)) = (self.revenue_of(year - 1), self.revenue_of(year)) {
            // A hair of tolerance, so that exactly 20% counts whatever the rounding of the figures.
            if previous > 0.0 && previous - current >= previous * (REVENUE_FALL - 1e-9) {
                let percent = ((previous - current) / previous * 100.0).round() as i64;
                reasons.push(AbnormalReason::RevenueFell {
                    previous,
                    current,
                    percent,
                });
            }
        }
        reasons
    }
}
