//! Activation, versions and their comparison, and the weekly review.

use super::*;

#[test]
fn activation_freezes_the_assessment_and_writes_version_one() {
    let s = setup();
    let db = &s.kit.db;
    attitude(db, s.zhao, -2, "2026-01-10");
    attitude(db, s.qian, 1, "2026-01-10");
    s.kit.role(s.zhao, DecisionRole::Decider);
    db.add_plan_target(person_target(&s, PlanTargetKind::Sponsor, s.zhao))
        .unwrap();

    let live = db.plan_assessment(s.plan).unwrap();
    assert!(!live.frozen);
    let count = |a: &PlanAssessment, value: i64| a.attitudes.iter().find(|c| c.value == value).unwrap().count;
    assert_eq!((count(&live, -2), count(&live, 1), count(&live, 0)), (1, 1, 0));
    assert_eq!((live.customer_people, live.attitude_unknown), (2, 0));
    assert_eq!(live.attitudes.len(), 7);
    // Zhao, the decider, is a key contact: no A owner, an opponent, never met.
    assert_eq!(live.coverage.critical, 2);
    assert_eq!(
        live.stale_contacts.iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![s.zhao]
    );
    assert!(live
        .findings
        .iter()
        .any(|f| f.rule == Rule::CoverageOpponent && f.person_id == Some(s.zhao)));
    assert_eq!(
        (live.relationship_level, live.relationship_target, live.ladder_gap),
        (RelationshipLevel::Vendor, RelationshipLevel::Vendor, 0)
    );
    assert_eq!((live.value_score, live.open_issues), (None, 0));

    let plan = db.activate_plan(s.plan).unwrap();
    assert_eq!(plan.status, PlanStatus::Active);
    assert!(plan.activated_on.is_some());
    assert_eq!(
        refusal(db.activate_plan(s.plan)),
        (
            "status".into(),
            Problem::PlanIs {
                status: PlanStatus::Active
            }
        )
    );
    attitude(db, s.zhao, 3, "2026-02-10");
    let frozen = db.plan_assessment(s.plan).unwrap();
    assert!(frozen.frozen);
    assert_eq!(
        (count(&frozen, -2), count(&frozen, 3)),
        (1, 0),
        "what stood at activation"
    );
    assert_eq!(frozen.coverage, live.coverage);

    let versions = db.list_plan_versions(s.plan).unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!((versions[0].number, versions[0].targets.len()), (1, 1));
    assert_eq!(versions[0].targets[0].kind, PlanTargetKind::Sponsor);
}

