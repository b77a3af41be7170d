//! The target task book: refusals naming the field, and the status the data computes.

use super::*;

#[test]
fn a_target_is_refused_naming_the_field() {
    let s = setup();
    let db = &s.kit.db;
    let other = s.kit.another_account("Other Co");
    let stranger = s.kit.contact_in(other, "Stranger", Level::Manager);

    let mut no_owner = person_target(&s, PlanTargetKind::Sponsor, s.zhao);
    no_owner.owner_id = None;
    assert_eq!(
        refusal(db.add_plan_target(no_owner)),
        ("owner_id".into(), Problem::Missing)
    );
    let mut customer_owner = person_target(&s, PlanTargetKind::Sponsor, s.zhao);
    customer_owner.owner_id = Some(s.qian);
    assert_eq!(
        refusal(db.add_plan_target(customer_owner)),
        ("owner_id".into(), Problem::NotOurStaff)
    );
    let mut foreign_owner = person_target(&s, PlanTargetKind::Sponsor, s.zhao);
    foreign_owner.owner_id = Some(stranger);
    assert_eq!(
        refusal(db.add_plan_target(foreign_owner)),
        ("owner_id".into(), Problem::NotOurStaff)
    );
    assert_eq!(
        refusal(db.add_plan_target(person_target(&s, PlanTargetKind::Sponsor, stranger))),
        ("person_id".into(), Problem::BelongsToOtherAccount)
    );
    assert_eq!(
        refusal(db.add_plan_target(NewPlanTarget::new(s.plan, PlanTargetKind::BOwner, "B owner", s.owner))),
        ("person_id".into(), Problem::Missing)
    );
    let mut market = NewPlanTarget::new(s.plan, PlanTargetKind::Foothold, "The hill", s.owner);
    assert_eq!(
        refusal(db.add_plan_target(market.clone())),
        ("measure".into(), Problem::Empty)
    );
    market.measure = "Line 3 runs our packaging".into();
    market.person_id = Some(s.zhao);
    assert_eq!(
        refusal(db.add_plan_target(market.clone())),
        ("person_id".into(), Problem::NotApplicable)
    );
    market.person_id = None;
    market.due_date = Some("2027-01-15".into());
    assert_eq!(
        refusal(db.add_plan_target(market.clone())),
        (
            "due_date".into(),
            Problem::NotInYear {
                year: 2026,
                value: "2027-01-15".into()
            }
        )
    );
    let mut share = NewPlanTarget::new(s.plan, PlanTargetKind::ShareOfWallet, "Share", s.owner);
    share.measure = "Our share of their carton spend".into();
    share.to_value = Some(1.5);
    assert_eq!(
        refusal(db.add_plan_target(share)),
        ("to_value".into(), Problem::out_of_range(0.0, 1.0, 1.5))
    );
    let mut ladder = NewPlanTarget::new(s.plan, PlanTargetKind::LadderLevel, "Partner", s.owner);
    assert_eq!(
        refusal(db.add_plan_target(ladder.clone())),
        ("to_level".into(), Problem::Missing)
    );
    ladder.to_value = Some(2.0);
    assert_eq!(
        refusal(db.add_plan_target(ladder)),
        ("to_value".into(), Problem::NotApplicable)
    );
}

