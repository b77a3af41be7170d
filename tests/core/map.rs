use symbio::tie::NewTie;
use symbio::vocabulary::{CoverageRole, Level, Side, TieKind};

use crate::support::{fixture, person};

#[test]
fn the_map_holds_the_accounts_people_and_the_staff_who_cover_them() {
    let f = fixture();
    let contact = f.contact("Zhao", Level::Executive);
    let kam = f.staff("Elena", Level::Manager);
    f.staff("Unrelated colleague", Level::Staff);
    let other =
        f.db.create_account(symbio::account::NewAccount::named("Other"))
            .unwrap()
            .id;
    f.db.create_person(person(Some(other), Side::Customer, "Elsewhere", Level::Staff))
        .unwrap();
    f.db.create_tie(NewTie {
        from_person_id: kam,
        to_person_id: contact,
        kind: TieKind::Coverage,
        personal_kind: None,
        coverage_role: Some(CoverageRole::A),
        hidden: false,
        strength: None,
        note: String::new(),
    })
    .unwrap();
    let map = f.db.get_account_map(f.account).unwrap();
    let mut names: Vec<&str> = map.people.iter().map(|p| p.name.as_str()).collect();
    names.sort();
    assert_eq!(names, vec!["Elena", "Zhao"]);
    assert_eq!(map.ties.len(), 1);
}

#[test]
fn the_map_screen_shows_the_account_asked_for_while_it_exists_else_the_first_active_one() {
    use symbio::account::NewAccount;
    let db = symbio::Db::open_in_memory().unwrap();
    assert_eq!(db.map_screen(None).unwrap().map, None, "no account, no map");
    let archived = db.create_account(NewAccount::named("Archived first")).unwrap().id;
    let active = db.create_account(NewAccount::named("Beta")).unwrap().id;
    db.archive_account(archived).unwrap();

    let first = db.map_screen(None).unwrap();
    assert_eq!(first.accounts, db.list_accounts().unwrap());
    assert_eq!(
        first.map.map(|m| m.account.id),
        Some(active),
        "the first active account"
    );
    let asked = db.map_screen(Some(archived)).unwrap().map.unwrap();
    assert_eq!(asked, db.get_account_map(archived).unwrap());
    assert_eq!(
        db.map_screen(Some(999)).unwrap().map.map(|m| m.account.id),
        Some(active),
        "a missing account gives way"
    );
}

#[test]
fn the_coverage_view_is_the_coverage_report_parity_and_account_balance_read_at_once() {
    let db = symbio::Db::open_in_memory().unwrap();
    db.ensure_sample().unwrap();
    let account = db.list_accounts().unwrap()[0].id;
    let view = db.coverage_view(account).unwrap();
    assert_eq!(view.report, db.coverage_report(account).unwrap());
    assert_eq!(view.parity, db.level_parity(account).unwrap());
    assert_eq!(view.balance, db.support_balance(account, None).unwrap());
    assert!(matches!(db.coverage_view(999), Err(symbio::Error::NotFound { .. })));
}
