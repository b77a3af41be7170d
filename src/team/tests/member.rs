//! Unit tests of [`super`]: every membership rule, updates, removal and undo.

use crate::error::ErrorKind;
use crate::team::testkit::{details, kit, member, Kit};
use crate::team::{TeamFunction as F, TeamLocation, ValueChainArea as A};
use crate::vocabulary::Side;

fn team_rows(k: &Kit) -> Vec<String> {
    k.snapshot().into_iter().filter(|r| r.starts_with("team_")).collect()
}

#[test]
fn a_member_is_stored_with_the_persons_side_and_sorted_areas() {
    let k = kit();
    k.with_manager();
    let mut input = member(k.account, k.priya, F::Quality);
    input.details.team_role = "  Quality lead on site ".into();
    input.details.location = TeamLocation::CustomerSite;
    input.details.allocation_percent = 80.0;
    input.details.end_on = Some("2026-12-31".into());
    input.details.reports_to_manager_id = Some(k.elena);
    input.details.customer_lead_id = Some(k.feng);
    input.details.value_chain = vec![A::Quality, A::ProductDevelopment, A::Quality];
    let m = k.db.create_team_member(input).unwrap();
    assert_eq!((m.name.as_str(), m.side), ("Priya Raman", Side::Ours));
    assert_eq!(m.team_role, "Quality lead on site");
    assert_eq!(m.value_chain, vec![A::ProductDevelopment, A::Quality]);
    assert_eq!(
        (m.reports_to_manager_id, m.customer_lead_id),
        (Some(k.elena), Some(k.feng))
    );
    assert_eq!(k.db.get_team_member(m.id).unwrap(), m);

    let appointee = k.db.create_team_member(member(k.account, k.owen, F::Quality)).unwrap();
    assert_eq!(appointee.side, Side::Customer);
    let order: Vec<String> =
        k.db.list_team_members(k.account)
            .unwrap()
            .into_iter()
            .map(|m| m.name)
            .collect();
    assert_eq!(order, ["Elena Marsh", "Priya Raman", "Owen Prichard"]);
}

#[test]
fn percentages_and_dates_are_checked_and_nothing_is_written() {
    let k = kit();
    let before = k.snapshot();
    for bad in [-1.0, 100.5, f64::NAN] {
        let mut input = member(k.account, k.jiang, F::TechnicalService);
        input.details.allocation_percent = bad;
        k.rejected(&before, k.db.create_team_member(input), "allocation_percent");
    }
    let mut input = member(k.account, k.jiang, F::TechnicalService);
    input.details.end_on = Some("2025-12-31".into());
    k.rejected(&before, k.db.create_team_member(input), "end_on");
    let mut input = member(k.account, k.jiang, F::TechnicalService);
    input.details.start_on = "next week".into();
    k.rejected(&before, k.db.create_team_member(input), "start_on");
    // The bounds themselves are fine, and so is ending on the first day.
    for ok in [0.0, 100.0] {
        let mut input = member(k.account, k.jiang, F::TechnicalService);
        input.details.allocation_percent = ok;
        input.details.end_on = Some("2026-01-01".into());
        let id = k.db.create_team_member(input).unwrap().id;
        k.db.delete_team_member(id).unwrap();
    }
}

#[test]
fn members_are_our_staff_or_this_accounts_customers_once_each() {
    let k = kit();
    let before = k.snapshot();
    let outsider = member(k.account, k.adviser, F::Other);
    k.rejected(&before, k.db.create_team_member(outsider), "person_id");
    let foreign = member(k.account, k.stranger, F::Quality);
    k.rejected(&before, k.db.create_team_member(foreign), "person_id");
    k.db.create_team_member(member(k.account, k.jiang, F::TechnicalService))
        .unwrap();
    let before = k.snapshot();
    let twice = member(k.account, k.jiang, F::Quality);
    k.rejected(&before, k.db.create_team_member(twice), "person_id");
    // Our staff may serve another account's team too.
    k.db.create_team_member(member(k.other, k.jiang, F::TechnicalService))
        .unwrap();
}

