//! Every closed vocabulary and numeric range of the domain as one value, exported to the UI
//! as the generated constant `VOCABULARY` (see the shell's bindings), so that the UI offers
//! exactly what the core accepts and never declares a list or a bound of its own.
//!
//! Contract: each list is the enum's `ALL`, in the order the UI shows it (levels from the
//! most senior down, roles in decision-chain order). The ranges are the ones the core
//! validates against; the validating code uses these same constants.

use serde::Serialize;

use super::{
    CoverageRole, DecisionRole, Horizon, InteractionKind, KeyDateKind, Level, LifecycleStage, PersonStatus,
    PersonalTie, PlanStatus, PlanTargetKind, PlanTargetShape, RelationshipLevel, SalesPattern, Side, TargetStatus,
    TieKind, Tier, ValueDemand, Visibility,
};
use crate::account::agenda::{ReminderKind, ReminderTiming};
use crate::account::initiative::{InitiativeKind, InitiativeStatus};
use crate::account::issue::{CauseSide, IssueSeverity, IssueStatus};
use crate::account::voice::{VoiceChannel, SENTIMENT};
use crate::opportunity::{DealOutcome, DealStatus};
use crate::plan::action::ActionStatus;
use crate::team::{PartnerService, TeamFunction, TeamLocation, ValueChainArea};
use crate::tier_rule::{CommercialTerms, ExecutiveContact};
use crate::view::ViewKind;

/// An inclusive range of whole numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Range {
    pub min: i64,
    pub max: i64,
}

/// Attitude toward us: -3 strong opponent .. +3 exclusive supporter.
pub const ATTITUDE: Range = Range { min: -3, max: 3 };
/// Influence on the decision: 1 little .. 5 decisive.
pub const INFLUENCE: Range = Range { min: 1, max: 5 };
/// Strength of a tie: 1 weak .. 5 strong.
pub const TIE_STRENGTH: Range = Range { min: 1, max: 5 };
/// How far an information channel can be trusted: 1 hearsay .. 5 proven.
pub const RELIABILITY: Range = Range { min: 1, max: 5 };
/// How strongly a contact leans to a competitor.
pub const LEANING_STRENGTH: Range = Range { min: 1, max: 5 };
/// A value criterion's score.
pub const VALUE_SCORE: Range = Range { min: 0, max: 5 };
/// An account's influence on its industry: 1 none .. 5 sets the standard.
pub const STRATEGIC_INFLUENCE: Range = Range { min: 1, max: 5 };

#[derive(Debug, Clone, Serialize)]
pub struct Ranges {
    pub attitude: Range,
    pub influence: Range,
    pub tie_strength: Range,
    pub reliability: Range,
    pub leaning_strength: Range,
    pub value_score: Range,
    pub strategic_influence: Range,
    pub sentiment: Range,
}

#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    pub tiers: &'static [Tier],
    pub relationship_levels: &'static [RelationshipLevel],
    pub lifecycle_stages: &'static [LifecycleStage],
    pub sales_patterns: &'static [SalesPattern],
    pub value_demands: &'static [ValueDemand],
    pub sides: &'static [Side],
    pub levels: &'static [Level],
    pub person_statuses: &'static [PersonStatus],
    pub decision_roles: &'static [DecisionRole],
    pub tie_kinds: &'static [TieKind],
    pub personal_ties: &'static [PersonalTie],
    pub coverage_roles: &'static [CoverageRole],
    pub interaction_kinds: &'static [InteractionKind],
    pub key_date_kinds: &'static [KeyDateKind],
    pub horizons: &'static [Horizon],
    pub visibilities: &'static [Visibility],
    pub team_functions: &'static [TeamFunction],
    pub team_locations: &'static [TeamLocation],
    pub partner_services: &'static [PartnerService],
    pub value_chain_areas: &'static [ValueChainArea],
    pub view_kinds: &'static [ViewKind],
    pub executive_contacts: &'static [ExecutiveContact],
    pub commercial_terms: &'static [CommercialTerms],
    pub deal_statuses: &'static [DealStatus],
    pub deal_outcomes: &'static [DealOutcome],
    pub reminder_kinds: &'static [ReminderKind],
    pub reminder_timings: &'static [ReminderTiming],
    pub plan_statuses: &'static [PlanStatus],
    pub plan_target_kinds: &'static [PlanTargetKind],
    pub target_statuses: &'static [TargetStatus],
    /// What each kind of plan target asks for, in kind order.
    pub plan_target_shapes: Vec<PlanTargetShape>,
    pub voice_channels: &'static [VoiceChannel],
    pub issue_severities: &'static [IssueSeverity],
    pub issue_statuses: &'static [IssueStatus],
    pub cause_sides: &'static [CauseSide],
    pub initiative_kinds: &'static [InitiativeKind],
    pub initiative_statuses: &'static [InitiativeStatus],
    pub action_statuses: &'static [ActionStatus],
    pub ranges: Ranges,
}

