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
