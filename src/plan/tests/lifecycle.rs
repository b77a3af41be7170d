//! The plan's life: one per account and year, carried targets, closing, deleting with undo,
//! what goes with people and accounts, and the sample's plan.

use super::*;

#[test]
fn a_plan_is_one_per_account_and_year_within_2000_to_2100() {
    let s = setup();
    let db = &s.kit.db;
    let plan = db.plan(s.plan).unwrap();
    assert_eq!(
        (plan.year, plan.status, plan.targets_total),
        (2026, PlanStatus::Draft, 0)
    );
    assert_eq!(
        refusal(db.create_plan(s.kit.account, 2026)),
        ("year".into(), Problem::PlanExists { year: 2026 })
    );
    assert_eq!(
        refusal(db.create_plan(s.kit.account, 1999)),
        ("year".into(), Problem::out_of_range(2000.0, 2100.0, 1999.0))
    );
    db.create_plan(s.kit.account, 2025).unwrap();
    db.create_plan(s.kit.account, 2027).unwrap();
    let years: Vec<i64> = db.list_plans(s.kit.account).unwrap().iter().map(|p| p.year).collect();
    assert_eq!(years, vec![2027, 2026, 2025]);
    assert_eq!(db.get_plan(s.kit.account, 2026).unwrap().unwrap().id, s.plan);
    assert_eq!(db.get_plan(s.kit.account, 2030).unwrap(), None);
    assert!(matches!(
        db.create_plan(999, 2026),
        Err(Error::NotFound { entity: "account", .. })
    ));
}

#[test]
fn last_years_open_targets_are_carried_into_the_new_plan() {
    let s = setup();
    let db = &s.kit.db;
    let mut open = person_target(&s, PlanTargetKind::Sponsor, s.zhao);
    open.due_date = Some("2026-02-28".into());
    db.add_plan_target(open).unwrap();
    db.add_plan_target(person_target(&s, PlanTargetKind::BOwner, s.qian))
        .unwrap();
    s.kit.cover(s.owner, s.qian, CoverageRole::B); // met by the data: stays behind
    let next = db.create_plan(s.kit.account, 2027).unwrap();
    let carried = db.list_plan_targets(next.id).unwrap();
    assert_eq!(carried.len(), 1);
    let t = &carried[0];
    assert_eq!(
        (t.kind, t.carried, t.status),
        (PlanTargetKind::Sponsor, true, TargetStatus::Open)
    );
    assert_eq!(t.due_date.as_deref(), Some("2027-02-28"));
    assert_eq!(t.owner.as_ref().map(|o| o.id), Some(s.owner));
    assert_eq!(t.person.as_ref().map(|p| p.id), Some(s.zhao));
    assert_eq!(next.targets_total, 1);
}

#[test]
fn closing_lists_what_is_open_and_fixes_the_plan() {
    let s = setup();
    let db = &s.kit.db;
    let open = db
        .add_plan_target(person_target(&s, PlanTargetKind::Sponsor, s.zhao))
        .unwrap();
    assert_eq!(
        refusal(db.close_plan(s.plan)),
        (
            "status".into(),
            Problem::PlanIs {
                status: PlanStatus::Draft
            }
        )
    );
    db.activate_plan(s.plan).unwrap();
    let check = db.plan_close_check(s.plan).unwrap();
    assert_eq!(
        check.open_targets.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![open.id]
    );
    assert!(check.open_actions.is_empty());
    let closed = db.close_plan(s.plan).unwrap();
    assert_eq!(closed.status, PlanStatus::Closed);
    assert!(closed.closed_on.is_some());
    let refused = (
        "status".to_owned(),
        Problem::PlanIs {
            status: PlanStatus::Closed,
        },
    );
    assert_eq!(refusal(db.update_plan_narrative(s.plan, "Too late")), refused);
    assert_eq!(
        refusal(db.add_plan_target(person_target(&s, PlanTargetKind::BOwner, s.qian))),
        refused
    );
    assert_eq!(refusal(db.delete_plan_target(open.id)), refused);
    assert_eq!(refusal(db.mark_plan_reviewed(s.plan, "late")), refused);
}