#[test]
fn one_account_manager_who_is_our_staff() {
    let k = kit();
    let before = k.snapshot();
    let customer = member(k.account, k.feng, F::AccountManager);
    k.rejected(&before, k.db.create_team_member(customer), "function");
    k.with_manager();
    let before = k.snapshot();
    let second = member(k.account, k.jiang, F::AccountManager);
    k.rejected(&before, k.db.create_team_member(second), "function");
    let jiang =
        k.db.create_team_member(member(k.account, k.jiang, F::TechnicalService))
            .unwrap();
    let before = k.snapshot();
    let promoted = k.db.update_team_member(jiang.id, details(F::AccountManager));
    k.rejected(&before, promoted, "function");
    // Another account has its own team and its own manager.
    k.db.create_team_member(member(k.other, k.jiang, F::AccountManager))
        .unwrap();
}

#[test]
fn members_report_to_the_teams_account_manager() {
    let k = kit();
    let before = k.snapshot();
    let mut early = member(k.account, k.jiang, F::TechnicalService);
    early.details.reports_to_manager_id = Some(k.elena);
    k.rejected(&before, k.db.create_team_member(early), "reports_to_manager_id");
    k.with_manager();
    let before = k.snapshot();
    let mut wrong = member(k.account, k.jiang, F::TechnicalService);
    wrong.details.reports_to_manager_id = Some(k.priya);
    k.rejected(&before, k.db.create_team_member(wrong), "reports_to_manager_id");
    let mut appointee = member(k.account, k.owen, F::Quality);
    appointee.details.reports_to_manager_id = Some(k.elena);
    let owen = k.db.create_team_member(appointee).unwrap();
    assert_eq!(owen.reports_to_manager_id, Some(k.elena));
    let am = k.db.list_team_members(k.account).unwrap()[0].clone();
    let mut herself = details(F::AccountManager);
    herself.reports_to_manager_id = Some(k.elena);
    let before = k.snapshot();
    k.rejected(
        &before,
        k.db.update_team_member(am.id, herself),
        "reports_to_manager_id",
    );
}

#[test]
fn the_customer_lead_is_a_customer_contact_of_this_account() {
    let k = kit();
    let before = k.snapshot();
    for (lead, who) in [
        (k.stranger, "another account"),
        (k.priya, "our staff"),
        (k.adviser, "third party"),
    ] {
        let mut input = member(k.account, k.jiang, F::TechnicalService);
        input.details.customer_lead_id = Some(lead);
        let result = k.db.create_team_member(input);
        assert!(result.is_err(), "{who} cannot be a customer lead");
        k.rejected(&before, result, "customer_lead_id");
    }
    let mut missing = member(k.account, k.jiang, F::TechnicalService);
    missing.details.customer_lead_id = Some(9_999);
    k.rejected(&before, k.db.create_team_member(missing), "customer_lead_id");
    let mut own = member(k.account, k.owen, F::Quality);
    own.details.customer_lead_id = Some(k.owen);
    k.rejected(&before, k.db.create_team_member(own), "customer_lead_id");
}