#[test]
fn adjusting_keeps_the_earlier_version_and_the_comparison_names_each_change() {
    let s = setup();
    let db = &s.kit.db;
    let mut keep = NewPlanTarget::new(s.plan, PlanTargetKind::Profit, "Margin", s.owner);
    keep.measure = "Gross margin on cartons".into();
    keep.to_value = Some(0.18);
    keep.due_date = Some("2026-06-30".into());
    let keep = db.add_plan_target(keep).unwrap();
    let gone = db
        .add_plan_target(person_target(&s, PlanTargetKind::BOwner, s.qian))
        .unwrap();
    let dropped = db
        .add_plan_target(person_target(&s, PlanTargetKind::Sponsor, s.zhao))
        .unwrap();
    db.activate_plan(s.plan).unwrap();
    assert_eq!(refusal(db.adjust_plan(s.plan, "  ")), ("reason".into(), Problem::Empty));

    let mut moved = PlanTargetUpdate {
        title: "Margin".into(),
        measure: "Gross margin on cartons".into(),
        owner_id: Some(s.owner),
        person_id: None,
        from_value: None,
        to_value: Some(0.2),
        to_level: None,
        due_date: Some("2026-12-31".into()),
        status: TargetStatus::Open,
        notes: String::new(),
    };
    db.update_plan_target(keep.id, moved.clone()).unwrap();
    db.delete_plan_target(gone.id).unwrap();
    let mut drop = moved.clone();
    drop.title = "Sponsor for Zhao".into();
    drop.measure = String::new();
    drop.person_id = Some(s.zhao);
    drop.to_value = None;
    drop.due_date = None;
    drop.status = TargetStatus::Dropped;
    db.update_plan_target(dropped.id, drop).unwrap();
    let mut channel = person_target(&s, PlanTargetKind::SecondChannel, s.zhao);
    channel.title = "Second channel to Zhao".into();
    let added = db.add_plan_target(channel).unwrap();

    let v2 = db
        .adjust_plan(s.plan, "Half-year: the line 3 tender moved to December")
        .unwrap();
    assert_eq!((v2.number, v2.targets.len()), (2, 3));
    let versions = db.list_plan_versions(s.plan).unwrap();
    assert_eq!(versions.iter().map(|v| v.targets.len()).collect::<Vec<_>>(), vec![3, 3]);

    let diff = db.compare_plan_versions(s.plan, 1, 2).unwrap();
    assert_eq!(
        diff.added.iter().map(|t| t.target_id).collect::<Vec<_>>(),
        vec![added.id]
    );
    let mut dropped_ids: Vec<i64> = diff.dropped.iter().map(|t| t.target_id).collect();
    dropped_ids.sort_unstable();
    assert_eq!(dropped_ids, vec![gone.id, dropped.id]);
    assert_eq!(diff.moved.len(), 1);
    let m = &diff.moved[0];
    assert_eq!(m.target_id, keep.id);
    assert_eq!(m.fields, vec!["due_date".to_owned(), "to_value".to_owned()]);
    assert_eq!(
        (m.before.due_date.as_deref(), m.after.due_date.as_deref()),
        (Some("2026-06-30"), Some("2026-12-31"))
    );
    assert_eq!((m.before.to_value, m.after.to_value), (Some(0.18), Some(0.2)));
    assert!(matches!(
        db.compare_plan_versions(s.plan, 1, 3),
        Err(Error::NotFound {
            entity: "plan_version",
            id: 3
        })
    ));
    moved.to_value = Some(0.25);
    db.update_plan_target(keep.id, moved).unwrap();
    assert_eq!(db.list_plan_versions(s.plan).unwrap()[1].targets[0].to_value, Some(0.2));
}

