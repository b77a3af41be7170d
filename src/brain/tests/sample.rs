//! Every analysis on the sample account: it runs, and its answers match what the sample shows.

use crate::brain::testkit::date;
use crate::db::Db;
use crate::vocabulary::PersonStatus;

#[test]
fn every_analysis_reads_the_sample_account() {
    let db = Db::open_in_memory().unwrap();
    db.ensure_sample().unwrap();
    let account = db.list_accounts().unwrap()[0].id;
    let map = db.get_account_map(account).unwrap();
    let find = |name: &str| map.people.iter().find(|p| p.name == name).unwrap().id;

    let coverage = db.coverage_report_on(account, date("2026-03-01")).unwrap();
    assert!(!coverage.contacts.is_empty());
    assert!(coverage.gaps.iter().all(|g| g.rule.as_str().starts_with("coverage.")));
    let balance = db.support_balance(account, None).unwrap();
    assert!(balance.members.iter().any(|m| m.hidden_chain));
    let hidden = db.hidden_decision_chain(account, None).unwrap();
    assert!(hidden.members.iter().any(|m| m.marked_hidden));
    let parity = db.level_parity(account).unwrap();
    assert!(parity.our_top_supporter.is_some());
    let ceo = find("Zhao Mingyuan");
    let paths = db.introduction_paths(ceo, None, None).unwrap();
    assert!(!paths.paths.is_empty());
    let sponsors = db.sponsor_suggestions(ceo).unwrap();
    assert!(sponsors.candidates.iter().any(|c| c.current_sponsor));
    let reminders = db.reminders_on(Some(account), 30, date("2026-03-01")).unwrap();
    db.tier_suggestion(account).unwrap();
    let kam = db
        .list_staff()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Elena Marsh")
        .unwrap();
    let impact = db.job_change_impact(kam.id).unwrap();
    assert!(!impact.coverage.is_empty());
    assert_eq!(impact.person.status, PersonStatus::Active);
    if std::env::var_os("SYMBIO_SHOW_BRAIN").is_some() {
        for value in [
            serde_json::to_string_pretty(&coverage.gaps).unwrap(),
            serde_json::to_string_pretty(&balance).unwrap(),
            serde_json::to_string_pretty(&hidden.members).unwrap(),
            serde_json::to_string_pretty(&parity).unwrap(),
            serde_json::to_string_pretty(&paths).unwrap(),
            serde_json::to_string_pretty(&sponsors).unwrap(),
            serde_json::to_string_pretty(&reminders).unwrap(),
            serde_json::to_string_pretty(&impact).unwrap(),
        ] {
            println!("{value}");
        }
    }
}
