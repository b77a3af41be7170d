use std::collections::HashSet;

use symbio::vocabulary::{CoverageRole, DecisionRole, Side, TieKind};
use symbio::Db;

#[test]
fn the_sample_account_is_a_realistic_map() {
    let db = Db::open_in_memory().unwrap();
    assert!(db.ensure_sample().unwrap());
    let accounts = db.list_accounts().unwrap();
    assert_eq!(accounts.len(), 1);
    let map = db.get_account_map(accounts[0].id).unwrap();
    let count = |side: Side| map.people.iter().filter(|p| p.side == side).count();
    assert!(count(Side::Customer) >= 24, "about 25 customer contacts");
    assert_eq!(count(Side::Ours), 8, "our 8-person account team");
    assert!(count(Side::ThirdParty) >= 2, "a hidden decision chain");
    assert!(map.people.iter().any(|p| p.hidden_influencer));
    let roles: HashSet<DecisionRole> = map.people.iter().flat_map(|p| p.roles.iter().copied()).collect();
    assert_eq!(roles.len(), DecisionRole::ALL.len(), "every decision role appears");
    let coverage: HashSet<CoverageRole> = map.ties.iter().filter_map(|t| t.coverage_role).collect();
    assert_eq!(coverage.len(), 3, "A, B and sponsor coverage");
    assert!(map.ties.iter().any(|t| t.kind == TieKind::Personal));
    assert!(map.ties.iter().any(|t| t.kind == TieKind::DottedLine));
    assert!(map
        .people
        .iter()
        .filter(|p| p.side == Side::Customer)
        .all(|p| p.attitude.is_some() && p.influence.is_some()));
    assert!(map.org_units.len() >= 8);
}

#[test]
fn the_sample_can_be_undone_as_one_action() {
    let db = Db::open_in_memory().unwrap();
    db.ensure_sample().unwrap();
    assert_eq!(
        db.undo_state().unwrap().undo,
        Some(symbio::journal::ActionLabel::CreateSample)
    );
    db.undo().unwrap();
    assert!(db.list_accounts().unwrap().is_empty());
    db.redo().unwrap();
    assert_eq!(db.list_accounts().unwrap().len(), 1);
}

#[test]
fn coverage_findings_carry_the_values_their_message_is_made_of() {
    let db = Db::open_in_memory().unwrap();
    db.ensure_sample().unwrap();
    let account = db.list_accounts().unwrap()[0].id;
    let report = db.coverage_report(account).unwrap();
    let map = db.get_account_map(account).unwrap();
    assert!(!report.gaps.is_empty());
    for gap in report.gaps.iter().filter(|g| g.rule.as_str().starts_with("coverage.")) {
        let person = map
            .people
            .iter()
            .find(|p| Some(p.id) == gap.person_id)
            .expect("a coverage gap names a person");
        assert_eq!(gap.params.get("name"), Some(&person.name), "{}", gap.rule);
        assert!(gap.message.contains(&person.name));
    }
}
