//! Unit tests of the yearly plan: lifecycle, targets and their computed status, the frozen
//! assessment, versions, the weekly review and deletion with undo.

use super::*;
use crate::account::AccountPatch;
use crate::assessment::{NewAssessment, Scale};
use crate::brain::testkit::Kit;
use crate::brain::Rule;
use crate::channel::NewChannel;
use crate::error::{Error, Problem};
use crate::interaction::NewInteraction;
use crate::person::{NewPerson, StatusChange};
use crate::vocabulary::{
    CoverageRole, DecisionRole, InteractionKind, Level, PersonStatus, PlanStatus, PlanTargetKind, RelationshipLevel,
    Side, TargetStatus,
};

pub(super) fn refusal<T: std::fmt::Debug>(result: crate::Result<T>) -> (String, Problem) {
    match result {
        Err(Error::Invalid { field, problem }) => (field, problem),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A customer contact and two of our staff on the kit's account, and a plan for 2026.
pub(super) struct Setup {
    pub(super) kit: Kit,
    pub(super) zhao: i64,
    pub(super) qian: i64,
    pub(super) owner: i64,
    pub(super) sponsor: i64,
    pub(super) plan: i64,
}

pub(super) fn setup() -> Setup {
    let kit = Kit::new();
    let zhao = kit.contact("Zhao", Level::Executive);
    let qian = kit.contact("Qian", Level::Manager);
    let owner = kit.staff("Li", Level::Manager);
    let sponsor = kit.staff("Wang", Level::Executive);
    let plan = kit.db.create_plan(kit.account, 2026).unwrap().id;
    Setup {
        kit,
        zhao,
        qian,
        owner,
        sponsor,
        plan,
    }
}

pub(super) fn person_target(s: &Setup, kind: PlanTargetKind, person: i64) -> NewPlanTarget {
    let mut t = NewPlanTarget::new(s.plan, kind, "Win them over", s.owner);
    t.person_id = Some(person);
    t
}

pub(super) fn attitude(db: &crate::Db, person: i64, value: i64, on: &str) {
    db.assess(
        Scale::Attitude,
        NewAssessment {
            person_id: person,
            value,
            observed_on: Some(on.into()),
            evidence: "Said so in the steering meeting".into(),
        },
    )
    .unwrap();
}

mod lifecycle;
mod review;
mod targets;
