//! Unit tests of [`super`]: customer issues, the closing rule and who may own one.

use super::*;
use crate::account::NewAccount;
use crate::person::{NewPerson, StatusChange};
use crate::vocabulary::{Level, PersonStatus, Side};
use crate::ErrorKind;

struct Setup {
    db: Db,
    account: i64,
    buyer: i64,
    stranger: i64,
    staff: i64,
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
    let buyer = person(Some(account), Side::Customer, "Sun");
    let stranger = person(Some(other), Side::Customer, "Stranger");
    let staff = person(None, Side::Ours, "Elena");
    Setup {
        db,
        account,
        buyer,
        stranger,
        staff,
    }
}

fn issue(title: &str, raised_on: &str, severity: IssueSeverity) -> IssueInput {
    IssueInput {
        title: title.into(),
        raised_by_id: None,
        raised_on: raised_on.into(),
        severity,
        cause_side: CauseSide::Unknown,
        cause: String::new(),
        owner_id: None,
        status: IssueStatus::Open,
        closed_on: None,
        confirmed_by_customer: false,
    }
}

fn closed(input: IssueInput, on: &str, confirmed: bool) -> IssueInput {
    IssueInput {
        status: IssueStatus::Closed,
        closed_on: Some(on.into()),
        confirmed_by_customer: confirmed,
        ..input
    }
}

