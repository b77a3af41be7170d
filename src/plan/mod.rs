//! The yearly relationship plan of a key account, the method's three-piece set per account and
//! year: the relationship status assessment ([`assessment`], 现状评估), the target task book
//! ([`target`], 目标任务书) and the action plan ([`action`], 行动计划), with the key-contact
//! expansion cards of its target people ([`card`]).
//!
//! A plan is drafted, activated (its assessment frozen, version 1 of its targets written) and
//! closed ([`lifecycle`]); it is reviewed weekly ([`review`]) and adjusted half-yearly, each
//! adjustment a new version of its targets ([`version`]). [`progress`] sums it up for the
//! portfolio.

pub mod action;
pub mod assessment;
pub mod card;
pub mod lifecycle;
pub mod progress;
pub mod review;
pub mod target;
pub mod version;

pub use assessment::{AttitudeCount, DealBalance, Finding, FindingCounts, PlanAssessment};
pub use lifecycle::{OpenAction, Plan, PlanCloseCheck};
pub(crate) use progress::progress;
pub use progress::PlanProgress;
pub use review::{AttitudeMove, ContactLogged, PlanReview, WeeklyReview};
pub(crate) use target::person_targets;
pub use target::{NewPlanTarget, PlanTarget, PlanTargetUpdate, StatusSource};
pub use version::{PlanVersion, PlanVersionComparison, TargetMove, TargetSnapshot};

#[cfg(test)]
mod tests;
