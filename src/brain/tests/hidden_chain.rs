use super::*;
use crate::brain::testkit::Kit;
use crate::vocabulary::{Level, PersonStatus};

#[test]
fn outsiders_who_sway_a_decider_are_flagged_and_the_formal_line_is_not() {
    let kit = Kit::new();
    let chair = kit.contact("Chair", Level::Executive);
    let ceo = kit.contact("Ceo", Level::Executive);
    let cfo = kit.contact("Cfo", Level::Executive);
    let analyst = kit.contact("Analyst", Level::Staff);
    let cto = kit.contact("Cto", Level::Executive);
    let board = kit.outsider("Board member");
    let cousin = kit.outsider("Cousin");
    let gone = kit.outsider("Former adviser");
    kit.reports_to(ceo, chair);
    kit.reports_to(cfo, ceo);
    kit.reports_to(analyst, cfo);
    kit.reports_to(cto, chair);
    kit.role(ceo, DecisionRole::Decider);
    kit.influences(chair, ceo, 5, false); // above: formal
    kit.influences(analyst, ceo, 3, false); // below, transitively: formal
    kit.influences(cto, ceo, 2, false); // a peer, not on the CEO's line
    kit.influences(board, ceo, 4, true);
    kit.influences(cousin, board, 5, false);
    kit.influences(gone, ceo, 5, true);
    kit.set_status(gone, PersonStatus::Left);

    let chain = kit.db.hidden_decision_chain(kit.account, None).unwrap();
    assert_eq!(chain.deciders.iter().map(|d| d.id).collect::<Vec<_>>(), [ceo]);
    let found: Vec<(&str, f64, bool, usize)> = chain
        .members
        .iter()
        .map(|m| (m.person.name.as_str(), m.strength, m.marked_hidden, m.path.len()))
        .collect();
    assert_eq!(
        found,
        [
            ("Board member", 0.8, true, 2),
            ("Cousin", 0.8, true, 3),
            ("Cto", 0.4, false, 2)
        ]
    );
    assert!(chain.members.iter().all(|m| m.decider.id == ceo));
    assert_eq!(chain.members[1].path[1].id, board);
}

#[test]
fn a_deal_limits_the_deciders() {
    let kit = Kit::new();
    let deal = kit.opportunity("Aseptic line");
    let other = kit.opportunity("Chilled line");
    let d1 = kit.contact("Dee", Level::Executive);
    let d2 = kit.contact("Dan", Level::Executive);
    let friend = kit.outsider("Friend");
    kit.role_in(d1, DecisionRole::Decider, Some(deal));
    kit.role_in(d2, DecisionRole::Decider, Some(other));
    kit.influences(friend, d1, 3, false);
    kit.influences(friend, d2, 3, false);
    let chain = kit.db.hidden_decision_chain(kit.account, Some(deal)).unwrap();
    assert_eq!(chain.deciders.len(), 1);
    assert_eq!(chain.members.len(), 1);
    assert_eq!(chain.members[0].decider.id, d1);
    assert_eq!(
        kit.db.hidden_decision_chain(kit.account, None).unwrap().members.len(),
        2
    );
}

#[test]
fn unknown_account_or_foreign_deal_is_refused() {
    let kit = Kit::new();
    let elsewhere = kit.another_account("Elsewhere");
    assert!(matches!(
        kit.db.hidden_decision_chain(elsewhere + 1, None),
        Err(Error::NotFound { .. })
    ));
    let deal = kit.opportunity("Aseptic line");
    let err = kit.db.hidden_decision_chain(elsewhere, Some(deal)).unwrap_err();
    assert_eq!(err.field(), Some("opportunity_id"));
    assert!(matches!(
        kit.db.hidden_decision_chain(kit.account, Some(deal + 1)),
        Err(Error::NotFound { .. })
    ));
}
