//! Unit tests of [`super`]: headcount, FTE of active members, partner costs per currency.

use chrono::NaiveDate;

use crate::team::testkit::{kit, member, partner};
use crate::team::TeamFunction as F;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn an_empty_team_has_zero_totals() {
    let k = kit();
    let t = k.db.team_totals_on(k.account, day("2026-06-01")).unwrap();
    assert_eq!(t.on, "2026-06-01");
    assert_eq!((t.headcount.total, t.fte.total), (0, 0.0));
    assert!(t.partner_costs.is_empty());
    assert!(k.db.team_totals(k.account).is_ok());
    assert!(k.db.team_totals(9_999).is_err());
}

#[test]
fn headcount_by_side_and_fte_of_members_active_on_the_day() {
    let k = kit();
    k.with_manager(); // ours, 100 %, from 2026-01-01
    let mut jiang = member(k.account, k.jiang, F::TechnicalService);
    jiang.details.allocation_percent = 50.0;
    jiang.details.end_on = Some("2026-03-31".into());
    k.db.create_team_member(jiang).unwrap();
    let mut priya = member(k.account, k.priya, F::Quality);
    priya.details.allocation_percent = 30.0;
    priya.details.start_on = "2026-07-01".into();
    k.db.create_team_member(priya).unwrap();
    let mut owen = member(k.account, k.owen, F::Quality);
    owen.details.allocation_percent = 20.0;
    k.db.create_team_member(owen).unwrap();

    let t = k.db.team_totals_on(k.account, day("2026-03-31")).unwrap();
    assert_eq!((t.headcount.ours, t.headcount.customer, t.headcount.total), (3, 1, 4));
    assert_eq!((t.fte.ours, t.fte.customer, t.fte.total), (1.5, 0.2, 1.7));
    let t = k.db.team_totals_on(k.account, day("2026-04-01")).unwrap();
    assert_eq!(t.fte.total, 1.2, "Jiang's period ended");
    let t = k.db.team_totals_on(k.account, day("2026-07-01")).unwrap();
    assert_eq!(t.fte.ours, 1.3, "Priya started");
    assert_eq!(t.headcount.total, 4, "headcount ignores periods");
    let t = k.db.team_totals_on(k.account, day("2025-12-31")).unwrap();
    assert_eq!(t.fte.total, 0.0, "no one has started yet");
}

#[test]
fn partner_fees_and_our_share_per_currency() {
    let k = kit();
    k.db.create_team_partner(partner(k.account, "Meridian", 480_000.0, 50.0))
        .unwrap();
    let t = k.db.team_totals_on(k.account, day("2026-06-01")).unwrap();
    assert_eq!(t.partner_costs.len(), 1);
    assert_eq!(
        (t.partner_costs[0].fees, t.partner_costs[0].our_share),
        (480_000.0, 240_000.0)
    );

    k.db.create_team_partner(partner(k.account, "Northgate", 120_000.0, 30.0))
        .unwrap();
    let mut euro = partner(k.account, "Lumen Ads", 10_000.0, 100.0);
    euro.details.currency = Some("EUR".into());
    k.db.create_team_partner(euro).unwrap();
    k.db.create_team_partner(partner(k.account, "Pro bono", 0.0, 0.0))
        .unwrap();
    let t = k.db.team_totals_on(k.account, day("2026-06-01")).unwrap();
    let costs: Vec<(&str, i64, f64, f64)> = t
        .partner_costs
        .iter()
        .map(|c| (c.currency.as_str(), c.partners, c.fees, c.our_share))
        .collect();
    assert_eq!(
        costs,
        [("CNY", 3, 600_000.0, 276_000.0), ("EUR", 1, 10_000.0, 10_000.0)]
    );
    // Another account's partners are not counted.
    k.db.create_team_partner(partner(k.other, "Elsewhere", 9_000.0, 100.0))
        .unwrap();
    assert_eq!(k.db.team_totals_on(k.account, day("2026-06-01")).unwrap(), t);
}
