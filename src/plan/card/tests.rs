//! Unit tests of [`super`]: the expansion card walks the method's steps in one read.

use super::*;
use crate::account::NewAccount;
use crate::assessment::NewAssessment;
use crate::channel::NewChannel;
use crate::interaction::NewInteraction;
use crate::person::NewPerson;
use crate::plan::action::{ActionStatus, PlanActionInput};
use crate::plan::NewPlanTarget;
use crate::tie::NewTie;
use crate::vocabulary::{CoverageRole, InteractionKind, Level, PersonalTie, PlanTargetKind, Side, TieKind};
use crate::{ErrorKind, Problem};

struct Setup {
    db: Db,
    account: i64,
    plan: i64,
    cfo: i64,
    kam: i64,
    md: i64,
    stranger: i64,
}

fn setup() -> Setup {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    let other = db.create_account(NewAccount::named("Other Co")).unwrap().id;
    let person =
        |account, side, name: &str, level| db.create_person(NewPerson::new(account, side, name, level)).unwrap().id;
    let cfo = person(Some(account), Side::Customer, "Vance", Level::Executive);
    let stranger = person(Some(other), Side::Customer, "Stranger", Level::Manager);
    let kam = person(None, Side::Ours, "Elena", Level::Manager);
    let md = person(None, Side::Ours, "Wei", Level::Executive);
    let mut sponsor = NewTie::new(md, cfo, TieKind::Coverage);
    sponsor.coverage_role = Some(CoverageRole::Sponsor);
    db.create_tie(sponsor).unwrap();
    let mut friends = NewTie::new(kam, cfo, TieKind::Personal);
    friends.personal_kind = Some(PersonalTie::Alumni);
    friends.strength = Some(4);
    db.create_tie(friends).unwrap();
    db.assess(
        Scale::Attitude,
        NewAssessment {
            person_id: cfo,
            value: -1,
            observed_on: Some("2026-02-01".into()),
            evidence: "Budget meeting".into(),
        },
    )
    .unwrap();
    db.create_channel(NewChannel {
        person_id: cfo,
        source_person_id: Some(kam),
        source: String::new(),
        reliability: 3,
    })
    .unwrap();
    let plan = db.create_plan(account, 2026).unwrap().id;
    Setup {
        db,
        account,
        plan,
        cfo,
        kam,
        md,
        stranger,
    }
}

#[test]
fn the_card_walks_the_steps_for_one_target_person() {
    let s = setup();
    let db = &s.db;
    let mut target = NewPlanTarget::new(s.plan, PlanTargetKind::Attitude, "Win the CFO over", s.kam);
    target.person_id = Some(s.cfo);
    target.to_value = Some(1.0);
    let target = db.add_plan_target(target).unwrap();
    let action = |title: &str, due_on: &str| PlanActionInput {
        title: title.into(),
        owner_id: s.kam,
        people: vec![s.cfo],
        due_on: due_on.into(),
        target_id: Some(target.id),
        status: ActionStatus::Open,
        done_on: None,
        notes: String::new(),
    };
    let lunch = db.create_plan_action(s.plan, action("Lunch", "2026-05-15")).unwrap();
    db.create_plan_action(s.plan, action("Plant tour", "2026-09-01"))
        .unwrap();
    db.log_contact_for_action(
        lunch.id,
        NewInteraction {
            account_id: s.account,
            kind: InteractionKind::Meal,
            occurred_on: "2026-05-10".into(),
            place: String::new(),
            notes: String::new(),
            participants: vec![s.kam, s.cfo],
        },
    )
    .unwrap();

    let text = CardText {
        why: " Approves the line upgrade ".into(),
        personal_interests: "Recognition for cost control".into(),
        department_interests: "Lower working capital".into(),
        resources: "Our CFO's time; the uptime study".into(),
        review_note: "Warmer since May".into(),
        reviewed_on: Some("2026-06-01".into()),
    };
    let card = db.update_expansion_card(s.plan, s.cfo, text).unwrap();
    assert_eq!((card.person.name.as_str(), card.year), ("Vance", 2026));
    assert_eq!(card.text.why, "Approves the line upgrade");
    assert_eq!(card.attitude, Some(-1));
    assert_eq!(card.sponsors.iter().map(|p| p.id).collect::<Vec<_>>(), [s.md]);
    assert!(card.sponsor_candidates.iter().any(|c| c.person.id == s.md));
    assert_eq!(card.channels.len(), 1);
    assert_eq!(card.paths[0].hops.first().map(|h| h.person.id), Some(s.kam));
    assert_eq!(card.targets.iter().map(|t| t.id).collect::<Vec<_>>(), [target.id]);
    let planned: Vec<&str> = card.planned.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(planned, ["Plant tour"], "the open actions; the lunch is done");
    assert_eq!(card.contacts.len(), 1, "the lunch, logged");

    assert_eq!(db.undo_state().unwrap().undo, Some(ActionLabel::EditExpansionCard));
    db.update_expansion_card(s.plan, s.cfo, CardText::default()).unwrap();
    let count: i64 = db
        .read(|c| Ok(c.query_row("SELECT count(*) FROM plan_card", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(count, 0, "an empty card keeps no row");
    db.undo().unwrap();
    assert_eq!(
        db.expansion_card(s.plan, s.cfo).unwrap().text.review_note,
        "Warmer since May"
    );
}

#[test]
fn the_card_is_for_the_plan_accounts_customer_people_only() {
    let s = setup();
    let db = &s.db;
    let before = db.journal(100).unwrap().len();
    let stranger = db.expansion_card(s.plan, s.stranger).unwrap_err();
    assert_eq!(
        (stranger.field(), stranger.to_problem()),
        (Some("person_id"), Problem::BelongsToOtherAccount)
    );
    let ours = db
        .update_expansion_card(s.plan, s.kam, CardText::default())
        .unwrap_err();
    assert_eq!(
        (ours.field(), ours.to_problem()),
        (Some("person_id"), Problem::NotCustomerSide)
    );
    let future = CardText {
        reviewed_on: Some("2999-01-01".into()),
        ..CardText::default()
    };
    assert_eq!(
        db.update_expansion_card(s.plan, s.cfo, future).unwrap_err().field(),
        Some("reviewed_on")
    );
    assert_eq!(db.expansion_card(999, s.cfo).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(db.journal(100).unwrap().len(), before);
}

#[test]
fn deleting_the_person_takes_their_card() {
    let s = setup();
    let db = &s.db;
    let text = CardText {
        why: "Approves the line upgrade".into(),
        ..CardText::default()
    };
    db.update_expansion_card(s.plan, s.cfo, text).unwrap();
    db.delete_person(s.cfo).unwrap();
    let count: i64 = db
        .read(|c| Ok(c.query_row("SELECT count(*) FROM plan_card", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(count, 0);
    db.undo().unwrap();
    assert_eq!(
        db.expansion_card(s.plan, s.cfo).unwrap().text.why,
        "Approves the line upgrade"
    );
}
