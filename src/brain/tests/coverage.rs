use super::*;
use crate::brain::testkit::{date, Kit};
use crate::error::Error;

fn rules_for(report: &CoverageReport, person: i64) -> Vec<&str> {
    let mut rules: Vec<&str> = report
        .gaps
        .iter()
        .filter(|g| g.person_id == Some(person))
        .map(|g| g.rule.as_str())
        .collect();
    rules.sort();
    rules
}

#[test]
fn a_fully_covered_key_contact_has_no_gap() {
    let kit = Kit::new();
    kit.set_tier("A");
    let buyer = kit.contact("Bo", Level::Manager);
    kit.role(buyer, DecisionRole::Buyer);
    kit.fully_covered(
        buyer,
        kit.staff("Ann", Level::Manager),
        kit.staff("Ben", Level::Staff),
        "2026-03-01",
    );
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-20")).unwrap();
    assert_eq!(report.contacts.len(), 1);
    assert_eq!(report.max_days_between_contacts, 30);
    assert_eq!(report.contacts[0].channels, 2);
    assert_eq!(report.contacts[0].days_since_contact, Some(19));
    assert!(report.gaps.is_empty(), "{:?}", report.gaps);
}

#[test]
fn each_missing_piece_raises_its_rule() {
    let kit = Kit::new();
    kit.set_tier("A");
    let ceo = kit.contact("Dana", Level::Executive);
    kit.role(ceo, DecisionRole::Decider);
    kit.cover(kit.staff("Ann", Level::Manager), ceo, CoverageRole::A);
    kit.channel(ceo, "Her assistant");
    kit.channel(ceo, "  her   ASSISTANT ");
    kit.attitude(ceo, 0);
    kit.met("2025-12-01", &[ceo]);
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-11")).unwrap();
    assert_eq!(
        rules_for(&report, ceo),
        [
            "coverage.missing_b_owner",
            "coverage.missing_sponsor",
            "coverage.neutral",
            "coverage.stale_contact",
            "coverage.too_few_channels"
        ]
    );
    assert_eq!(report.contacts[0].channels, 1);
    let stale = report.gaps.iter().find(|g| g.rule == "coverage.stale_contact").unwrap();
    assert!(
        stale.message.contains("100 days ago") && stale.message.contains("30 days"),
        "{}",
        stale.message
    );
}

#[test]
fn who_is_a_key_contact() {
    let kit = Kit::new();
    let user = kit.contact("Uma", Level::Staff);
    kit.role(user, DecisionRole::User);
    kit.influence(user, 3);
    let heavy = kit.contact("Hal", Level::Manager);
    kit.influence(heavy, 4);
    let gone = kit.contact("Gil", Level::Manager);
    kit.role(gone, DecisionRole::Decider);
    kit.set_status(gone, PersonStatus::Left);
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-11")).unwrap();
    let ids: Vec<i64> = report.contacts.iter().map(|c| c.person.id).collect();
    assert_eq!(ids, [heavy]);
    // No tier decided: the C rule (90 days) applies; never met is stale; unknown attitude is flagged.
    assert_eq!(report.max_days_between_contacts, 90);
    assert!(rules_for(&report, heavy).contains(&"coverage.stale_contact"));
    assert!(rules_for(&report, heavy).contains(&"coverage.attitude_unknown"));
    assert!(rules_for(&report, heavy).contains(&"coverage.missing_a_owner"));
}

#[test]
fn owners_and_sources_who_left_do_not_count() {
    let kit = Kit::new();
    let cfo = kit.contact("Cho", Level::Executive);
    kit.role(cfo, DecisionRole::Approver);
    let a = kit.staff("Ann", Level::Manager);
    let b = kit.staff("Ben", Level::Staff);
    let sponsor = kit.staff("Sol", Level::Manager);
    kit.fully_covered(cfo, a, b, "2026-03-01");
    kit.cover(sponsor, cfo, CoverageRole::Sponsor);
    let source = kit.contact("Sid", Level::Staff);
    kit.channel_via(cfo, source);
    kit.set_status(a, PersonStatus::Left);
    kit.set_status(source, PersonStatus::Left);
    kit.attitude(cfo, -2);
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-11")).unwrap();
    assert_eq!(
        rules_for(&report, cfo),
        [
            "coverage.missing_a_owner",
            "coverage.opponent",
            "coverage.sponsor_not_executive"
        ]
    );
    assert!(report.gaps[0].message.contains("Ann has left"));
    assert_eq!(report.gaps[0].severity, Severity::Critical);
    assert_eq!(report.contacts[0].channels, 2);
}

#[test]
fn a_configured_tier_rule_overrides_the_default() {
    let kit = Kit::new();
    kit.set_tier("S");
    let buyer = kit.contact("Bo", Level::Manager);
    kit.role(buyer, DecisionRole::Buyer);
    kit.fully_covered(
        buyer,
        kit.staff("Ann", Level::Manager),
        kit.staff("Ben", Level::Staff),
        "2026-03-01",
    );
    let on = date("2026-03-21");
    let report = compute(&kit.db.lock_conn(), kit.account, on).unwrap();
    assert_eq!(report.max_days_between_contacts, 14);
    assert_eq!(rules_for(&report, buyer), ["coverage.stale_contact"]);
    kit.sql(
        "INSERT INTO tier_rule (tier, min_score, reception_standard, response_hours, demand_priority,
                                supply_priority, max_days_between_contacts)
         VALUES ('S', 4, 'CEO', 4, 1, 1, 21)
         ON CONFLICT (tier) DO UPDATE SET max_days_between_contacts = 21",
        &[],
    );
    let report = compute(&kit.db.lock_conn(), kit.account, on).unwrap();
    assert_eq!(report.max_days_between_contacts, 21);
    assert!(report.gaps.is_empty());
}

#[test]
fn an_unknown_account_is_not_found() {
    let kit = Kit::new();
    assert!(matches!(
        kit.db.coverage_report(kit.account + 1),
        Err(Error::NotFound { entity: "account", .. })
    ));
}
