//! Unit tests of [`super`]: default criteria, weights, scores, subtotals, suggested tier, curve.

use super::*;
use crate::account::{AccountPatch, NewAccount, TierDecision};
use crate::ErrorKind;

fn setup() -> (Db, i64) {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    (db, account)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Scores the criteria in display order.
fn score_all(db: &Db, account: i64, scores: &[i64]) -> ValueAssessment {
    let criteria = db.list_value_criteria().unwrap();
    let mut last = None;
    for (c, s) in criteria.iter().zip(scores) {
        last = Some(db.set_value_score(account, c.id, *s).unwrap());
    }
    last.unwrap()
}

#[test]
fn a_fresh_workspace_has_the_default_criteria() {
    let (db, _) = setup();
    let criteria = db.list_value_criteria().unwrap();
    let seen: Vec<(&str, Horizon, Visibility, f64)> = criteria
        .iter()
        .map(|c| (c.key.as_str(), c.horizon, c.visibility, c.weight))
        .collect();
    use Horizon::{Current, LongTerm};
    use Visibility::{Explicit, Implicit};
    assert_eq!(
        seen,
        [
            ("purchase_scale", Current, Explicit, 0.3),
            ("profit_contribution", Current, Explicit, 0.25),
            ("industry_influence", LongTerm, Implicit, 0.15),
            ("growth_potential", LongTerm, Explicit, 0.2),
            ("cooperation_fit", LongTerm, Implicit, 0.1),
        ]
    );
}

#[test]
fn the_assessment_weighs_groups_and_suggests_a_tier_apart_from_the_decided_one() {
    let (db, account) = setup();
    let empty = db.value_assessment(account).unwrap();
    assert_eq!(
        (empty.weighted_score, empty.complete, empty.suggested_tier),
        (0.0, false, None)
    );
    let partial = score_all(&db, account, &[5, 4]);
    assert!(!partial.complete && partial.suggested_tier.is_none());
    db.decide_tier(
        account,
        TierDecision {
            tier: "S".into(),
            decided_by: "Elena".into(),
            decided_on: "2026-01-15".into(),
            reason: "Sector leader".into(),
        },
    )
    .unwrap();
    let full = score_all(&db, account, &[5, 4, 3, 2, 1]);
    assert!(close(full.weighted_score, 3.45), "{}", full.weighted_score);
    assert!(full.complete);
    assert_eq!((full.suggested_tier, full.decided_tier), (Some(Tier::A), Some(Tier::S)));
    assert_eq!((full.suggested_threshold, full.next_tier), (Some(3.0), Some(Tier::S)));
    assert!(close(full.points_to_next_tier.unwrap(), 0.55));
    assert!(close(full.criteria[0].contribution, 1.5));
    assert!(close(full.current.weight_share, 0.55) && close(full.current.contribution, 2.5));
    assert!(close(full.long_term.contribution, 0.95));
    assert!(close(full.explicit.weight_share, 0.75) && close(full.explicit.contribution, 2.9));
    assert!(close(full.implicit.contribution, 0.55));
    assert!(close(full.current.score.unwrap(), 2.5 / 0.55));
    assert!(close(
        full.current.contribution + full.long_term.contribution,
        full.weighted_score
    ));
    assert_eq!(
        db.get_account(account).unwrap().tier,
        Some(Tier::S),
        "the suggestion never decides"
    );
    let fours = score_all(&db, account, &[4, 4, 4, 4, 4]);
    assert_eq!(fours.suggested_tier, Some(Tier::S), "4.0 reaches S despite rounding");
    let cleared = db.clear_value_score(account, full.criteria[4].criterion_id).unwrap();
    assert_eq!((cleared.criteria[4].score, cleared.complete), (None, false));
    db.undo().unwrap();
    assert!(db.value_assessment(account).unwrap().complete);
}

#[test]
fn scores_are_validated_without_writing() {
    let (db, account) = setup();
    let criterion = db.list_value_criteria().unwrap()[0].id;
    let before = db.journal(100).unwrap().len();
    assert_eq!(
        db.set_value_score(account, criterion, 6).unwrap_err().field(),
        Some("score")
    );
    assert_eq!(
        db.set_value_score(account, criterion, -1).unwrap_err().field(),
        Some("score")
    );
    assert_eq!(
        db.set_value_score(999, criterion, 3).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        db.set_value_score(account, 999, 3).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(db.value_assessment(999).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(db.journal(100).unwrap().len(), before);
    db.set_value_score(account, criterion, 0).unwrap();
    let again = db.set_value_score(account, criterion, 5).unwrap();
    assert_eq!(again.criteria[0].score, Some(5));
}

#[test]
fn weights_are_validated_and_the_score_normalises_by_their_sum() {
    let (db, account) = setup();
    let base = score_all(&db, account, &[5, 4, 3, 2, 1]).weighted_score;
    let criteria = db.list_value_criteria().unwrap();
    let doubled: Vec<CriterionWeight> = criteria
        .iter()
        .map(|c| CriterionWeight {
            criterion_id: c.id,
            weight: c.weight * 2.0,
        })
        .collect();
    db.set_value_weights(doubled).unwrap();
    assert!(close(db.value_assessment(account).unwrap().weighted_score, base));

    let before = db.journal(100).unwrap().len();
    let one = |id: i64, weight: f64| {
        vec![CriterionWeight {
            criterion_id: id,
            weight,
        }]
    };
    assert_eq!(
        db.set_value_weights(one(criteria[0].id, -0.1)).unwrap_err().field(),
        Some("weight")
    );
    assert_eq!(
        db.set_value_weights(one(criteria[0].id, f64::NAN)).unwrap_err().field(),
        Some("weight")
    );
    assert_eq!(
        db.set_value_weights(one(999, 1.0)).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    let twice = [one(criteria[0].id, 1.0), one(criteria[0].id, 2.0)].concat();
    assert_eq!(db.set_value_weights(twice).unwrap_err().field(), Some("weights"));
    let zeros: Vec<CriterionWeight> = criteria
        .iter()
        .map(|c| CriterionWeight {
            criterion_id: c.id,
            weight: 0.0,
        })
        .collect();
    assert_eq!(db.set_value_weights(zeros).unwrap_err().field(), Some("weights"));
    assert_eq!(db.journal(100).unwrap().len(), before);
    assert!(
        close(db.list_value_criteria().unwrap()[0].weight, 0.6),
        "nothing written"
    );

    // A zero weight drops the criterion from the score and from completeness.
    db.set_value_weights(one(criteria[4].id, 0.0)).unwrap();
    db.clear_value_score(account, criteria[4].id).unwrap();
    let without = db.value_assessment(account).unwrap();
    assert!(without.complete);
    assert!(close(
        without.weighted_score,
        (5.0 * 0.3 + 4.0 * 0.25 + 3.0 * 0.15 + 2.0 * 0.2) / 0.9
    ));
}

#[test]
fn the_value_curve_sets_expected_against_actual_revenue() {
    let (db, account) = setup();
    let patch = AccountPatch {
        annual_revenue: Some(10.0),
        expected_revenue_1y: Some(12.0),
        expected_revenue_3y: Some(20.0),
        ..Default::default()
    };
    db.update_account(account, patch).unwrap();
    db.set_revenue_actual(account, 2026, 11.0).unwrap();
    db.set_revenue_actual(account, 2025, 10.0).unwrap();
    let curve = db.set_revenue_actual(account, 2026, 11.5).unwrap();
    assert_eq!(
        (curve.expected_revenue_1y, curve.expected_revenue_3y),
        (Some(12.0), Some(20.0))
    );
    assert_eq!(curve.annual_revenue, Some(10.0));
    let years: Vec<(i64, f64)> = curve.actuals.iter().map(|a| (a.year, a.revenue)).collect();
    assert_eq!(years, [(2025, 10.0), (2026, 11.5)]);
    let before = db.journal(100).unwrap().len();
    assert_eq!(
        db.set_revenue_actual(account, 1800, 1.0).unwrap_err().field(),
        Some("year")
    );
    assert_eq!(
        db.set_revenue_actual(account, 2026, -1.0).unwrap_err().field(),
        Some("revenue")
    );
    assert_eq!(
        db.set_revenue_actual(account, 2026, f64::INFINITY).unwrap_err().field(),
        Some("revenue")
    );
    assert_eq!(
        db.set_revenue_actual(999, 2026, 1.0).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(db.journal(100).unwrap().len(), before);
    assert_eq!(db.clear_revenue_actual(account, 2025).unwrap().actuals.len(), 1);
    db.undo().unwrap();
    assert_eq!(db.value_curve(account).unwrap().actuals.len(), 2);
}

#[test]
fn each_year_is_assessed_apart_and_a_new_year_keeps_the_last() {
    let (db, account) = setup();
    let criteria = db.list_value_criteria().unwrap();
    for c in &criteria {
        db.set_year_value_score(account, 2025, c.id, 2).unwrap();
    }
    let last = db.value_assessment_of_year(account, 2025).unwrap();
    assert_eq!((last.year, last.suggested_tier), (2025, Some(Tier::B)));
    let first = db.set_year_value_score(account, 2026, criteria[0].id, 5).unwrap();
    assert_eq!((first.year, first.complete), (2026, false));
    assert!(
        db.value_assessment_of_year(account, 2025).unwrap().complete,
        "last year is kept"
    );
    assert_eq!(
        db.value_assessment(account).unwrap().year,
        2026,
        "the latest year by default"
    );
    let years: Vec<(i64, bool)> = db
        .value_history(account)
        .unwrap()
        .iter()
        .map(|a| (a.year, a.complete))
        .collect();
    assert_eq!(years, [(2025, true), (2026, false)]);
    db.clear_year_value_score(account, 2026, criteria[0].id).unwrap();
    assert_eq!(
        db.value_history(account).unwrap().len(),
        1,
        "a year without scores is no assessment"
    );
    db.undo().unwrap();
    assert_eq!(db.value_history(account).unwrap().len(), 2);

    let before = db.journal(100).unwrap().len();
    let far = this_year() + 2;
    assert_eq!(
        db.set_year_value_score(account, far, criteria[0].id, 3)
            .unwrap_err()
            .field(),
        Some("year")
    );
    assert_eq!(
        db.set_year_value_score(account, 1800, criteria[0].id, 3)
            .unwrap_err()
            .field(),
        Some("year")
    );
    assert_eq!(
        db.value_assessment_of_year(account, far).unwrap_err().field(),
        Some("year")
    );
    assert_eq!(db.value_history(999).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(db.journal(100).unwrap().len(), before);
}

#[test]
fn the_curve_draws_the_expected_line_from_the_base_year_and_names_the_gap() {
    let (db, account) = setup();
    let patch = AccountPatch {
        annual_revenue: Some(10.0),
        expected_revenue_1y: Some(12.0),
        expected_revenue_3y: Some(18.0),
        revenue_base_year: Some(2024),
        ..Default::default()
    };
    db.update_account(account, patch).unwrap();
    db.set_revenue_actual(account, 2024, 9.0).unwrap();
    let curve = db.set_revenue_actual(account, 2025, 10.5).unwrap();
    let line: Vec<(i64, f64, bool)> = curve
        .expected
        .iter()
        .map(|e| (e.year, e.revenue, e.interpolated))
        .collect();
    assert_eq!(
        line,
        [
            (2024, 9.0, false),
            (2025, 12.0, false),
            (2026, 15.0, true),
            (2027, 18.0, false)
        ],
        "the base year at its actual revenue"
    );
    let gap = curve.gap.unwrap();
    assert_eq!((gap.year, gap.verdict), (2025, GapVerdict::Below));
    assert!(close(gap.difference, -1.5) && close(gap.share, -0.125));
    let on_track = db.set_revenue_actual(account, 2025, 12.3).unwrap().gap.unwrap();
    assert_eq!(on_track.verdict, GapVerdict::OnTrack, "within 5 %");
    let above = db.set_revenue_actual(account, 2025, 14.0).unwrap().gap.unwrap();
    assert_eq!(above.verdict, GapVerdict::Above);

    let next_year = this_year() + 1;
    assert_eq!(
        db.set_revenue_actual(account, next_year, 1.0).unwrap_err().field(),
        Some("year")
    );
    assert_eq!(
        db.set_revenue_actual(account, 2025, -1.0).unwrap_err().field(),
        Some("revenue")
    );
    db.update_account(
        account,
        AccountPatch {
            clear: vec![crate::account::AccountField::RevenueBaseYear],
            ..Default::default()
        },
    )
    .unwrap();
    let none = db.value_curve(account).unwrap();
    assert!(none.expected.is_empty() && none.gap.is_none());
}
