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
