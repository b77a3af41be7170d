//! Unit tests of [`super`]: partner rules, currency default, updates, removal and undo.

use crate::error::ErrorKind;
use crate::team::testkit::{kit, partner, partner_details};
use crate::team::{PartnerService, ValueChainArea as A};

#[test]
fn a_partner_is_stored_with_its_cost_and_the_default_currency() {
    let k = kit();
    let mut input = partner(k.account, "  Meridian Strategy ", 480_000.0, 50.0);
    input.details.value_chain = vec![A::Marketing, A::ProductDevelopment];
    input.details.end_on = Some("2026-12-31".into());
    let p = k.db.create_team_partner(input).unwrap();
    assert_eq!(p.firm, "Meridian Strategy");
    assert_eq!(p.currency, "CNY");
    assert_eq!(p.our_cost, 240_000.0);
    assert_eq!(p.value_chain, vec![A::ProductDevelopment, A::Marketing]);
    assert_eq!(k.db.get_team_partner(p.id).unwrap(), p);
    let mut euro = partner(k.account, "Audit AG", 10_000.0, 30.0);
    euro.details.currency = Some(" eur ".into());
    assert_eq!(k.db.create_team_partner(euro).unwrap().currency, "EUR");
    let firms: Vec<String> =
        k.db.list_team_partners(k.account)
            .unwrap()
            .into_iter()
            .map(|p| p.firm)
            .collect();
    assert_eq!(firms, ["Audit AG", "Meridian Strategy"]);
}

#[test]
fn fee_share_firm_currency_and_period_are_checked_and_nothing_is_written() {
    let k = kit();
    let before = k.snapshot();
    for share in [-0.1, 100.1, f64::INFINITY] {
        k.rejected(
            &before,
            k.db.create_team_partner(partner(k.account, "X", 1.0, share)),
            "our_share_percent",
        );
    }
    for fee in [-1.0, f64::NAN] {
        k.rejected(
            &before,
            k.db.create_team_partner(partner(k.account, "X", fee, 50.0)),
            "fee",
        );
    }
    k.rejected(
        &before,
        k.db.create_team_partner(partner(k.account, "  ", 1.0, 50.0)),
        "firm",
    );
    let mut input = partner(k.account, "X", 1.0, 50.0);
    input.details.currency = Some("yuan".into());
    k.rejected(&before, k.db.create_team_partner(input), "currency");
    let mut input = partner(k.account, "X", 1.0, 50.0);
    input.details.end_on = Some("2025-06-30".into());
    k.rejected(&before, k.db.create_team_partner(input), "end_on");
    let mut input = partner(k.account, "X", 1.0, 50.0);
    input.details.start_on = "2026-02-30".into();
    k.rejected(&before, k.db.create_team_partner(input), "start_on");
    let err = k.db.create_team_partner(partner(9_999, "X", 1.0, 50.0)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(k.snapshot(), before);
}

#[test]
fn an_update_replaces_the_partner_and_a_bad_one_writes_nothing() {
    let k = kit();
    let id =
        k.db.create_team_partner(partner(k.account, "Northgate", 100_000.0, 30.0))
            .unwrap()
            .id;
    let mut change = partner_details("Northgate Assurance", 120_000.0, 30.0);
    change.service = PartnerService::Audit;
    change.value_chain = vec![A::Quality, A::Production];
    let p = k.db.update_team_partner(id, change).unwrap();
    assert_eq!(
        (p.service, p.fee, p.our_cost),
        (PartnerService::Audit, 120_000.0, 36_000.0)
    );
    assert_eq!(p.value_chain, vec![A::Production, A::Quality]);
    let before = k.snapshot();
    let result = k.db.update_team_partner(id, partner_details("Northgate", 1.0, 120.0));
    k.rejected(&before, result, "our_share_percent");
    let err =
        k.db.update_team_partner(9_999, partner_details("X", 1.0, 1.0))
            .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

#[test]
fn removing_a_partner_takes_its_areas_and_undo_brings_both_back() {
    let k = kit();
    let id =
        k.db.create_team_partner(partner(k.account, "Meridian", 1_000.0, 50.0))
            .unwrap()
            .id;
    let before = k.snapshot();
    k.db.delete_team_partner(id).unwrap();
    assert!(k.db.list_team_partners(k.account).unwrap().is_empty());
    k.db.undo().unwrap();
    let p = k.db.get_team_partner(id).unwrap();
    assert_eq!(p.value_chain, vec![A::Marketing]);
    let rows = |s: Vec<String>| s.into_iter().filter(|r| r.starts_with("team_")).collect::<Vec<_>>();
    assert_eq!(rows(k.snapshot()), rows(before));
    assert_eq!(k.db.delete_team_partner(9_999).unwrap_err().kind(), ErrorKind::NotFound);
}
