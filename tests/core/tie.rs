use symbio::tie::{NewTie, TiePatch};
use symbio::vocabulary::{CoverageRole, Level, PersonalTie, Side, TieKind};
use symbio::ErrorKind;

use crate::support::{fixture, person};

fn tie(from: i64, to: i64, kind: TieKind) -> NewTie {
    NewTie {
        from_person_id: from,
        to_person_id: to,
        kind,
        personal_kind: None,
        coverage_role: None,
        hidden: false,
        strength: None,
        note: String::new(),
    }
}

fn coverage(from: i64, to: i64, role: CoverageRole) -> NewTie {
    NewTie {
        coverage_role: Some(role),
        ..tie(from, to, TieKind::Coverage)
    }
}

#[test]
fn a_reporting_cycle_is_rejected() {
    let f = fixture();
    let (a, b, c) = (
        f.contact("A", Level::Executive),
        f.contact("B", Level::Manager),
        f.contact("C", Level::Staff),
    );
    f.db.create_tie(tie(b, a, TieKind::ReportsTo)).unwrap();
    f.db.create_tie(tie(c, b, TieKind::ReportsTo)).unwrap();
    let error = f.db.create_tie(tie(a, c, TieKind::ReportsTo)).unwrap_err();
    assert_eq!(
        (error.kind(), error.field()),
        (ErrorKind::Invalid, Some("to_person_id"))
    );
    assert!(error.to_string().contains("cycle"), "{error}");
    assert_eq!(f.db.get_account_map(f.account).unwrap().ties.len(), 2);
}

#[test]
fn a_second_formal_manager_is_rejected_but_a_dotted_line_is_fine() {
    let f = fixture();
    let (a, b, c) = (
        f.contact("A", Level::Executive),
        f.contact("B", Level::Executive),
        f.contact("C", Level::Staff),
    );
    f.db.create_tie(tie(c, a, TieKind::ReportsTo)).unwrap();
    let error = f.db.create_tie(tie(c, b, TieKind::ReportsTo)).unwrap_err();
    assert_eq!(error.field(), Some("kind"));
    f.db.create_tie(tie(c, b, TieKind::DottedLine)).unwrap();
}

#[test]
fn ties_between_accounts_are_rejected_where_they_make_no_sense() {
    let f = fixture();
    let other =
        f.db.create_account(symbio::account::NewAccount::named("Other Co"))
            .unwrap()
            .id;
    let here = f.contact("Here", Level::Manager);
    let there =
        f.db.create_person(person(Some(other), Side::Customer, "There", Level::Manager))
            .unwrap()
            .id;
    for kind in [TieKind::ReportsTo, TieKind::DottedLine, TieKind::Influences] {
        let error = f.db.create_tie(tie(here, there, kind)).unwrap_err();
        assert_eq!(error.field(), Some("to_person_id"), "{kind}: {error}");
    }
    // Personal acquaintance across accounts is what introduction paths run on.
    f.db.create_tie(NewTie {
        personal_kind: Some(PersonalTie::Alumni),
        ..tie(here, there, TieKind::Personal)
    })
    .unwrap();
}

#[test]
fn coverage_roles_are_held_once_and_only_by_our_staff() {
    let f = fixture();
    let contact = f.contact("Zhao", Level::Executive);
    let (elena, robert) = (f.staff("Elena", Level::Manager), f.staff("Robert", Level::Executive));
    f.db.create_tie(coverage(elena, contact, CoverageRole::A)).unwrap();
    let duplicate = f.db.create_tie(coverage(robert, contact, CoverageRole::A)).unwrap_err();
    assert_eq!(duplicate.field(), Some("coverage_role"));
    assert!(duplicate.to_string().contains("Elena"), "{duplicate}");
    let twice = f.db.create_tie(coverage(elena, contact, CoverageRole::B)).unwrap_err();
    assert_eq!(twice.field(), Some("coverage_role"));
    let reversed = f.db.create_tie(coverage(contact, elena, CoverageRole::B)).unwrap_err();
    assert_eq!(reversed.field(), Some("from_person_id"));
    f.db.create_tie(coverage(robert, contact, CoverageRole::B)).unwrap();
}

#[test]
fn tie_fields_are_checked() {
    let f = fixture();
    let (a, b) = (f.contact("A", Level::Manager), f.contact("B", Level::Manager));
    let strength =
        f.db.create_tie(NewTie {
            strength: Some(9),
            ..tie(a, b, TieKind::Influences)
        })
        .unwrap_err();
    assert_eq!(strength.field(), Some("strength"));
    let hidden =
        f.db.create_tie(NewTie {
            hidden: true,
            ..tie(a, b, TieKind::ReportsTo)
        })
        .unwrap_err();
    assert_eq!(hidden.field(), Some("hidden"));
    let personal = f.db.create_tie(tie(a, b, TieKind::Personal)).unwrap_err();
    assert_eq!(personal.field(), Some("personal_kind"));
    let selfie = f.db.create_tie(tie(a, a, TieKind::Influences)).unwrap_err();
    assert_eq!(selfie.field(), Some("to_person_id"));
    let unknown = f.db.create_tie(tie(a, 777, TieKind::Influences)).unwrap_err();
    assert_eq!(unknown.kind(), ErrorKind::NotFound);
    let id = f.db.create_tie(tie(a, b, TieKind::Influences)).unwrap().id;
    let edited =
        f.db.update_tie(
            id,
            TiePatch {
                strength: Some(5),
                hidden: Some(true),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!((edited.strength, edited.hidden), (5, true));
    assert_eq!(
        f.db.update_tie(
            id,
            TiePatch {
                strength: Some(0),
                ..Default::default()
            }
        )
        .unwrap_err()
        .field(),
        Some("strength")
    );
}
