//! The yearly plan through the public API, on the sample account: what the UI receives (as
//! JSON) and a year rolled over into the next plan.

use serde_json::Value;
use symbio::plan::{NewPlanTarget, PlanTargetUpdate};
use symbio::vocabulary::{PlanStatus, PlanTargetKind, TargetStatus};
use symbio::Db;

fn sample() -> (Db, i64, i64) {
    let db = Db::open_in_memory().unwrap();
    db.ensure_sample().unwrap();
    let account = db.list_accounts().unwrap()[0].id;
    let plan = db.list_plans(account).unwrap()[0].clone();
    (db, account, plan.id)
}

#[test]
fn the_sample_plan_reaches_the_ui_with_its_assessment_and_computed_status() {
    let (db, account, plan) = sample();
    let plans = db.list_plans(account).unwrap();
    assert_eq!(plans.len(), 1);
    let json = serde_json::to_value(&plans[0]).unwrap();
    assert_eq!(json["status"], "active");
    assert_eq!(
        (json["targets_total"].as_i64(), json["targets_met"].as_i64()),
        (Some(6), Some(1))
    );

    let targets = serde_json::to_value(db.list_plan_targets(plan).unwrap()).unwrap();
    let kinds: Vec<&str> = targets
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "foothold",
            "share_of_wallet",
            "attitude",
            "b_owner",
            "second_channel",
            "ladder_level"
        ],
        "market targets first"
    );
    let channel = &targets[4];
    assert_eq!(channel["effective_status"], "met");
    assert_eq!(channel["status_source"], "computed");
    assert_eq!(channel["person"]["name"], "Qian Haolin");
    assert_eq!(targets[0]["owner"]["name"], "Robert Ashdown");

    let assessment = serde_json::to_value(db.plan_assessment(plan).unwrap()).unwrap();
    assert_eq!(assessment["frozen"], true);
    assert_eq!(assessment["relationship_level"], "preferred_supplier");
    assert_eq!(assessment["ladder_gap"], 1);
    let attitudes: i64 = assessment["attitudes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["count"].as_i64().unwrap())
        .sum();
    let people = assessment["customer_people"].as_i64().unwrap();
    assert_eq!(attitudes + assessment["attitude_unknown"].as_i64().unwrap(), people);
    assert!(people >= 25, "the sample's customer and third-party people");
    let finding: &Value = &assessment["findings"][0];
    assert!(finding["rule"].is_string() && finding["params"].is_object() && finding["message"].is_string());
}

#[test]
fn next_year_starts_from_the_open_targets_and_a_changed_target_shows_in_the_comparison() {
    let (db, account, plan) = sample();
    let year = db.plan_assessment(plan).unwrap().year;
    let targets = db.list_plan_targets(plan).unwrap();
    let cfo = targets.iter().find(|t| t.kind == PlanTargetKind::Attitude).unwrap();
    db.update_plan_target(
        cfo.id,
        PlanTargetUpdate {
            title: cfo.title.clone(),
            measure: cfo.measure.clone(),
            owner_id: cfo.owner.as_ref().map(|o| o.id),
            person_id: cfo.person.as_ref().map(|p| p.id),
            from_value: cfo.from_value,
            to_value: Some(2.0),
            to_level: None,
            due_date: Some(format!("{year}-12-15")),
            status: TargetStatus::Open,
            notes: String::new(),
        },
    )
    .unwrap();
    let v2 = db.adjust_plan(plan, "Half-year review").unwrap();
    assert_eq!(v2.number, 2);
    let diff = db.compare_plan_versions(plan, 1, 2).unwrap();
    assert!(diff.added.is_empty() && diff.dropped.is_empty());
    assert_eq!(diff.moved.len(), 1);
    assert_eq!(diff.moved[0].fields, ["due_date", "to_value"]);

    let owner = cfo.owner.as_ref().unwrap().id;
    let mut foothold = NewPlanTarget::new(
        plan,
        PlanTargetKind::DisplaceCompetitor,
        "Crestline out of Northfield",
        owner,
    );
    foothold.measure = "Northfield line 2 switches to our cartons".into();
    db.add_plan_target(foothold).unwrap();
    db.close_plan(plan).unwrap();
    assert_eq!(db.plan(plan).unwrap().status, PlanStatus::Closed);

    let next = db.create_plan(account, year + 1).unwrap();
    let carried = db.list_plan_targets(next.id).unwrap();
    assert_eq!(
        carried.len(),
        6,
        "every target still open: 5 of the sample's and the new one"
    );
    assert!(carried.iter().all(|t| t.carried && t.status == TargetStatus::Open));
    assert!(
        carried.iter().all(|t| t.kind != PlanTargetKind::SecondChannel),
        "met: stays behind"
    );
    let cfo_next = carried.iter().find(|t| t.kind == PlanTargetKind::Attitude).unwrap();
    assert_eq!(cfo_next.due_date, Some(format!("{}-12-15", year + 1)));
    assert_eq!(cfo_next.to_value, Some(2.0));
}