#[test]
fn the_weekly_review_says_what_changed_since_the_last_mark() {
    let s = setup();
    let db = &s.kit.db;
    attitude(db, s.zhao, -1, "2026-01-10");
    s.kit.role(s.zhao, DecisionRole::Decider);
    s.kit.cover(s.owner, s.zhao, CoverageRole::A);
    let covered = db
        .add_plan_target(person_target(&s, PlanTargetKind::BOwner, s.zhao))
        .unwrap();
    let sponsored = db
        .add_plan_target(person_target(&s, PlanTargetKind::Sponsor, s.zhao))
        .unwrap();
    let backup = s.kit.staff("Zhou", Level::Manager);
    s.kit.cover(backup, s.zhao, CoverageRole::B);
    db.activate_plan(s.plan).unwrap();
    let before_any_mark = db.plan_weekly_review(s.plan).unwrap();
    assert_eq!(before_any_mark.since_review_id, None);
    assert!(before_any_mark.targets_met_now.is_empty(), "met at activation already");
    assert!(before_any_mark.findings_appeared.is_empty() && before_any_mark.findings_cleared.is_empty());
    assert_eq!(db.plan_assessment(s.plan).unwrap().targets_met, vec![covered.id]);
    let first = db.mark_plan_reviewed(s.plan, "Kick-off").unwrap();
    assert_eq!(first.note, "Kick-off");
    let quiet = db.plan_weekly_review(s.plan).unwrap();
    assert_eq!(quiet.since_review_id, Some(first.id));
    assert!(quiet.attitude_moves.is_empty() && quiet.new_people.is_empty() && quiet.contacts_logged.is_empty());
    assert!(quiet.findings_appeared.is_empty() && quiet.findings_cleared.is_empty());

    s.kit.cover(s.sponsor, s.zhao, CoverageRole::Sponsor);
    attitude(db, s.zhao, 1, "2026-03-02");
    attitude(db, s.qian, 2, "2026-03-02");
    attitude(db, s.qian, -2, "2026-03-03");
    let sun = db
        .create_person(NewPerson::new(
            Some(s.kit.account),
            Side::Customer,
            "Sun",
            Level::Manager,
        ))
        .unwrap()
        .id;
    db.set_person_status(
        s.qian,
        StatusChange {
            status: PersonStatus::Moved,
            on: "2026-03-04".into(),
        },
    )
    .unwrap();
    let visit = db
        .create_interaction(NewInteraction {
            account_id: s.kit.account,
            kind: InteractionKind::Visit,
            occurred_on: crate::account::today_text(),
            place: String::new(),
            notes: String::new(),
            participants: vec![s.zhao, s.owner],
        })
        .unwrap()
        .id;

    let review = db.plan_weekly_review(s.plan).unwrap();
    let moves: Vec<(i64, Option<i64>, i64)> = review
        .attitude_moves
        .iter()
        .map(|m| (m.person.id, m.from, m.to))
        .collect();
    assert_eq!(moves, vec![(s.qian, None, -2), (s.zhao, Some(-1), 1)]);
    assert_eq!(review.new_people.iter().map(|p| p.id).collect::<Vec<_>>(), vec![sun]);
    let changed: Vec<(i64, PersonStatus)> = review.status_changes.iter().map(|p| (p.id, p.status)).collect();
    assert_eq!(changed, vec![(s.qian, PersonStatus::Moved)]);
    assert_eq!(
        review
            .contacts_logged
            .iter()
            .map(|c| (c.interaction_id, c.kind))
            .collect::<Vec<_>>(),
        vec![(visit, InteractionKind::Visit)]
    );
    let cleared: Vec<Rule> = review.findings_cleared.iter().map(|f| f.rule).collect();
    assert!(cleared.contains(&Rule::CoverageOpponent), "{cleared:?}");
    assert!(cleared.contains(&Rule::CoverageStaleContact), "{cleared:?}");
    assert!(review.findings_appeared.is_empty(), "{:?}", review.findings_appeared);
    assert_eq!(review.targets_met_now, vec![sponsored.id]);

    db.mark_plan_reviewed(s.plan, "Week 10").unwrap();
    let after = db.plan_weekly_review(s.plan).unwrap();
    assert!(after.attitude_moves.is_empty() && after.contacts_logged.is_empty());
    assert_eq!(db.list_plan_reviews(s.plan).unwrap()[0].note, "Week 10");
}

