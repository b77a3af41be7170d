//! Unit tests of [`super`]: the action plan, a contact that does an action, and where open
//! actions show (the agenda, job-change impact).

use chrono::NaiveDate;

use super::*;
use crate::account::agenda::ReminderKind;
use crate::account::issue::{CauseSide, IssueInput, IssueSeverity, IssueStatus};
use crate::account::NewAccount;
use crate::interaction::NewInteraction;
use crate::person::NewPerson;
use crate::vocabulary::{InteractionKind, Level, Side};
use crate::ErrorKind;

struct Setup {
    db: Db,
    account: i64,
    plan: i64,
    other_plan: i64,
    target: i64,
    other_target: i64,
    cfo: i64,
    buyer: i64,
    stranger: i64,
    kam: i64,
}

/// Inserts a row outside the journal (fixtures the plan core owns).
fn sql(db: &Db, sql: &str, values: &[&dyn rusqlite::ToSql]) -> i64 {
    db.read(|conn| {
        conn.execute(sql, values)?;
        Ok(conn.last_insert_rowid())
    })
    .unwrap()
}

fn setup() -> Setup {
    let db = Db::open_in_memory().unwrap();
    let account = |name: &str| db.create_account(NewAccount::named(name)).unwrap().id;
    let (account, other) = (account("Harbor Foods"), account("Other Co"));
    let person = |account, side, name: &str| {
        db.create_person(NewPerson::new(account, side, name, Level::Manager))
            .unwrap()
            .id
    };
    let cfo = person(Some(account), Side::Customer, "Vance");
    let buyer = person(Some(account), Side::Customer, "Sun");
    let stranger = person(Some(other), Side::Customer, "Stranger");
    let kam = person(None, Side::Ours, "Elena");
    let plan_sql = "INSERT INTO plan (account_id, year, created_on) VALUES (?1, ?2, '2026-01-05')";
    let plan = sql(&db, plan_sql, &[&account, &2026]);
    let other_plan = sql(&db, plan_sql, &[&other, &2026]);
    let target_sql = "INSERT INTO plan_target (plan_id, kind, title, person_id, owner_id)
                      VALUES (?1, 'attitude', 'Win the CFO over', ?2, ?3)";
    let target = sql(&db, target_sql, &[&plan, &cfo, &kam]);
    let other_target = sql(&db, target_sql, &[&other_plan, &stranger, &kam]);
    Setup {
        db,
        account,
        plan,
        other_plan,
        target,
        other_target,
        cfo,
        buyer,
        stranger,
        kam,
    }
}

fn action(s: &Setup, title: &str, due_on: &str) -> PlanActionInput {
    PlanActionInput {
        title: title.into(),
        owner_id: s.kam,
        people: vec![s.cfo],
        due_on: due_on.into(),
        target_id: Some(s.target),
        status: ActionStatus::Open,
        done_on: None,
        notes: String::new(),
    }
}

