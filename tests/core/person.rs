use symbio::assessment::{NewAssessment, NewDecisionRole, Scale};
use symbio::org_unit::NewOrgUnit;
use symbio::person::{PersonPatch, StatusChange};
use symbio::tie::NewTie;
use symbio::vocabulary::{CoverageRole, DecisionRole, Level, PersonStatus, Side, TieKind};
use symbio::ErrorKind;

use crate::support::{fixture, person};

#[test]
fn people_are_created_edited_moved_and_marked_as_left() {
    let f = fixture();
    let unit =
        f.db.create_org_unit(NewOrgUnit {
            account_id: f.account,
            parent_id: None,
            name: "Procurement".into(),
        })
        .unwrap();
    let id = f.contact("Qian Hao", Level::Manager);
    f.db.update_person(
        id,
        PersonPatch {
            title: Some("Head of Procurement".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let moved = f.db.move_person(id, Some(unit.id)).unwrap();
    assert_eq!(moved.org_unit_id, Some(unit.id));
    let left =
        f.db.set_person_status(
            id,
            StatusChange {
                status: PersonStatus::Left,
                on: "2026-10-01".into(),
            },
        )
        .unwrap();
    assert_eq!(
        (left.status, left.status_changed_on.as_deref()),
        (PersonStatus::Left, Some("2026-10-01"))
    );
    assert_eq!(f.db.list_people(f.account).unwrap().len(), 1);
}

#[test]
fn attitude_history_keeps_every_change_with_its_evidence() {
    let f = fixture();
    let id = f.contact("Qian Hao", Level::Manager);
    for (value, day, evidence) in [
        (0, "2026-01-10", "first meeting"),
        (2, "2026-03-02", "backed our trial"),
        (-1, "2026-02-01", "late complaint"),
    ] {
        f.db.assess(
            Scale::Attitude,
            NewAssessment {
                person_id: id,
                value,
                observed_on: Some(day.into()),
                evidence: evidence.into(),
            },
        )
        .unwrap();
    }
    let history = f.db.assessment_history(Scale::Attitude, id).unwrap();
    let values: Vec<i64> = history.iter().map(|e| e.value).collect();
    assert_eq!(values, vec![0, -1, 2], "ordered by observation date");
    let map = f.db.get_account_map(f.account).unwrap();
    assert_eq!(
        map.people[0].attitude,
        Some(2),
        "the current value is the latest observed"
    );
}

#[test]
fn out_of_range_assessments_are_rejected_and_nothing_is_written() {
    let f = fixture();
    let id = f.contact("Qian Hao", Level::Manager);
    let attitude = f.db.assess(
        Scale::Attitude,
        NewAssessment {
            person_id: id,
            value: 7,
            observed_on: None,
            evidence: String::new(),
        },
    );
    assert_eq!(attitude.unwrap_err().field(), Some("attitude"));
    let influence = f.db.assess(
        Scale::Influence,
        NewAssessment {
            person_id: id,
            value: 0,
            observed_on: None,
            evidence: String::new(),
        },
    );
    assert_eq!(influence.unwrap_err().field(), Some("influence"));
    let date = f.db.assess(
        Scale::Attitude,
        NewAssessment {
            person_id: id,
            value: 1,
            observed_on: Some("2026-13-01".into()),
            evidence: "Praised our samples".into(),
        },
    );
    assert_eq!(date.unwrap_err().field(), Some("observed_on"));
    let unknown = f.db.assess(
        Scale::Attitude,
        NewAssessment {
            person_id: 4242,
            value: 1,
            observed_on: None,
            evidence: "Praised our samples".into(),
        },
    );
    assert_eq!(unknown.unwrap_err().kind(), ErrorKind::NotFound);
    assert!(f.db.assessment_history(Scale::Attitude, id).unwrap().is_empty());
}

#[test]
fn people_must_belong_where_their_side_says() {
    let f = fixture();
    let staff_with_account =
        f.db.create_person(person(Some(f.account), Side::Ours, "Elena", Level::Manager));
    assert_eq!(staff_with_account.unwrap_err().field(), Some("account_id"));
    let contact_without_account = f.db.create_person(person(None, Side::Customer, "Qian", Level::Manager));
    assert_eq!(contact_without_account.unwrap_err().field(), Some("account_id"));
    let empty_name =
        f.db.create_person(person(Some(f.account), Side::Customer, " ", Level::Manager));
    assert_eq!(empty_name.unwrap_err().field(), Some("name"));
    assert!(f.db.list_people(f.account).unwrap().is_empty());
}

#[test]
fn deleting_a_person_removes_their_ties_roles_and_history_and_undo_brings_all_back() {
    let f = fixture();
    let boss = f.contact("Zhao", Level::Executive);
    let buyer = f.contact("Qian", Level::Manager);
    let kam = f.staff("Elena", Level::Manager);
    f.db.create_tie(NewTie::new(buyer, boss, TieKind::ReportsTo)).unwrap();
    f.db.create_tie(NewTie {
        from_person_id: kam,
        to_person_id: buyer,
        kind: TieKind::Coverage,
        personal_kind: None,
        coverage_role: Some(CoverageRole::A),
        hidden: false,
        strength: None,
        note: String::new(),
    })
    .unwrap();
    f.db.add_decision_role(NewDecisionRole {
        person_id: buyer,
        role: DecisionRole::Buyer,
        opportunity_id: None,
    })
    .unwrap();
    f.db.assess(
        Scale::Attitude,
        NewAssessment {
            person_id: buyer,
            value: 2,
            observed_on: None,
            evidence: "Asked for our offer first".into(),
        },
    )
    .unwrap();
    let before = f.db.get_account_map(f.account).unwrap();

    f.db.delete_person(buyer).unwrap();
    let after = f.db.get_account_map(f.account).unwrap();
    assert!(after.ties.is_empty());
    assert_eq!(
        after.people.len(),
        1,
        "our staff drop off the map once they cover nobody on it"
    );

    f.db.undo().unwrap();
    assert_eq!(f.db.get_account_map(f.account).unwrap(), before);
}

#[test]
fn deleting_the_only_participant_of_an_interaction_deletes_the_interaction() {
    use symbio::interaction::NewInteraction;
    let f = fixture();
    let (alone, pair_a, pair_b) = (
        f.contact("Alone", Level::Manager),
        f.contact("Pair A", Level::Manager),
        f.contact("Pair B", Level::Staff),
    );
    let interaction = |participants: Vec<i64>| NewInteraction {
        account_id: f.account,
        kind: symbio::vocabulary::InteractionKind::Meal,
        occurred_on: "2026-05-01".into(),
        place: String::new(),
        notes: String::new(),
        participants,
    };
    f.db.create_interaction(interaction(vec![alone])).unwrap();
    f.db.create_interaction(interaction(vec![pair_a, pair_b])).unwrap();
    f.db.delete_person(alone).unwrap();
    f.db.delete_person(pair_a).unwrap();
    let left = f.db.list_interactions(f.account).unwrap();
    assert_eq!(left.len(), 1, "the shared interaction stays with its other participant");
    f.db.undo().unwrap();
    f.db.undo().unwrap();
    assert_eq!(f.db.list_interactions(f.account).unwrap().len(), 2);
}

#[test]
fn a_selection_of_people_is_deleted_as_one_action_and_roles_list_with_their_ids() {
    let f = fixture();
    let (a, b) = (f.contact("A", Level::Manager), f.contact("B", Level::Staff));
    f.db.create_tie(NewTie::new(b, a, TieKind::ReportsTo)).unwrap();
    let role =
        f.db.add_decision_role(NewDecisionRole {
            person_id: a,
            role: DecisionRole::Buyer,
            opportunity_id: None,
        })
        .unwrap();
    assert_eq!(f.db.list_decision_roles(a).unwrap(), vec![role.clone()]);
    f.db.remove_decision_role(role.id).unwrap();
    assert!(f.db.list_decision_roles(a).unwrap().is_empty());
    f.db.delete_people(&[a, b]).unwrap();
    assert!(f.db.list_people(f.account).unwrap().is_empty());
    assert_eq!(
        f.db.undo_state().unwrap().undo,
        Some(symbio::journal::ActionLabel::DeletePeople { count: 2 })
    );
    f.db.undo().unwrap();
    assert_eq!(f.db.list_people(f.account).unwrap().len(), 2);
    assert_eq!(f.db.delete_people(&[a, 4242]).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(
        f.db.list_people(f.account).unwrap().len(),
        2,
        "a failed selection deletes nobody"
    );
}