#[test]
fn an_attitude_target_starts_from_the_current_attitude_and_must_rise() {
    let s = setup();
    let db = &s.kit.db;
    attitude(db, s.zhao, -1, "2026-01-10");
    let mut t = person_target(&s, PlanTargetKind::Attitude, s.zhao);
    t.to_value = Some(-1.0);
    assert_eq!(
        refusal(db.add_plan_target(t.clone())),
        ("to_value".into(), Problem::NotAbove { limit: -1.0, got: -1.0 })
    );
    t.to_value = Some(4.0);
    assert_eq!(
        refusal(db.add_plan_target(t.clone())),
        ("to_value".into(), Problem::out_of_range(-3.0, 3.0, 4.0))
    );
    t.to_value = Some(2.0);
    let target = db.add_plan_target(t).unwrap();
    assert_eq!((target.from_value, target.to_value), (Some(-1.0), Some(2.0)));
    assert_eq!(target.current_value, Some(-1.0));
    assert_eq!(
        (target.effective_status, target.status_source),
        (TargetStatus::Open, StatusSource::Computed),
        "open because the data says so"
    );

    attitude(db, s.zhao, 2, "2026-03-01");
    let target = &db.list_plan_targets(s.plan).unwrap()[0];
    assert_eq!(target.current_value, Some(2.0));
    assert_eq!(
        (target.status, target.effective_status, target.status_source),
        (TargetStatus::Open, TargetStatus::Met, StatusSource::Computed)
    );
}

#[test]
fn relationship_targets_are_met_by_the_data() {
    let s = setup();
    let db = &s.kit.db;
    let b = db
        .add_plan_target(person_target(&s, PlanTargetKind::BOwner, s.qian))
        .unwrap();
    let sponsor = db
        .add_plan_target(person_target(&s, PlanTargetKind::Sponsor, s.zhao))
        .unwrap();
    let channel = db
        .add_plan_target(person_target(&s, PlanTargetKind::SecondChannel, s.zhao))
        .unwrap();
    let mut ladder = NewPlanTarget::new(s.plan, PlanTargetKind::LadderLevel, "Partner", s.owner);
    ladder.to_level = Some(RelationshipLevel::Partner);
    let ladder = db.add_plan_target(ladder).unwrap();
    let status = |id: i64| {
        db.list_plan_targets(s.plan)
            .unwrap()
            .into_iter()
            .find(|t| t.id == id)
            .unwrap()
    };
    for id in [b.id, sponsor.id, channel.id, ladder.id] {
        assert_eq!(status(id).effective_status, TargetStatus::Open);
    }
    assert_eq!(status(channel.id).current_value, Some(0.0));
    assert_eq!(status(ladder.id).current_level, Some(RelationshipLevel::Vendor));

    s.kit.cover(s.owner, s.qian, CoverageRole::B);
    s.kit.cover(s.sponsor, s.zhao, CoverageRole::Sponsor);
    db.create_channel(NewChannel {
        person_id: s.zhao,
        source_person_id: None,
        source: "Plant manager".into(),
        reliability: 4,
    })
    .unwrap();
    assert_eq!(status(channel.id).current_value, Some(1.0));
    assert_eq!(status(channel.id).effective_status, TargetStatus::Open);
    db.create_channel(NewChannel {
        person_id: s.zhao,
        source_person_id: None,
        source: "Former assistant".into(),
        reliability: 4,
    })
    .unwrap();
    db.update_account(
        s.kit.account,
        AccountPatch {
            relationship_level: Some(RelationshipLevel::Partner),
            ..AccountPatch::default()
        },
    )
    .unwrap();
    for id in [b.id, sponsor.id, channel.id, ladder.id] {
        let t = status(id);
        assert_eq!(
            (t.effective_status, t.status_source),
            (TargetStatus::Met, StatusSource::Computed),
            "{:?}",
            t.kind
        );
    }
    assert_eq!(db.plan(s.plan).unwrap().targets_met, 4);

    // A dropped target stays dropped whatever the data says.
    let update = PlanTargetUpdate {
        title: "Backup owner".into(),
        measure: String::new(),
        owner_id: Some(s.owner),
        person_id: Some(s.qian),
        from_value: None,
        to_value: None,
        to_level: None,
        due_date: Some("2026-06-30".into()),
        status: TargetStatus::Dropped,
        notes: String::new(),
    };
    let t = db.update_plan_target(b.id, update).unwrap();
    assert_eq!(
        (t.effective_status, t.status_source, t.due_date.as_deref()),
        (TargetStatus::Dropped, StatusSource::Manual, Some("2026-06-30"))
    );
    let plan = db.plan(s.plan).unwrap();
    assert_eq!((plan.targets_total, plan.targets_met), (3, 3));
}