fn contact(s: &Setup, on: &str) -> NewInteraction {
    NewInteraction {
        account_id: s.account,
        kind: InteractionKind::Meal,
        occurred_on: on.into(),
        place: "Harbour restaurant".into(),
        notes: "Talked through the budget cycle".into(),
        participants: vec![s.kam, s.cfo],
    }
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn actions_are_created_listed_updated_and_deleted() {
    let s = setup();
    let db = &s.db;
    let lunch = db
        .create_plan_action(s.plan, action(&s, " Lunch with the CFO ", "2026-05-15"))
        .unwrap();
    assert_eq!(
        (lunch.title.as_str(), lunch.owner.as_deref(), lunch.target_id),
        ("Lunch with the CFO", Some("Elena"), Some(s.target))
    );
    assert_eq!(
        lunch.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["Vance"]
    );
    let visit = PlanActionInput {
        people: vec![s.buyer, s.cfo],
        target_id: None,
        ..action(&s, "Plant visit", "2026-03-01")
    };
    db.create_plan_action(s.plan, visit).unwrap();
    let titles: Vec<String> = db
        .list_plan_actions(s.plan)
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect();
    assert_eq!(titles, ["Plant visit", "Lunch with the CFO"], "by due date");
    assert!(
        db.list_plan_actions(s.plan).unwrap().iter().all(|a| a.overdue),
        "open, due before today"
    );

    let done = PlanActionInput {
        people: vec![s.buyer],
        status: ActionStatus::Done,
        done_on: Some("2026-05-16".into()),
        ..action(&s, "Lunch with the CFO", "2026-05-15")
    };
    let edited = db.update_plan_action(lunch.id, done).unwrap();
    assert_eq!(
        (edited.status, edited.done_on.as_deref()),
        (ActionStatus::Done, Some("2026-05-16"))
    );
    assert!(!edited.overdue, "done is never overdue");
    assert_eq!(edited.people.iter().map(|p| p.person_id).collect::<Vec<_>>(), [s.buyer]);
    db.delete_plan_action(lunch.id).unwrap();
    assert_eq!(db.get_plan_action(lunch.id).unwrap_err().kind(), ErrorKind::NotFound);
    db.undo().unwrap();
    assert_eq!(db.get_plan_action(lunch.id).unwrap().people.len(), 1, "with its people");
    assert_eq!(db.list_plan_actions(999).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn refused_actions_name_the_field_and_change_nothing() {
    let s = setup();
    let db = &s.db;
    let before = db.journal(100).unwrap().len();
    let refusal = |input: PlanActionInput| {
        let e = db.create_plan_action(s.plan, input).unwrap_err();
        (e.field().map(str::to_owned), e.to_problem())
    };
    let base = action(&s, "Lunch with the CFO", "2026-05-15");
    assert_eq!(
        refusal(PlanActionInput {
            title: " ".into(),
            ..base.clone()
        })
        .0
        .as_deref(),
        Some("title")
    );
    assert_eq!(
        refusal(action(&s, "Lunch", "2027-01-10")),
        (
            Some("due_on".into()),
            Problem::NotInYear {
                year: 2026,
                value: "2027-01-10".into()
            }
        )
    );
    assert_eq!(
        refusal(PlanActionInput {
            owner_id: s.cfo,
            ..base.clone()
        }),
        (Some("owner_id".into()), Problem::NotOurStaff)
    );
    assert_eq!(
        refusal(PlanActionInput {
            people: vec![s.stranger],
            ..base.clone()
        }),
        (Some("people".into()), Problem::BelongsToOtherAccount)
    );
    assert_eq!(
        refusal(PlanActionInput {
            people: vec![s.kam],
            ..base.clone()
        }),
        (Some("people".into()), Problem::NotCustomerSide)
    );
    assert_eq!(
        refusal(PlanActionInput {
            people: vec![s.cfo, s.cfo],
            ..base.clone()
        }),
        (Some("people".into()), Problem::ListedTwice)
    );
    assert_eq!(
        refusal(PlanActionInput {
            target_id: Some(s.other_target),
            ..base.clone()
        }),
        (Some("target_id".into()), Problem::BelongsToOtherPlan)
    );
    assert_eq!(
        refusal(PlanActionInput {
            status: ActionStatus::Done,
            ..base.clone()
        }),
        (Some("done_on".into()), Problem::Missing)
    );
    assert_eq!(
        refusal(PlanActionInput {
            done_on: Some("2026-05-01".into()),
            ..base.clone()
        }),
        (Some("done_on".into()), Problem::NotApplicable)
    );
    assert_eq!(
        db.create_plan_action(s.other_plan, base.clone()).unwrap_err().field(),
        Some("people"),
        "the people of another plan's account"
    );
    assert_eq!(db.journal(100).unwrap().len(), before, "nothing was written");
    assert!(db.list_plan_actions(s.plan).unwrap().is_empty());
}

#[test]
fn a_closed_plans_actions_are_fixed() {
    let s = setup();
    let db = &s.db;
    let lunch = db
        .create_plan_action(s.plan, action(&s, "Lunch with the CFO", "2026-05-15"))
        .unwrap();
    sql(
        db,
        "UPDATE plan SET status = 'closed', activated_on = '2026-01-10', assessment = '{}', closed_on = '2026-11-30'
         WHERE id = ?1",
        &[&s.plan],
    );
    let before = db.journal(100).unwrap().len();
    let closed = Problem::PlanIs {
        status: PlanStatus::Closed,
    };
    let refusal = |e: Error| (e.field().map(str::to_owned), e.to_problem());
    let status = Some("status".to_owned());
    let added = db.create_plan_action(s.plan, action(&s, "Visit", "2026-06-01"));
    assert_eq!(refusal(added.unwrap_err()), (status.clone(), closed.clone()));
    let edited = db.update_plan_action(lunch.id, action(&s, "Dinner", "2026-05-15"));
    assert_eq!(refusal(edited.unwrap_err()), (status.clone(), closed.clone()));
    let logged = db.log_contact_for_action(lunch.id, contact(&s, "2026-05-10"));
    assert_eq!(refusal(logged.unwrap_err()), (status.clone(), closed.clone()));
    assert_eq!(refusal(db.delete_plan_action(lunch.id).unwrap_err()), (status, closed));
    assert_eq!(db.journal(100).unwrap().len(), before);
    assert!(db.list_interactions(s.account).unwrap().is_empty());
}

#[test]
fn logging_a_contact_does_the_action_and_one_undo_reopens_it() {
    let s = setup();
    let db = &s.db;
    let lunch = db
        .create_plan_action(s.plan, action(&s, "Lunch with the CFO", "2026-05-15"))
        .unwrap();
    let contacts = |db: &Db| db.list_interactions(s.account).unwrap().len();

    let done = db.log_contact_for_action(lunch.id, contact(&s, "2026-05-10")).unwrap();
    assert_eq!(
        (done.status, done.done_on.as_deref()),
        (ActionStatus::Done, Some("2026-05-10"))
    );
    let logged = db.get_interaction(done.interaction_id.unwrap()).unwrap();
    assert_eq!((logged.kind, logged.participants.len()), (InteractionKind::Meal, 2));
    assert_eq!(
        db.undo_state().unwrap().undo,
        Some(ActionLabel::LogContactForAction {
            kind: InteractionKind::Meal
        })
    );

    db.undo().unwrap();
    let reopened = db.get_plan_action(lunch.id).unwrap();
    assert_eq!(
        (reopened.status, reopened.done_on, reopened.interaction_id),
        (ActionStatus::Open, None, None)
    );
    assert_eq!(contacts(db), 0, "the contact went with the same undo");
    db.redo().unwrap();
    assert_eq!(db.get_plan_action(lunch.id).unwrap().status, ActionStatus::Done);
    assert_eq!(contacts(db), 1);

    let again = db
        .log_contact_for_action(lunch.id, contact(&s, "2026-05-11"))
        .unwrap_err();
    assert_eq!(
        (again.field(), again.to_problem()),
        (Some("action_id"), Problem::NotOpen)
    );
    assert_eq!(contacts(db), 1, "a refused log writes no contact");

    // Deleting the contact keeps the action done, unlinked.
    db.delete_interaction(logged.id).unwrap();
    let kept = db.get_plan_action(lunch.id).unwrap();
    assert_eq!((kept.status, kept.interaction_id), (ActionStatus::Done, None));
}

#[test]
fn a_refused_contact_leaves_the_action_open() {
    let s = setup();
    let db = &s.db;
    let lunch = db
        .create_plan_action(s.plan, action(&s, "Lunch with the CFO", "2026-05-15"))
        .unwrap();
    let before = db.journal(100).unwrap().len();
    let nobody = NewInteraction {
        participants: Vec::new(),
        ..contact(&s, "2026-05-10")
    };
    assert_eq!(
        db.log_contact_for_action(lunch.id, nobody).unwrap_err().field(),
        Some("participants")
    );
    let elsewhere = NewInteraction {
        account_id: s.other_plan_account(),
        participants: vec![s.kam],
        ..contact(&s, "2026-05-10")
    };
    assert_eq!(
        db.log_contact_for_action(lunch.id, elsewhere).unwrap_err().field(),
        Some("account_id")
    );
    assert_eq!(
        db.log_contact_for_action(lunch.id, contact(&s, "2999-01-01"))
            .unwrap_err()
            .field(),
        Some("occurred_on")
    );
    assert_eq!(db.journal(100).unwrap().len(), before);
    assert_eq!(db.get_plan_action(lunch.id).unwrap().status, ActionStatus::Open);
    assert!(db.list_interactions(s.account).unwrap().is_empty());
}

impl Setup {
    fn other_plan_account(&self) -> i64 {
        self.db.read(|conn| Ok(plan_scope(conn, self.other_plan)?.0)).unwrap()
    }
}

#[test]
fn job_change_impact_lists_the_open_actions_of_the_person() {
    let s = setup();
    let db = &s.db;
    let lunch = db
        .create_plan_action(s.plan, action(&s, "Lunch with the CFO", "2026-05-15"))
        .unwrap();
    let dropped = PlanActionInput {
        status: ActionStatus::Dropped,
        ..action(&s, "Golf day", "2026-06-01")
    };
    db.create_plan_action(s.plan, dropped).unwrap();
    let ids = |person| -> Vec<i64> {
        db.job_change_impact(person)
            .unwrap()
            .plan_actions
            .iter()
            .map(|a| a.id)
            .collect()
    };
    assert_eq!(ids(s.cfo), [lunch.id], "the customer person it concerns");
    assert_eq!(ids(s.kam), [lunch.id], "our owner");
    assert!(ids(s.buyer).is_empty());
    let targets = |person| -> Vec<i64> {
        db.job_change_impact(person)
            .unwrap()
            .plan_targets
            .iter()
            .map(|t| t.id)
            .collect()
    };
    assert_eq!(targets(s.cfo), [s.target], "the target about them");
    assert_eq!(
        targets(s.kam),
        [s.target, s.other_target],
        "the targets they own, in any plan"
    );
    assert!(targets(s.buyer).is_empty());
}

#[test]
fn the_agenda_lists_the_overdue_action_and_the_old_critical_issue() {
    let s = setup();
    let db = &s.db;
    let late = db
        .create_plan_action(s.plan, action(&s, "Lunch with the CFO", "2026-03-01"))
        .unwrap();
    db.create_plan_action(s.plan, action(&s, "Budget talk", "2026-09-01"))
        .unwrap();
    let critical = IssueInput {
        title: "Line stop at Eastbank".into(),
        raised_by_id: Some(s.buyer),
        raised_on: "2026-04-01".into(),
        severity: IssueSeverity::Critical,
        cause_side: CauseSide::Ours,
        cause: String::new(),
        owner_id: Some(s.kam),
        status: IssueStatus::InProgress,
        closed_on: None,
        confirmed_by_customer: false,
    };
    let issue = db.create_customer_issue(s.account, critical.clone()).unwrap();
    let fresh_minor = IssueInput {
        title: "Invoice format".into(),
        raised_on: "2026-05-25".into(),
        severity: IssueSeverity::Low,
        ..critical
    };
    db.create_customer_issue(s.account, fresh_minor).unwrap();

    let agenda = db.agenda_on(Some(s.account), 14, date("2026-06-01")).unwrap();
    let overdue: Vec<(ReminderKind, &str, Option<i64>)> = agenda
        .overdue
        .iter()
        .filter(|r| matches!(r.kind, ReminderKind::PlanAction | ReminderKind::CustomerIssue))
        .map(|r| (r.kind, r.label.as_str(), r.days))
        .collect();
    assert_eq!(
        overdue,
        [
            (ReminderKind::PlanAction, "Lunch with the CFO", Some(-92)),
            (ReminderKind::CustomerIssue, "Line stop at Eastbank", Some(-31)),
        ]
    );
    let action_reminder = agenda.overdue.iter().find(|r| r.action_id == Some(late.id)).unwrap();
    assert_eq!(
        (action_reminder.person_id, action_reminder.plan_id),
        (Some(s.cfo), Some(s.plan))
    );
    let issue_reminder = agenda.overdue.iter().find(|r| r.issue_id == Some(issue.id)).unwrap();
    assert_eq!(issue_reminder.severity, Some(IssueSeverity::Critical));
    let all = [&agenda.overdue, &agenda.today, &agenda.upcoming];
    assert!(
        all.iter()
            .flat_map(|l| l.iter())
            .all(|r| r.label != "Budget talk" && r.label != "Invoice format"),
        "an action beyond the horizon and a fresh minor issue wait"
    );

    // A critical issue is due from the day it is raised.
    let today = db.agenda_on(Some(s.account), 14, date("2026-04-01")).unwrap();
    assert!(today.today.iter().any(|r| r.issue_id == Some(issue.id)));
}

#[test]
fn deleting_people_takes_them_off_actions_and_keeps_the_actions() {
    let s = setup();
    let db = &s.db;
    let lunch = db
        .create_plan_action(s.plan, action(&s, "Lunch with the CFO", "2026-05-15"))
        .unwrap();
    db.delete_selection(&[s.cfo, s.kam], &[]).unwrap();
    let kept = db.get_plan_action(lunch.id).unwrap();
    assert_eq!(
        (kept.owner_id, kept.people.len(), kept.target_id),
        (None, 0, None),
        "the owner cleared, the person off it, the target about them gone"
    );
    db.undo().unwrap();
    let back = db.get_plan_action(lunch.id).unwrap();
    assert_eq!(
        (back.owner_id, back.people.len(), back.target_id),
        (Some(s.kam), 1, Some(s.target))
    );
}

#[test]
fn next_years_plan_carries_the_open_actions_onto_the_carried_targets() {
    let s = setup();
    let visit = PlanActionInput {
        people: vec![s.cfo, s.buyer],
        target_id: Some(s.target),
        ..action(&s, "Plant visit with the CFO", "2026-04-15")
    };
    s.db.create_plan_action(s.plan, visit).unwrap();
    let done = PlanActionInput {
        status: ActionStatus::Done,
        done_on: Some("2026-02-01".into()),
        ..action(&s, "Budget call", "2026-02-01")
    };
    s.db.create_plan_action(s.plan, done).unwrap();

    let next = s.db.create_plan(s.account, 2027).unwrap();
    let targets = s.db.list_plan_targets(next.id).unwrap();
    assert_eq!(targets.len(), 1, "the open target comes along");
    let carried = s.db.list_plan_actions(next.id).unwrap();
    assert_eq!(carried.len(), 1, "only the open action comes along");
    let visit = &carried[0];
    assert_eq!(
        (
            visit.title.as_str(),
            visit.due_on.as_str(),
            visit.status,
            visit.target_id,
            visit.owner_id
        ),
        (
            "Plant visit with the CFO",
            "2027-04-15",
            ActionStatus::Open,
            Some(targets[0].id),
            Some(s.kam)
        )
    );
    let mut people: Vec<i64> = visit.people.iter().map(|p| p.person_id).collect();
    people.sort_unstable();
    assert_eq!(people, [s.cfo.min(s.buyer), s.cfo.max(s.buyer)]);

    s.db.undo().unwrap();
    assert!(
        s.db.list_plans(s.account).unwrap().iter().all(|p| p.year != 2027),
        "one undo removes the new plan and all it carried"
    );
    assert_eq!(
        s.db.list_plan_actions(s.plan).unwrap().len(),
        2,
        "last year's actions stay as they were"
    );
}