#[test]
fn unknown_accounts_people_and_members_are_not_found() {
    let k = kit();
    let err = k.db.create_team_member(member(9_999, k.jiang, F::Other)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    let err = k.db.create_team_member(member(k.account, 9_999, F::Other)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(k.db.list_team_members(9_999).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(k.db.delete_team_member(9_999).unwrap_err().kind(), ErrorKind::NotFound);
    let err = k.db.update_team_member(9_999, details(F::Other)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

#[test]
fn an_update_replaces_the_content_and_a_bad_one_writes_nothing() {
    let k = kit();
    let mut input = member(k.account, k.jiang, F::TechnicalService);
    input.details.value_chain = vec![A::Production, A::Quality];
    let jiang = k.db.create_team_member(input).unwrap();
    let mut change = details(F::Quality);
    change.allocation_percent = 50.0;
    change.value_chain = vec![A::Quality, A::SupplyChain];
    let updated = k.db.update_team_member(jiang.id, change).unwrap();
    assert_eq!((updated.function, updated.allocation_percent), (F::Quality, 50.0));
    assert_eq!(updated.value_chain, vec![A::Quality, A::SupplyChain]);
    let before = k.snapshot();
    let mut bad = details(F::Quality);
    bad.value_chain = vec![A::It];
    bad.allocation_percent = 101.0;
    k.rejected(&before, k.db.update_team_member(jiang.id, bad), "allocation_percent");
}

#[test]
fn removing_the_account_manager_clears_the_lines_to_them() {
    let k = kit();
    let am = k.with_manager();
    let mut input = member(k.account, k.jiang, F::TechnicalService);
    input.details.reports_to_manager_id = Some(k.elena);
    input.details.value_chain = vec![A::Production];
    let jiang = k.db.create_team_member(input).unwrap().id;
    k.db.update_team_member(am, details(F::Other)).unwrap();
    assert_eq!(k.db.get_team_member(jiang).unwrap().reports_to_manager_id, None);
    k.db.undo().unwrap();
    assert_eq!(
        k.db.get_team_member(jiang).unwrap().reports_to_manager_id,
        Some(k.elena)
    );
    k.db.delete_team_member(am).unwrap();
    assert_eq!(k.db.get_team_member(jiang).unwrap().reports_to_manager_id, None);
    k.db.delete_team_member(jiang).unwrap();
    assert!(team_rows(&k).is_empty());
}

#[test]
fn undoing_a_member_creation_restores_the_state() {
    let k = kit();
    k.with_manager();
    let before = team_rows(&k);
    let mut input = member(k.account, k.owen, F::Quality);
    input.details.value_chain = vec![A::Quality, A::Production];
    input.details.customer_lead_id = Some(k.feng);
    let owen = k.db.create_team_member(input).unwrap();
    let after = team_rows(&k);
    assert_ne!(after, before);
    assert_eq!(
        k.db.undo_state().unwrap().undo,
        Some(crate::journal::ActionLabel::AddTeamMember)
    );
    k.db.undo().unwrap();
    assert_eq!(team_rows(&k), before);
    k.db.redo().unwrap();
    assert_eq!(team_rows(&k), after);
    assert_eq!(k.db.get_team_member(owen.id).unwrap(), owen);
}

#[test]
fn deleting_a_person_removes_their_membership_and_clears_their_lines() {
    let k = kit();
    k.with_manager();
    let mut input = member(k.account, k.owen, F::Quality);
    input.details.reports_to_manager_id = Some(k.elena);
    input.details.customer_lead_id = Some(k.feng);
    input.details.value_chain = vec![A::Quality];
    let owen = k.db.create_team_member(input).unwrap().id;
    let before = team_rows(&k);
    k.db.delete_person(k.feng).unwrap();
    assert_eq!(k.db.get_team_member(owen).unwrap().customer_lead_id, None);
    k.db.delete_person(k.elena).unwrap();
    let left = k.db.list_team_members(k.account).unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].reports_to_manager_id, None);
    k.db.delete_person(k.owen).unwrap();
    assert!(team_rows(&k).is_empty());
    for _ in 0..3 {
        k.db.undo().unwrap();
    }
    assert_eq!(team_rows(&k), before);
}

#[test]
fn the_ui_sends_a_new_member_as_one_flat_object() {
    let input: super::NewTeamMember = serde_json::from_value(serde_json::json!({
        "account_id": 1, "person_id": 2, "function": "quality", "location": "customer_site",
        "allocation_percent": 80, "start_on": "2026-01-01", "value_chain": ["quality", "it"]
    }))
    .unwrap();
    assert_eq!((input.account_id, input.person_id), (1, 2));
    assert_eq!((input.details.allocation_percent, input.details.end_on), (80.0, None));
    assert_eq!(input.details.value_chain, [A::Quality, A::It]);
}