#[test]
fn the_close_check_and_the_review_read_the_action_plan() {
    use crate::plan::action::{ActionStatus, PlanActionInput};
    let s = setup();
    let db = &s.kit.db;
    let target = db
        .add_plan_target(person_target(&s, PlanTargetKind::Sponsor, s.zhao))
        .unwrap();
    db.activate_plan(s.plan).unwrap();
    let action = |title: &str, due_on: &str, status: ActionStatus, done_on: Option<&str>| PlanActionInput {
        title: title.into(),
        owner_id: s.owner,
        people: vec![s.zhao],
        due_on: due_on.into(),
        target_id: Some(target.id),
        status,
        done_on: done_on.map(Into::into),
        notes: String::new(),
    };
    let overdue = db
        .create_plan_action(
            s.plan,
            action("Dinner with Zhao", "2026-02-01", ActionStatus::Open, None),
        )
        .unwrap()
        .id;
    db.create_plan_action(s.plan, action("Plant visit", "2026-12-31", ActionStatus::Open, None))
        .unwrap();
    let today = crate::account::today_text();
    db.create_plan_action(
        s.plan,
        action("Sponsor call", "2026-03-01", ActionStatus::Done, Some(&today)),
    )
    .unwrap();

    let check = db.plan_close_check(s.plan).unwrap();
    let open: Vec<(&str, &str)> = check
        .open_actions
        .iter()
        .map(|a| (a.title.as_str(), a.due_on.as_str()))
        .collect();
    assert_eq!(
        open,
        vec![("Dinner with Zhao", "2026-02-01"), ("Plant visit", "2026-12-31")]
    );
    assert_eq!(check.open_actions[0].id, overdue);
    let review = db.plan_weekly_review(s.plan).unwrap();
    assert_eq!((review.actions_done, review.actions_overdue), (1, 1));

    // Deleting the target keeps its actions, serving none; deleting the plan takes them along.
    db.delete_plan_target(target.id).unwrap();
    assert_eq!(db.list_plan_actions(s.plan).unwrap().len(), 3);
    db.delete_plan(s.plan).unwrap();
    let left: i64 = db
        .read(|c| Ok(c.query_row("SELECT count(*) FROM plan_action", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(left, 0);
}

#[test]
fn an_assessment_frozen_without_its_met_targets_reads_as_none_met() {
    let s = setup();
    let db = &s.kit.db;
    db.activate_plan(s.plan).unwrap();
    s.kit.sql(
        "UPDATE plan SET assessment = json_remove(assessment, '$.targets_met') WHERE id = ?1",
        &[&s.plan],
    );
    let frozen = db.plan_assessment(s.plan).unwrap();
    assert!(frozen.frozen);
    assert_eq!((frozen.targets_met, frozen.customer_people), (vec![], 2));
}

#[test]
fn before_the_first_mark_the_review_counts_from_the_plans_own_action() {
    let s = setup();
    let db = &s.kit.db;
    attitude(db, s.zhao, 1, "2026-01-10");
    let draft = db.plan_weekly_review(s.plan).unwrap();
    assert!(draft.new_people.is_empty(), "Zhao and Qian came before the plan");
    assert_eq!(draft.attitude_moves.len(), 1, "the attitude came after it");

    db.activate_plan(s.plan).unwrap();
    let active = db.plan_weekly_review(s.plan).unwrap();
    assert!(active.attitude_moves.is_empty() && active.new_people.is_empty());
    let sun = db
        .create_person(NewPerson::new(
            Some(s.kit.account),
            Side::Customer,
            "Sun",
            Level::Manager,
        ))
        .unwrap()
        .id;
    let active = db.plan_weekly_review(s.plan).unwrap();
    assert_eq!(active.new_people.iter().map(|p| p.id).collect::<Vec<_>>(), vec![sun]);

    // The sample's plan starts with the sample itself: nothing it brought counts as news.
    let sample = crate::Db::open_in_memory().unwrap();
    let account = sample.create_sample_account().unwrap().id;
    let plan = sample.list_plans(account).unwrap()[0].id;
    let review = sample.plan_weekly_review(plan).unwrap();
    assert!(review.new_people.is_empty() && review.attitude_moves.is_empty() && review.contacts_logged.is_empty());
    assert!(review.findings_appeared.is_empty() && review.targets_met_now.is_empty());
}

#[test]
fn each_open_deal_has_its_own_support_balance() {
    use crate::opportunity::NewOpportunity;
    let s = setup();
    let db = &s.kit.db;
    let deal = |name: &str| {
        db.create_opportunity(NewOpportunity {
            account_id: s.kit.account,
            name: name.into(),
        })
        .unwrap()
        .id
    };
    let (line, cups) = (deal("Aseptic line"), deal("Cup range"));
    attitude(db, s.zhao, -2, "2026-01-10");
    attitude(db, s.qian, 3, "2026-01-10");
    s.kit.influence(s.zhao, 4);
    s.kit.influence(s.qian, 4);
    s.kit.role(s.zhao, DecisionRole::Decider);
    s.kit.role_in(s.qian, DecisionRole::Influencer, Some(line));
    let deals = db.plan_assessment(s.plan).unwrap().deals;
    let names: Vec<&str> = deals.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Aseptic line", "Cup range"]);
    assert_eq!((deals[0].opportunity_id, deals[1].opportunity_id), (line, cups));
    // Qian, a supporter, is on the line's chain only.
    assert!(deals[0].ours > deals[1].ours, "{deals:?}");
    assert_eq!(deals[1].ours, 0.0);
    assert!(
        (deals[1].opposition - 2.0 / 3.0).abs() < 1e-9,
        "Zhao alone, at -2 of -3: {deals:?}"
    );
}