#[test]
fn each_kind_says_what_it_asks_for() {
    let attitude = PlanTargetKind::Attitude.shape();
    assert_eq!(
        (
            attitude.person,
            attitude.values,
            attitude.min,
            attitude.max,
            attitude.measure
        ),
        (
            true,
            crate::vocabulary::TargetValues::Attitude,
            Some(-3.0),
            Some(3.0),
            false
        )
    );
    let share = PlanTargetKind::ShareOfWallet.shape();
    assert_eq!(
        (share.group, share.person, share.min, share.max, share.measure),
        (
            crate::vocabulary::TargetGroup::Market,
            false,
            Some(0.0),
            Some(1.0),
            true
        )
    );
    let ladder = PlanTargetKind::LadderLevel.shape();
    assert_eq!(
        (ladder.level, ladder.person, ladder.values),
        (true, false, crate::vocabulary::TargetValues::None)
    );
    let json = serde_json::to_value(crate::vocabulary::catalogue()).unwrap();
    let shapes = json["plan_target_shapes"].as_array().unwrap();
    assert_eq!(shapes.len(), 9);
    assert_eq!(shapes[4]["kind"], "attitude");
    assert_eq!(shapes[4]["values"], "attitude");
    assert_eq!(shapes[8]["level"], true);
}

#[test]
fn the_data_judges_relationship_targets_and_the_user_market_targets() {
    let s = setup();
    let db = &s.kit.db;
    let mut hill = NewPlanTarget::new(s.plan, PlanTargetKind::Foothold, "The hill", s.owner);
    hill.measure = "Line 3 runs our cartons".into();
    let hill = db.add_plan_target(hill).unwrap();
    assert_eq!(
        (hill.effective_status, hill.status_source),
        (TargetStatus::Open, StatusSource::Manual)
    );
    let sponsor = db
        .add_plan_target(person_target(&s, PlanTargetKind::Sponsor, s.zhao))
        .unwrap();
    let set = |id: i64, kind_person: Option<i64>, measure: &str, status: TargetStatus| {
        db.update_plan_target(
            id,
            PlanTargetUpdate {
                title: "Target".into(),
                measure: measure.into(),
                owner_id: Some(s.owner),
                person_id: kind_person,
                from_value: None,
                to_value: None,
                to_level: None,
                due_date: None,
                status,
                notes: String::new(),
            },
        )
        .unwrap()
    };
    let hill = set(hill.id, None, "Line 3 runs our cartons", TargetStatus::Met);
    assert_eq!(
        (hill.effective_status, hill.status_source),
        (TargetStatus::Met, StatusSource::Manual)
    );
    // Marking a relationship target met by hand does not make it met: the data says open.
    let t = set(sponsor.id, Some(s.zhao), "", TargetStatus::Met);
    assert_eq!(
        (t.effective_status, t.status_source),
        (TargetStatus::Open, StatusSource::Computed)
    );
    // Missed by hand stays missed, even once the data would say met.
    set(sponsor.id, Some(s.zhao), "", TargetStatus::Missed);
    s.kit.cover(s.sponsor, s.zhao, CoverageRole::Sponsor);
    let t = db
        .list_plan_targets(s.plan)
        .unwrap()
        .into_iter()
        .find(|t| t.id == sponsor.id)
        .unwrap();
    assert_eq!(
        (t.effective_status, t.status_source),
        (TargetStatus::Missed, StatusSource::Manual)
    );
    let t = set(sponsor.id, Some(s.zhao), "", TargetStatus::Open);
    assert_eq!(
        (t.effective_status, t.status_source),
        (TargetStatus::Met, StatusSource::Computed)
    );
    assert_eq!(db.plan(s.plan).unwrap().targets_met, 2);
}
