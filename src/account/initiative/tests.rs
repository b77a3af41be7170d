//! Unit tests of [`super`]: symbiosis initiatives, their amounts and dates.

use super::*;
use crate::account::NewAccount;
use crate::ErrorKind;

fn initiative(title: &str, kind: InitiativeKind) -> InitiativeInput {
    InitiativeInput {
        title: title.into(),
        kind,
        our_investment: None,
        their_investment: None,
        expected_return: None,
        actual_return: None,
        status: InitiativeStatus::Idea,
        started_on: None,
        ended_on: None,
        notes: String::new(),
    }
}

#[test]
fn initiatives_are_created_listed_updated_and_deleted() {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    let rnd = InitiativeInput {
        our_investment: Some(400_000.0),
        their_investment: Some(250_000.0),
        expected_return: Some(2_000_000.0),
        status: InitiativeStatus::Running,
        started_on: Some("2026-02-01".into()),
        ..initiative(" Joint shelf-life study ", InitiativeKind::JointRnd)
    };
    let made = db.create_initiative(account, rnd.clone()).unwrap();
    assert_eq!(
        (made.title.as_str(), made.our_investment, made.their_investment),
        ("Joint shelf-life study", Some(400_000.0), Some(250_000.0))
    );
    db.create_initiative(account, initiative("Export channel", InitiativeKind::OpenMarkets))
        .unwrap();
    let stopped = InitiativeInput {
        status: InitiativeStatus::Stopped,
        ..initiative("Financing pilot", InitiativeKind::RaisePurchasingPower)
    };
    db.create_initiative(account, stopped).unwrap();
    let titles: Vec<String> = db
        .list_initiatives(account)
        .unwrap()
        .into_iter()
        .map(|i| i.title)
        .collect();
    assert_eq!(titles, ["Joint shelf-life study", "Export channel", "Financing pilot"]);

    let done = InitiativeInput {
        status: InitiativeStatus::Done,
        ended_on: Some("2026-10-31".into()),
        actual_return: Some(1_500_000.0),
        ..rnd
    };
    let edited = db.update_initiative(made.id, done).unwrap();
    assert_eq!(
        (edited.status, edited.actual_return, edited.ended_on.as_deref()),
        (InitiativeStatus::Done, Some(1_500_000.0), Some("2026-10-31"))
    );
    db.delete_initiative(made.id).unwrap();
    assert_eq!(db.get_initiative(made.id).unwrap_err().kind(), ErrorKind::NotFound);
    db.undo().unwrap();
    assert_eq!(db.get_initiative(made.id).unwrap().status, InitiativeStatus::Done);
}

#[test]
fn refused_initiatives_name_the_field_and_change_nothing() {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    let before = db.journal(100).unwrap().len();
    let base = initiative("Export channel", InitiativeKind::OpenMarkets);
    let refusal = |input: InitiativeInput| {
        let e = db.create_initiative(account, input).unwrap_err();
        (e.field().map(str::to_owned), e.to_problem())
    };
    assert_eq!(
        refusal(InitiativeInput {
            our_investment: Some(-1.0),
            ..base.clone()
        }),
        (Some("our_investment".into()), Problem::Negative { got: -1.0 })
    );
    assert_eq!(
        refusal(InitiativeInput {
            their_investment: Some(f64::NAN),
            ..base.clone()
        }),
        (Some("their_investment".into()), Problem::NotFinite)
    );
    assert_eq!(
        refusal(InitiativeInput {
            actual_return: Some(f64::INFINITY),
            ..base.clone()
        })
        .0
        .as_deref(),
        Some("actual_return")
    );
    assert_eq!(
        refusal(InitiativeInput {
            started_on: Some("2026-05-01".into()),
            ended_on: Some("2026-04-30".into()),
            ..base.clone()
        })
        .0
        .as_deref(),
        Some("ended_on")
    );
    assert_eq!(
        refusal(InitiativeInput {
            started_on: Some("May".into()),
            ..base.clone()
        })
        .0
        .as_deref(),
        Some("started_on")
    );
    assert_eq!(
        refusal(InitiativeInput {
            title: String::new(),
            ..base
        })
        .0
        .as_deref(),
        Some("title")
    );
    assert_eq!(db.journal(100).unwrap().len(), before, "nothing was written");
    assert!(db.list_initiatives(account).unwrap().is_empty());
}