#[test]
fn an_issue_is_raised_owned_and_closed_with_the_customer() {
    let s = setup();
    let db = &s.db;
    let raised = IssueInput {
        raised_by_id: Some(s.buyer),
        owner_id: Some(s.staff),
        cause_side: CauseSide::Ours,
        cause: " Late delivery of cartons ".into(),
        ..issue(" Carton shortage ", "2026-03-01", IssueSeverity::High)
    };
    let made = db.create_customer_issue(s.account, raised.clone()).unwrap();
    assert_eq!(
        (
            made.title.as_str(),
            made.cause.as_str(),
            made.raised_by.as_deref(),
            made.owner.as_deref()
        ),
        (
            "Carton shortage",
            "Late delivery of cartons",
            Some("Sun"),
            Some("Elena")
        )
    );
    db.create_customer_issue(s.account, issue("Invoice format", "2026-04-01", IssueSeverity::Low))
        .unwrap();
    db.create_customer_issue(s.account, issue("Line stop", "2026-02-01", IssueSeverity::Critical))
        .unwrap();
    let titles = |open_only| -> Vec<String> {
        db.list_customer_issues(s.account, open_only)
            .unwrap()
            .into_iter()
            .map(|i| i.title)
            .collect()
    };
    assert_eq!(
        titles(false),
        ["Line stop", "Carton shortage", "Invoice format"],
        "critical first"
    );
    db.read(|conn| {
        assert_eq!(open_issue_count(conn, s.account)?, 3);
        Ok(())
    })
    .unwrap();

    let done = db
        .update_customer_issue(made.id, closed(raised.clone(), "2026-03-20", true))
        .unwrap();
    assert_eq!(
        (done.status, done.closed_on.as_deref(), done.confirmed_by_customer),
        (IssueStatus::Closed, Some("2026-03-20"), true)
    );
    assert_eq!(
        db.undo_state().unwrap().undo.map(|l| l.to_string()).as_deref(),
        Some("Close customer issue")
    );
    assert_eq!(titles(true), ["Line stop", "Invoice format"]);
    assert_eq!(
        titles(false).last().map(String::as_str),
        Some("Carton shortage"),
        "closed ones last"
    );
    db.read(|conn| {
        assert_eq!(open_issue_count(conn, s.account)?, 2);
        Ok(())
    })
    .unwrap();

    db.undo().unwrap();
    assert_eq!(db.get_customer_issue(made.id).unwrap().status, IssueStatus::Open);
    db.delete_customer_issue(made.id).unwrap();
    assert_eq!(db.get_customer_issue(made.id).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn the_closing_rule_and_refusals_name_the_field_and_change_nothing() {
    let s = setup();
    let db = &s.db;
    let base = issue("Carton shortage", "2026-03-01", IssueSeverity::High);
    let made = db.create_customer_issue(s.account, base.clone()).unwrap();
    let before = db.journal(100).unwrap().len();
    let refusal = |input: IssueInput| {
        let e = db.update_customer_issue(made.id, input).unwrap_err();
        (e.field().map(str::to_owned), e.to_problem())
    };
    let no_date = IssueInput {
        status: IssueStatus::Closed,
        ..base.clone()
    };
    assert_eq!(refusal(no_date), (Some("closed_on".into()), Problem::Missing));
    assert_eq!(
        refusal(closed(base.clone(), "2026-02-28", false)),
        (
            Some("closed_on".into()),
            Problem::EndsBeforeStart {
                start: "2026-03-01".into(),
                end: "2026-02-28".into()
            }
        )
    );
    assert_eq!(
        refusal(closed(base.clone(), "2999-01-01", false)).0.as_deref(),
        Some("closed_on")
    );
    let date_while_open = IssueInput {
        closed_on: Some("2026-03-05".into()),
        ..base.clone()
    };
    assert_eq!(
        refusal(date_while_open),
        (Some("closed_on".into()), Problem::NotApplicable)
    );
    let confirmed_while_open = IssueInput {
        confirmed_by_customer: true,
        ..base.clone()
    };
    assert_eq!(
        refusal(confirmed_while_open).0.as_deref(),
        Some("confirmed_by_customer")
    );
    let owned_by_customer = IssueInput {
        owner_id: Some(s.buyer),
        ..base.clone()
    };
    assert_eq!(
        refusal(owned_by_customer),
        (Some("owner_id".into()), Problem::NotOurStaff)
    );
    let raised_by_stranger = IssueInput {
        raised_by_id: Some(s.stranger),
        ..base.clone()
    };
    assert_eq!(
        refusal(raised_by_stranger),
        (Some("raised_by_id".into()), Problem::BelongsToOtherAccount)
    );
    assert_eq!(
        refusal(IssueInput {
            title: " ".into(),
            ..base.clone()
        })
        .0
        .as_deref(),
        Some("title")
    );
    assert_eq!(
        refusal(issue("x", "2026-02-30", IssueSeverity::Low)).0.as_deref(),
        Some("raised_on")
    );
    assert_eq!(db.journal(100).unwrap().len(), before, "nothing was written");
    assert_eq!(db.get_customer_issue(made.id).unwrap().status, IssueStatus::Open);

    db.set_person_status(
        s.staff,
        StatusChange {
            status: PersonStatus::Left,
            on: "2026-05-01".into(),
        },
    )
    .unwrap();
    let owned_by_leaver = IssueInput {
        owner_id: Some(s.staff),
        ..base.clone()
    };
    assert_eq!(
        db.create_customer_issue(s.account, owned_by_leaver)
            .unwrap_err()
            .to_problem(),
        Problem::HasLeft
    );
    let resolved = IssueInput {
        status: IssueStatus::Resolved,
        confirmed_by_customer: true,
        ..base
    };
    assert!(
        db.update_customer_issue(made.id, resolved)
            .unwrap()
            .confirmed_by_customer
    );
}

#[test]
fn deleting_the_owner_keeps_the_issue_ownerless() {
    let s = setup();
    let db = &s.db;
    let input = IssueInput {
        owner_id: Some(s.staff),
        raised_by_id: Some(s.buyer),
        ..issue("Carton shortage", "2026-03-01", IssueSeverity::High)
    };
    let made = db.create_customer_issue(s.account, input).unwrap();
    db.delete_selection(&[s.staff, s.buyer], &[]).unwrap();
    let kept = db.get_customer_issue(made.id).unwrap();
    assert_eq!((kept.owner_id, kept.raised_by_id), (None, None));
    db.undo().unwrap();
    assert_eq!(db.get_customer_issue(made.id).unwrap().owner_id, Some(s.staff));
}
