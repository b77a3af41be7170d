//! Keeping the relationship alive and the plan's work, through the public API: the sample's
//! voices, issues, initiative and action plan, and a contact that does an action, undone.

use symbio::account::issue::IssueStatus;
use symbio::account::voice::VoiceFilter;
use symbio::interaction::NewInteraction;
use symbio::plan::action::{ActionStatus, PlanActionInput};
use symbio::plan::card::CardText;
use symbio::plan::NewPlanTarget;
use symbio::vocabulary::{InteractionKind, Level, PlanTargetKind};
use symbio::{Db, ErrorKind};

use crate::support::fixture;

#[test]
fn the_sample_keeps_the_relationship_alive_and_works_its_plan() {
    let db = Db::open_in_memory().unwrap();
    db.ensure_sample().unwrap();
    let account = db.list_accounts().unwrap()[0].id;

    let voices = db.list_customer_voice(account, VoiceFilter::default()).unwrap();
    assert!(voices.iter().any(|v| v.sentiment > 0), "praise");
    assert!(voices.iter().any(|v| v.sentiment < 0), "a complaint");
    let topics = db.voice_topics(account).unwrap();
    assert_eq!((topics[0].topic.as_str(), topics[0].complaints), ("Delivery", 2));

    let issues = db.list_customer_issues(account, false).unwrap();
    assert_eq!(issues.len(), 2);
    assert_eq!(
        db.list_customer_issues(account, true).unwrap().len(),
        1,
        "one still open"
    );
    let closed = issues.iter().find(|i| i.status == IssueStatus::Closed).unwrap();
    assert!(closed.confirmed_by_customer && closed.closed_on.is_some());
    assert_eq!(db.list_initiatives(account).unwrap().len(), 1);

    let plan = db.list_plans(account).unwrap()[0].id;
    let actions = db.list_plan_actions(plan).unwrap();
    assert_eq!(actions.len(), 5);
    let done = actions.iter().find(|a| a.status == ActionStatus::Done).unwrap();
    let call = db.get_interaction(done.interaction_id.unwrap()).unwrap();
    assert_eq!(done.done_on.as_deref(), Some(call.occurred_on.as_str()));
    assert_eq!(actions.iter().filter(|a| a.status == ActionStatus::Dropped).count(), 1);
    assert!(actions
        .iter()
        .all(|a| a.due_on.starts_with(&format!("{}-", db.plan(plan).unwrap().year))));

    db.undo().unwrap();
    assert!(db.list_accounts().unwrap().is_empty(), "one undo takes all of it");
}

#[test]
fn a_logged_contact_does_an_action_and_one_undo_reopens_it() {
    let f = fixture();
    let db = &f.db;
    let cfo = f.contact("Vance", Level::Executive);
    let kam = f.staff("Elena", Level::Manager);
    let plan = db.create_plan(f.account, 2026).unwrap().id;
    let input = PlanActionInput {
        title: "Lunch with the CFO".into(),
        owner_id: kam,
        people: vec![cfo],
        due_on: "2026-05-15".into(),
        target_id: None,
        status: ActionStatus::Open,
        done_on: None,
        notes: String::new(),
    };
    let lunch = db.create_plan_action(plan, input).unwrap();
    let contact = NewInteraction {
        account_id: f.account,
        kind: InteractionKind::Meal,
        occurred_on: "2026-05-12".into(),
        place: String::new(),
        notes: "Budget cycle".into(),
        participants: vec![kam, cfo],
    };
    let done = db.log_contact_for_action(lunch.id, contact).unwrap();
    assert_eq!(
        (done.status, done.done_on.as_deref()),
        (ActionStatus::Done, Some("2026-05-12"))
    );
    assert_eq!(db.list_person_interactions(cfo).unwrap().len(), 1);
    db.undo().unwrap();
    assert_eq!(db.get_plan_action(lunch.id).unwrap().status, ActionStatus::Open);
    assert!(db.list_person_interactions(cfo).unwrap().is_empty());
}

#[test]
fn deleting_a_target_or_the_plan_takes_care_of_its_actions() {
    let f = fixture();
    let db = &f.db;
    let cfo = f.contact("Vance", Level::Executive);
    let kam = f.staff("Elena", Level::Manager);
    let plan = db.create_plan(f.account, 2026).unwrap().id;
    let mut target = NewPlanTarget::new(plan, PlanTargetKind::Attitude, "Win the CFO over", kam);
    target.person_id = Some(cfo);
    target.to_value = Some(1.0);
    let target = db.add_plan_target(target).unwrap().id;
    let input = PlanActionInput {
        title: "Lunch with the CFO".into(),
        owner_id: kam,
        people: vec![cfo],
        due_on: "2026-05-15".into(),
        target_id: Some(target),
        status: ActionStatus::Open,
        done_on: None,
        notes: String::new(),
    };
    let lunch = db.create_plan_action(plan, input).unwrap().id;
    let text = CardText {
        why: "Approves the line upgrade".into(),
        ..CardText::default()
    };
    db.update_expansion_card(plan, cfo, text).unwrap();

    db.delete_plan_target(target).unwrap();
    assert_eq!(
        db.get_plan_action(lunch).unwrap().target_id,
        None,
        "the action serves no target"
    );
    db.undo().unwrap();
    assert_eq!(db.get_plan_action(lunch).unwrap().target_id, Some(target));

    db.delete_plan(plan).unwrap();
    assert_eq!(db.get_plan_action(lunch).unwrap_err().kind(), ErrorKind::NotFound);
    db.undo().unwrap();
    assert_eq!(db.get_plan_action(lunch).unwrap().people.len(), 1);
    assert_eq!(
        db.expansion_card(plan, cfo).unwrap().text.why,
        "Approves the line upgrade"
    );
}
