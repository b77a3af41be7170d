use super::*;
use crate::brain::testkit::{date, Kit};
use crate::error::Error;
use crate::vocabulary::Level;

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
    // No tier decided: the C rule (90 days, an A owner only) applies; never met is stale;
    // unknown attitude is flagged.
    assert_eq!(report.max_days_between_contacts, 90);
    assert_eq!(
        rules_for(&report, heavy),
        [
            "coverage.attitude_unknown",
            "coverage.missing_a_owner",
            "coverage.stale_contact"
        ]
    );
    // The user is on the decision chain: worth a relationship, said lightly.
    assert_eq!(rules_for(&report, user), ["coverage.chain_unreached"]);
    assert_eq!(
        report.gaps.iter().find(|g| g.person_id == Some(user)).unwrap().severity,
        Severity::Info
    );
}

#[test]
fn the_gatekeeper_and_the_initiator_are_key_contacts() {
    let kit = Kit::new();
    kit.set_tier("A");
    let gatekeeper = kit.contact("Hu", Level::Staff);
    kit.role(gatekeeper, DecisionRole::Gatekeeper);
    let initiator = kit.contact("Zheng", Level::Staff);
    kit.role(initiator, DecisionRole::Initiator);
    let user = kit.contact("Uma", Level::Staff);
    kit.role(user, DecisionRole::User);
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-11")).unwrap();
    let mut ids: Vec<i64> = report.contacts.iter().map(|c| c.person.id).collect();
    ids.sort_unstable();
    assert_eq!(ids, [gatekeeper, initiator]);
    assert!(rules_for(&report, gatekeeper).contains(&"coverage.missing_a_owner"));
    assert!(rules_for(&report, initiator).contains(&"coverage.missing_a_owner"));
    assert_eq!(rules_for(&report, user), ["coverage.chain_unreached"]);

    // Covered by one of ours, or met once: reached.
    kit.cover(kit.staff("Ann", Level::Manager), user, CoverageRole::B);
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-11")).unwrap();
    assert!(rules_for(&report, user).is_empty());
    let other = kit.contact("Ola", Level::Staff);
    kit.role(other, DecisionRole::User);
    kit.met("2025-06-01", &[other]);
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-11")).unwrap();
    assert!(rules_for(&report, other).is_empty());
}

#[test]
fn the_coverage_required_follows_the_tier() {
    let kit = Kit::new();
    let cfo = kit.contact("Cho", Level::Executive);
    kit.role(cfo, DecisionRole::Approver);
    kit.attitude(cfo, 2);
    kit.met("2026-03-01", &[cfo]);
    let rules_at = |tier: &str| {
        kit.set_tier(tier);
        let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-02")).unwrap();
        (report.requirements, rules_for(&report, cfo).join(" "))
    };
    let (s, s_rules) = rules_at("S");
    assert_eq!((s.require_b_owner, s.require_sponsor, s.min_channels), (true, true, 2));
    assert_eq!(
        s_rules,
        "coverage.missing_a_owner coverage.missing_b_owner coverage.missing_sponsor coverage.too_few_channels"
    );
    assert_eq!(rules_at("A").1, s_rules);
    assert_eq!(rules_at("B").1, "coverage.missing_a_owner coverage.too_few_channels");
    assert_eq!(rules_at("C").1, "coverage.missing_a_owner");

    // One channel is enough for B; the gap says how many are needed.
    kit.set_tier("B");
    kit.channel(cfo, "Her assistant");
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-02")).unwrap();
    assert_eq!(rules_for(&report, cfo), ["coverage.missing_a_owner"]);
    kit.set_tier("A");
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-02")).unwrap();
    let channels = report
        .gaps
        .iter()
        .find(|g| g.rule == "coverage.too_few_channels")
        .unwrap();
    assert_eq!(
        (channels.params["channels"].as_str(), channels.params["needed"].as_str()),
        ("1", "2")
    );

    // The rule is the workspace's: a B account asked for a backup owner gets the finding.
    kit.set_tier("B");
    let patch = crate::tier_rule::TierRulePatch {
        require_b_owner: Some(true),
        ..Default::default()
    };
    kit.db.update_tier_rule(Tier::B, patch).unwrap();
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-02")).unwrap();
    assert_eq!(
        rules_for(&report, cfo),
        ["coverage.missing_a_owner", "coverage.missing_b_owner"]
    );
}

#[test]
fn hearsay_is_not_a_stable_channel() {
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
    kit.sql(
        "UPDATE information_channel SET reliability = 1 WHERE person_id = ?1 AND source = 'their assistant'",
        &[&buyer],
    );
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-02")).unwrap();
    assert_eq!(report.contacts[0].channels, 1);
    assert_eq!(rules_for(&report, buyer), ["coverage.too_few_channels"]);
    kit.sql(
        "UPDATE information_channel SET reliability = ?2 WHERE person_id = ?1",
        &[&buyer, &crate::channel::STABLE_RELIABILITY],
    );
    let report = compute(&kit.db.lock_conn(), kit.account, date("2026-03-02")).unwrap();
    assert_eq!(report.contacts[0].channels, 2);
    assert!(report.gaps.is_empty(), "{:?}", report.gaps);
}

#[test]
fn a_board_member_needs_a_sponsor_from_our_executives_or_board() {
    let kit = Kit::new();
    kit.set_tier("S");
    let chair = kit.contact("Li", Level::Board);
    kit.influence(chair, 5);
    kit.fully_covered(
        chair,
        kit.staff("Ann", Level::Manager),
        kit.staff("Ben", Level::Staff),
        "2026-03-01",
    );
    let on = date("2026-03-02");
    let report = compute(&kit.db.lock_conn(), kit.account, on).unwrap();
    assert_eq!(rules_for(&report, chair), ["coverage.missing_sponsor"]);
    let director = kit.staff("Dee", Level::SeniorManager);
    kit.cover(director, chair, CoverageRole::Sponsor);
    let report = compute(&kit.db.lock_conn(), kit.account, on).unwrap();
    assert_eq!(rules_for(&report, chair), ["coverage.sponsor_not_executive"]);
    kit.sql("UPDATE person SET level = 'board' WHERE id = ?1", &[&director]);
    let report = compute(&kit.db.lock_conn(), kit.account, on).unwrap();
    assert!(report.gaps.is_empty(), "{:?}", report.gaps);
}

#[test]
fn owners_and_sources_who_left_do_not_count() {
    let kit = Kit::new();
    kit.set_tier("A");
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
