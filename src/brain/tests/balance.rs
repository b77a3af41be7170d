use super::*;
use crate::brain::testkit::Kit;
use crate::error::Error;
use crate::vocabulary::Level;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_chain_is_weighed_by_influence_with_the_hidden_chain_included() {
    let kit = Kit::new();
    let rival = kit.competitor("Crestline");
    let decider = kit.contact("Dee", Level::Executive);
    kit.role(decider, DecisionRole::Decider);
    kit.influence(decider, 5);
    kit.attitude(decider, 2);
    let buyer = kit.contact("Bo", Level::Manager);
    kit.role(buyer, DecisionRole::Buyer);
    kit.influence(buyer, 3);
    kit.attitude(buyer, -1);
    kit.leans(buyer, rival, 5);
    let board = kit.outsider("Board member");
    kit.influences(board, decider, 4, true);
    kit.influence(board, 4);
    kit.attitude(board, 0);
    kit.leans(board, rival, 4);
    let user = kit.contact("Uma", Level::Staff);
    kit.role(user, DecisionRole::User);
    let bystander = kit.contact("Ned", Level::Staff);
    kit.influence(bystander, 5);
    kit.attitude(bystander, 3);

    let b = kit.db.support_balance(kit.account, None).unwrap();
    assert_eq!(b.members.len(), 4, "the bystander holds no role and sways no decider");
    assert!(b
        .members
        .iter()
        .any(|m| m.person.id == board && m.hidden_chain && m.roles.is_empty()));
    assert!(close(b.total_influence, 15.0));
    assert!(close(b.ours, (5.0 * 2.0 / 3.0) / 15.0));
    assert!(close(b.opposition, 1.0 / 15.0));
    assert!(close(b.weighted_attitude, 7.0 / 15.0));
    assert_eq!(b.competitors.len(), 1);
    assert!(close(b.competitors[0].share, (3.0 + 3.2) / 15.0));
    assert!(close(b.margin, b.ours - b.competitors[0].share));
    let rules: Vec<(&str, Option<i64>)> = b.gaps.iter().map(|g| (g.rule.as_str(), g.person_id)).collect();
    assert_eq!(
        rules,
        [("balance.competitor_ahead", None), ("balance.unassessed", Some(user))]
    );
    assert_eq!(b.formula, FORMULA);
}

#[test]
fn a_deal_counts_its_own_roles_and_the_roles_for_every_deal() {
    let kit = Kit::new();
    let deal = kit.opportunity("Aseptic line");
    let other = kit.opportunity("Chilled line");
    let all = kit.contact("Al", Level::Manager);
    kit.role(all, DecisionRole::Approver);
    kit.attitude(all, 3);
    kit.influence(all, 2);
    let mine = kit.contact("Mia", Level::Manager);
    kit.role_in(mine, DecisionRole::Decider, Some(deal));
    kit.attitude(mine, 0);
    kit.influence(mine, 2);
    let theirs = kit.contact("Tim", Level::Manager);
    kit.role_in(theirs, DecisionRole::Decider, Some(other));
    let b = kit.db.support_balance(kit.account, Some(deal)).unwrap();
    let ids: Vec<i64> = b.members.iter().map(|m| m.person.id).collect();
    assert_eq!(ids, [all, mine]);
    assert!(close(b.ours, 0.5));
    assert!(close(b.margin, 0.5));
    assert!(b.gaps.is_empty());
}

#[test]
fn an_empty_chain_reads_as_zero() {
    let kit = Kit::new();
    let b = kit.db.support_balance(kit.account, None).unwrap();
    assert_eq!((b.ours, b.margin, b.total_influence), (0.0, 0.0, 0.0));
    assert_eq!(b.gaps[0].rule, "balance.no_chain");
    assert!(matches!(
        kit.db.support_balance(kit.account + 1, None),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn ahead_with_a_decider_against_us_says_so() {
    let kit = Kit::new();
    let rival = kit.competitor("Crestline");
    let decider = kit.contact("Dee", Level::Executive);
    kit.role(decider, DecisionRole::Decider);
    kit.influence(decider, 3);
    kit.attitude(decider, 1);
    for name in ["Al", "Bo", "Cy"] {
        let fan = kit.contact(name, Level::Manager);
        kit.role(fan, DecisionRole::Influencer);
        kit.influence(fan, 4);
        kit.attitude(fan, 3);
    }
    let b = kit.db.support_balance(kit.account, None).unwrap();
    assert!(b.margin > 0.0);
    assert!(b.gaps.is_empty(), "{:?}", b.gaps);

    // The decider leans to the competitor: still ahead by the sum, but not without a warning.
    kit.leans(decider, rival, 4);
    let b = kit.db.support_balance(kit.account, None).unwrap();
    assert!(b.margin > 0.0);
    assert_eq!(b.gaps.len(), 1);
    let gap = &b.gaps[0];
    assert_eq!(
        (gap.rule.as_str(), gap.severity, gap.person_id),
        ("balance.decider_against", Severity::Warning, Some(decider))
    );
    assert_eq!(gap.params["competitor"], "Crestline");
    assert_eq!(gap.params["strength"], "4");
    assert!(!gap.params.contains_key("attitude"));

    // Then they turn against us too.
    kit.attitude(decider, -2);
    let b = kit.db.support_balance(kit.account, None).unwrap();
    assert!(b.margin > 0.0);
    let gap = b.gaps.iter().find(|g| g.rule == "balance.decider_against").unwrap();
    assert_eq!(
        (gap.params["attitude"].as_str(), gap.params["name"].as_str()),
        ("-2", "Dee")
    );
    assert!(
        gap.message.contains("opposes us (attitude -2) and leans to Crestline"),
        "{}",
        gap.message
    );
}

#[test]
fn a_decider_against_us_while_behind_is_the_competitor_ahead_finding_alone() {
    let kit = Kit::new();
    let rival = kit.competitor("Crestline");
    let decider = kit.contact("Dee", Level::Executive);
    kit.role(decider, DecisionRole::Decider);
    kit.influence(decider, 5);
    kit.attitude(decider, -1);
    kit.leans(decider, rival, 5);
    let weak = kit.contact("Wu", Level::Manager);
    kit.role(weak, DecisionRole::User);
    kit.influence(weak, 1);
    kit.attitude(weak, 1);
    let b = kit.db.support_balance(kit.account, None).unwrap();
    assert!(b.margin < 0.0);
    let rules: Vec<&str> = b.gaps.iter().map(|g| g.rule.as_str()).collect();
    assert_eq!(rules, ["balance.competitor_ahead"]);
}
