use super::*;
use crate::brain::testkit::Kit;
use crate::error::Error;
use crate::vocabulary::{Level, PersonStatus};

#[test]
fn a_competitor_supporter_ceo_against_our_manager_is_critical() {
    let kit = Kit::new();
    let rival = kit.competitor("Crestline");
    let ceo = kit.contact("Ceo", Level::Executive);
    let manager = kit.contact("Manager", Level::Manager);
    let lukewarm = kit.contact("Lukewarm", Level::Executive);
    kit.reports_to(manager, ceo);
    kit.leans(ceo, rival, 4);
    kit.leans(lukewarm, rival, 2); // too weak to count as their supporter
    kit.attitude(manager, 3);
    kit.attitude(lukewarm, 0);
    let parity = kit.db.level_parity(kit.account).unwrap();
    assert_eq!(parity.our_top_supporter.as_ref().unwrap().person.id, manager);
    assert_eq!(parity.competitors.len(), 1);
    assert_eq!(parity.competitors[0].top_supporter.person.id, ceo);
    assert!(parity.competitors[0].ours_lower);
    assert_eq!(parity.gaps.len(), 1);
    assert!(!parity.competitors[0].outranks);
    assert_eq!(parity.gaps[0].rule, "parity.ours_lower");
    assert_eq!(parity.gaps[0].severity, Severity::Critical);
    assert!(
        parity.gaps[0].message.contains("Ceo (executive, top of their line)"),
        "{}",
        parity.gaps[0].message
    );
    let params: Vec<(&str, &str)> = parity.gaps[0]
        .params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        params,
        [
            ("competitor", "Crestline"),
            ("our_depth", "1"),
            ("our_level", "manager"),
            ("our_name", "Manager"),
            ("their_depth", "0"),
            ("their_level", "executive"),
            ("their_name", "Ceo"),
        ]
    );
}

#[test]
fn against_a_ceo_an_executive_below_is_lower_an_equal_does_not_out_rank_and_the_board_does() {
    let kit = Kit::new();
    let rival = kit.competitor("Crestline");
    let ceo = kit.contact("Ceo", Level::Executive);
    let coo = kit.contact("Coo", Level::Executive);
    kit.reports_to(coo, ceo);
    kit.leans(ceo, rival, 5);
    kit.attitude(coo, 2);
    let parity = kit.db.level_parity(kit.account).unwrap();
    assert!(parity.competitors[0].ours_lower);
    assert_eq!(
        (parity.gaps[0].rule.as_str(), parity.gaps[0].severity),
        ("parity.ours_lower", Severity::Critical)
    );

    // An executive with no one above them: the CEO's equal, which is not enough.
    let peer = kit.outsider("Chief adviser");
    kit.attitude(peer, 1);
    let parity = kit.db.level_parity(kit.account).unwrap();
    assert_eq!(parity.our_top_supporter.as_ref().unwrap().person.id, peer);
    assert!(!parity.competitors[0].ours_lower && !parity.competitors[0].outranks);
    assert_eq!(parity.gaps.len(), 1);
    assert_eq!(
        (parity.gaps[0].rule.as_str(), parity.gaps[0].severity),
        ("parity.not_outranking", Severity::Warning)
    );
    assert_eq!(parity.gaps[0].person_id, Some(ceo));

    // "If the competitor's supporter is the CEO, pick ours from the board."
    let board = kit.contact("Board member", Level::Board);
    kit.attitude(board, 1);
    let parity = kit.db.level_parity(kit.account).unwrap();
    assert_eq!(parity.our_top_supporter.as_ref().unwrap().person.id, board);
    assert!(parity.competitors[0].outranks);
    assert!(parity.gaps.is_empty(), "{:?}", parity.gaps);
}

#[test]
fn no_supporter_of_ours_is_critical_and_people_who_left_do_not_count() {
    let kit = Kit::new();
    let rival = kit.competitor("Crestline");
    let buyer = kit.contact("Buyer", Level::Staff);
    let gone = kit.contact("Gone", Level::Executive);
    kit.leans(buyer, rival, 3);
    kit.attitude(gone, 3);
    kit.set_status(gone, PersonStatus::Left);
    let parity = kit.db.level_parity(kit.account).unwrap();
    assert!(parity.our_top_supporter.is_none());
    assert_eq!(parity.gaps[0].rule, "parity.no_supporter");
    assert_eq!(parity.gaps[0].severity, Severity::Critical);
    assert!(matches!(
        kit.db.level_parity(kit.account + 1),
        Err(Error::NotFound { .. })
    ));
}