#[test]
fn deleting_a_plan_takes_everything_and_one_undo_brings_it_back() {
    let s = setup();
    let db = &s.kit.db;
    db.update_plan_narrative(s.plan, "  Become their partner for the new dairy line. ")
        .unwrap();
    assert_eq!(
        db.plan(s.plan).unwrap().narrative,
        "Become their partner for the new dairy line."
    );
    db.add_plan_target(person_target(&s, PlanTargetKind::Sponsor, s.zhao))
        .unwrap();
    db.activate_plan(s.plan).unwrap();
    db.mark_plan_reviewed(s.plan, "Week 1").unwrap();
    db.delete_plan(s.plan).unwrap();
    assert_eq!(db.get_plan(s.kit.account, 2026).unwrap(), None);
    let left: i64 = db
        .read(|c| {
            Ok(c.query_row(
                "SELECT (SELECT count(*) FROM plan_target) + (SELECT count(*) FROM plan_version)
                      + (SELECT count(*) FROM plan_review)",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(left, 0);
    db.undo().unwrap();
    let plan = db.plan(s.plan).unwrap();
    assert_eq!((plan.status, plan.targets_total), (PlanStatus::Active, 1));
    assert_eq!(db.list_plan_versions(s.plan).unwrap().len(), 1);
    assert_eq!(db.list_plan_reviews(s.plan).unwrap()[0].note, "Week 1");
}

#[test]
fn people_and_accounts_deleted_take_their_targets_along() {
    let s = setup();
    let db = &s.kit.db;
    db.add_plan_target(person_target(&s, PlanTargetKind::Sponsor, s.zhao))
        .unwrap();
    let mut market = NewPlanTarget::new(s.plan, PlanTargetKind::Foothold, "The hill", s.owner);
    market.measure = "Line 3".into();
    let market = db.add_plan_target(market).unwrap();
    assert_eq!(db.deletion_impact(&[s.zhao, s.owner], &[]).unwrap().plan_targets, 1);
    db.delete_selection(&[s.zhao, s.owner], &[]).unwrap();
    let left = db.list_plan_targets(s.plan).unwrap();
    assert_eq!(left.iter().map(|t| t.id).collect::<Vec<_>>(), vec![market.id]);
    assert_eq!(left[0].owner, None, "the owner is gone, the target stays");
    db.activate_plan(s.plan).unwrap();
    let impact = db.account_deletion_impact(s.kit.account).unwrap();
    assert_eq!(impact.plans, 1);
    db.delete_account(s.kit.account).unwrap();
    assert!(matches!(db.plan(s.plan), Err(Error::NotFound { entity: "plan", .. })));
    db.undo().unwrap();
    assert_eq!(db.list_plan_targets(s.plan).unwrap().len(), 1);
}

#[test]
fn the_sample_has_an_active_plan_for_this_year_with_one_target_met_by_its_data() {
    let db = crate::Db::open_in_memory().unwrap();
    let account = db.create_sample_account().unwrap().id;
    let year = crate::value::this_year();
    let plan = db.get_plan(account, year).unwrap().unwrap();
    assert_eq!(plan.status, PlanStatus::Active);
    assert!(plan.narrative.contains("partner"));
    assert_eq!((plan.targets_total, plan.targets_met), (6, 1));
    let targets = db.list_plan_targets(plan.id).unwrap();
    let met: Vec<(PlanTargetKind, StatusSource, Option<f64>)> = targets
        .iter()
        .filter(|t| t.effective_status == TargetStatus::Met)
        .map(|t| (t.kind, t.status_source, t.current_value))
        .collect();
    assert_eq!(
        met,
        vec![(PlanTargetKind::SecondChannel, StatusSource::Computed, Some(2.0))]
    );
    assert!(targets
        .iter()
        .all(|t| t.owner.as_ref().is_some_and(|o| o.side == Side::Ours)));
    let cfo = targets.iter().find(|t| t.kind == PlanTargetKind::Attitude).unwrap();
    assert_eq!((cfo.current_value, cfo.to_value), (Some(-1.0), Some(1.0)));
    let assessment = db.plan_assessment(plan.id).unwrap();
    assert!(assessment.frozen);
    assert_eq!(
        (
            assessment.relationship_level,
            assessment.relationship_target,
            assessment.ladder_gap
        ),
        (RelationshipLevel::PreferredSupplier, RelationshipLevel::Partner, 1)
    );
    let v1 = &db.list_plan_versions(plan.id).unwrap()[0];
    assert_eq!(v1.targets.len(), 6);
    assert_eq!(
        Some(&v1.created_on),
        plan.activated_on.as_ref(),
        "agreed when activated"
    );
    // One undo removes the sample, its plan included.
    db.undo().unwrap();
    assert_eq!(
        db.read(|c| Ok(c.query_row("SELECT count(*) FROM plan", [], |r| r.get::<_, i64>(0))?))
            .unwrap(),
        0
    );
}
