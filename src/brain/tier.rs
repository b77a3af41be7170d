//! Tier suggestion: the tier the value assessment points to, and what makes up the score.
//!
//! The score and the suggestion are the value assessment's ([`Db::value_assessment`], see
//! [`crate::value`]): weighted score = Σ score × weight / Σ weight on 0..5, an unscored criterion
//! counting 0; the suggested tier is the first of S, A, B whose threshold (`tier_rule.min_score`)
//! the score reaches, else C, given only once every weighted criterion is scored. The brain adds
//! the reading: the contributions largest first, how far the score is from the next tier up, and
//! findings. It never changes the decided tier, which stays a person's decision.
//!
//! | rule id | raised when | severity |
//! |---|---|---|
//! | `tier.incomplete` | a weighted criterion is not scored: no suggestion yet | info |
//! | `tier.decided_differs` | a decided tier differs from the suggestion | warning |
//! | `tier.undecided` | the score suggests a tier but none is decided | info |
//!
//! Contract: read-only; an unknown account is `NotFound`.

use serde::Serialize;

use super::{sort_gaps, Gap, Rule, Severity};
use crate::db::Db;
use crate::error::Result;
use crate::value::CriterionScore;
use crate::vocabulary::Tier;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct TierSuggestion {
    pub account_id: i64,
    /// 0..5.
    pub weighted_score: f64,
    pub complete: bool,
    pub suggested_tier: Option<Tier>,
    pub decided_tier: Option<Tier>,
    /// Each criterion's points in the score, largest first; they add up to the score.
    pub contributions: Vec<CriterionScore>,
    /// The next tier up from the score's tier, and the points still missing to reach it.
    pub next_tier: Option<Tier>,
    pub points_to_next_tier: Option<f64>,
    pub gaps: Vec<Gap>,
}

const ORDER: [Tier; 4] = [Tier::S, Tier::A, Tier::B, Tier::C];

impl Db {
    /// The tier the value score suggests, with the contributing scores.
    pub fn tier_suggestion(&self, account_id: i64) -> Result<TierSuggestion> {
        let assessment = self.value_assessment(account_id)?;
        let rules = self.list_tier_rules()?;
        let threshold = |tier: Tier| rules.iter().find(|r| r.tier == tier).map(|r| r.min_score);
        let reached = ORDER
            .into_iter()
            .find(|&t| threshold(t).is_some_and(|min| assessment.weighted_score + 1e-9 >= min))
            .unwrap_or(Tier::C);
        let position = ORDER.iter().position(|&t| t == reached).unwrap_or(ORDER.len() - 1);
        let next_tier = position.checked_sub(1).map(|i| ORDER[i]);
        let points_to_next_tier = next_tier
            .and_then(threshold)
            .map(|min| (min - assessment.weighted_score).max(0.0));

        let mut gaps = Vec::new();
        let (suggested, decided) = (assessment.suggested_tier, assessment.decided_tier);
        if !assessment.complete {
            let missing: Vec<_> = assessment
                .criteria
                .iter()
                .filter(|c| c.weight > 0.0 && c.score.is_none())
                .collect();
            let labels: Vec<&str> = missing.iter().map(|c| c.label.as_str()).collect();
            let keys: Vec<&str> = missing.iter().map(|c| c.key.as_str()).collect();
            let msg = format!("Score {} to get a tier suggestion", labels.join(", "));
            gaps.push(Gap::new(Rule::TierIncomplete, Severity::Info, None, msg).with("criteria", keys.join(",")));
        }
        match (suggested, decided) {
            (Some(s), Some(d)) if s != d => {
                let score = format!("{:.2}", assessment.weighted_score);
                let msg = format!(
                    "The value score {score} suggests tier {s}, but tier {d} is decided: review the decision or the scores"
                );
                let gap = Gap::new(Rule::TierDecidedDiffers, Severity::Warning, None, msg);
                gaps.push(gap.with("score", score).with("suggested", s).with("decided", d));
            }
            (Some(s), None) => {
                let msg = format!("The value score suggests tier {s}; no tier is decided yet");
                gaps.push(Gap::new(Rule::TierUndecided, Severity::Info, None, msg).with("suggested", s));
            }
            _ => {}
        }
        sort_gaps(&mut gaps);
        let mut contributions = assessment.criteria;
        contributions.sort_by(|a, b| b.contribution.total_cmp(&a.contribution).then(a.label.cmp(&b.label)));
        Ok(TierSuggestion {
            account_id,
            weighted_score: assessment.weighted_score,
            complete: assessment.complete,
            suggested_tier: suggested,
            decided_tier: decided,
            contributions,
            next_tier,
            points_to_next_tier,
            gaps,
        })
    }
}

#[cfg(test)]
#[path = "tests/tier.rs"]
mod tests;
