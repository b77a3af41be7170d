use super::*;
use crate::account::TierDecision;
use crate::brain::testkit::Kit;
use crate::error::Error;

fn score_all(kit: &Kit, scores: &[(&str, i64)]) {
    for criterion in kit.db.list_value_criteria().unwrap() {
        if let Some((_, score)) = scores.iter().find(|(key, _)| *key == criterion.key) {
            kit.db.set_value_score(kit.account, criterion.id, *score).unwrap();
        }
    }
}

#[test]
fn the_suggestion_shows_its_contributions_and_the_distance_to_the_next_tier() {
    let kit = Kit::new();
    score_all(
        &kit,
        &[
            ("purchase_scale", 5),
            ("profit_contribution", 4),
            ("industry_influence", 3),
            ("growth_potential", 3),
            ("cooperation_fit", 2),
        ],
    );
    kit.db
        .decide_tier(
            kit.account,
            TierDecision {
                tier: "B".into(),
                decided_by: "Elena".into(),
                decided_on: "2026-01-15".into(),
                reason: "cautious".into(),
            },
        )
        .unwrap();
    let s = kit.db.tier_suggestion(kit.account).unwrap();
    let expected: f64 = s.contributions.iter().map(|c| c.contribution).sum();
    assert!((s.weighted_score - expected).abs() < 1e-9);
    assert_eq!(s.suggested_tier, Some(Tier::A));
    assert_eq!(s.decided_tier, Some(Tier::B));
    assert_eq!(s.next_tier, Some(Tier::S));
    let rules = kit.db.list_tier_rules().unwrap();
    let s_min = rules.iter().find(|r| r.tier == Tier::S).unwrap().min_score;
    assert!((s.points_to_next_tier.unwrap() - (s_min - s.weighted_score)).abs() < 1e-9);
    assert!(s
        .contributions
        .windows(2)
        .all(|w| w[0].contribution >= w[1].contribution));
    assert_eq!(s.contributions[0].key, "purchase_scale");
    assert_eq!(s.gaps.len(), 1);
    assert_eq!(s.gaps[0].rule, "tier.decided_differs");
}

#[test]
fn an_incomplete_assessment_suggests_nothing_yet() {
    let kit = Kit::new();
    score_all(&kit, &[("purchase_scale", 5)]);
    let s = kit.db.tier_suggestion(kit.account).unwrap();
    assert!(!s.complete);
    assert_eq!(s.suggested_tier, None);
    assert_eq!(s.gaps[0].rule, "tier.incomplete");
    assert!(s.gaps[0].message.contains("Growth potential"), "{}", s.gaps[0].message);
    assert!(matches!(
        kit.db.tier_suggestion(kit.account + 1),
        Err(Error::NotFound { .. })
    ));
}