pub fn catalogue() -> Catalogue {
    Catalogue {
        tiers: Tier::ALL,
        relationship_levels: RelationshipLevel::ALL,
        lifecycle_stages: LifecycleStage::ALL,
        sales_patterns: SalesPattern::ALL,
        value_demands: ValueDemand::ALL,
        sides: Side::ALL,
        levels: Level::ALL,
        person_statuses: PersonStatus::ALL,
        decision_roles: DecisionRole::ALL,
        tie_kinds: TieKind::ALL,
        personal_ties: PersonalTie::ALL,
        coverage_roles: CoverageRole::ALL,
        interaction_kinds: InteractionKind::ALL,
        key_date_kinds: KeyDateKind::ALL,
        horizons: Horizon::ALL,
        visibilities: Visibility::ALL,
        team_functions: TeamFunction::ALL,
        team_locations: TeamLocation::ALL,
        partner_services: PartnerService::ALL,
        value_chain_areas: ValueChainArea::ALL,
        view_kinds: ViewKind::ALL,
        executive_contacts: ExecutiveContact::ALL,
        commercial_terms: CommercialTerms::ALL,
        deal_statuses: DealStatus::ALL,
        deal_outcomes: DealOutcome::ALL,
        reminder_kinds: ReminderKind::ALL,
        reminder_timings: ReminderTiming::ALL,
        plan_statuses: PlanStatus::ALL,
        plan_target_kinds: PlanTargetKind::ALL,
        target_statuses: TargetStatus::ALL,
        plan_target_shapes: PlanTargetKind::shapes(),
        voice_channels: VoiceChannel::ALL,
        issue_severities: IssueSeverity::ALL,
        issue_statuses: IssueStatus::ALL,
        cause_sides: CauseSide::ALL,
        initiative_kinds: InitiativeKind::ALL,
        initiative_statuses: InitiativeStatus::ALL,
        action_statuses: ActionStatus::ALL,
        ranges: Ranges {
            attitude: ATTITUDE,
            influence: INFLUENCE,
            tie_strength: TIE_STRENGTH,
            reliability: RELIABILITY,
            leaning_strength: LEANING_STRENGTH,
            value_score: VALUE_SCORE,
            strategic_influence: STRATEGIC_INFLUENCE,
            sentiment: SENTIMENT,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_serialize_under_the_names_the_database_stores() {
        let json = serde_json::to_value(catalogue()).unwrap();
        assert_eq!(json["tiers"], serde_json::json!(["S", "A", "B", "C"]));
        assert_eq!(
            json["decision_roles"].as_array().unwrap().len(),
            DecisionRole::ALL.len()
        );
        assert_eq!(json["ranges"]["attitude"], serde_json::json!({ "min": -3, "max": 3 }));
        for list in json.as_object().unwrap().values().filter(|v| v.is_array()) {
            assert!(!list.as_array().unwrap().is_empty());
        }
    }
}
