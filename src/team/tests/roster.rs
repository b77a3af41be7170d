//! Unit tests of [`super`]: the roster's groups and lines, and the value-chain matrix.

use chrono::NaiveDate;

use super::MatrixColumnKind as K;
use crate::team::testkit::{kit, member, partner, Kit};
use crate::team::{PersonName, TeamFunction as F, ValueChainArea as A};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

/// Elena (manager), Jiang (technical service), Priya (quality, ended), Owen and Zhou
/// (customer appointees), one partner. Finance and IT stay uncovered.
fn team(k: &Kit) {
    let mut elena = member(k.account, k.elena, F::AccountManager);
    elena.details.value_chain = vec![A::Sales];
    k.db.create_team_member(elena).unwrap();
    let add = |person: i64, function: F, lead: Option<i64>, areas: Vec<A>, end: Option<&str>| {
        let mut input = member(k.account, person, function);
        input.details.reports_to_manager_id = Some(k.elena);
        input.details.customer_lead_id = lead;
        input.details.value_chain = areas;
        input.details.end_on = end.map(str::to_owned);
        k.db.create_team_member(input).unwrap();
    };
    add(k.priya, F::Quality, Some(k.feng), vec![A::Quality], Some("2026-03-31"));
    add(k.jiang, F::TechnicalService, Some(k.zhou), vec![A::Production], None);
    add(k.owen, F::Quality, Some(k.feng), vec![A::Quality, A::SupplyChain], None);
    add(k.zhou, F::Other, None, vec![A::Production], None);
    let mut meridian = partner(k.account, "Meridian", 100_000.0, 50.0);
    meridian.details.value_chain = vec![A::ProductDevelopment, A::Marketing];
    k.db.create_team_partner(meridian).unwrap();
}

#[test]
fn the_roster_puts_the_manager_at_the_centre_and_groups_by_function() {
    let k = kit();
    team(&k);
    let r = k.db.team_roster_on(k.account, day()).unwrap();
    assert_eq!(r.on, "2026-06-01");
    let am = r.account_manager.as_ref().unwrap();
    assert_eq!((am.member.name.as_str(), am.reports_to.as_ref()), ("Elena Marsh", None));
    let groups: Vec<(F, Vec<&str>)> = r
        .functions
        .iter()
        .map(|g| (g.function, g.members.iter().map(|m| m.member.name.as_str()).collect()))
        .collect();
    assert_eq!(
        groups,
        [
            (F::TechnicalService, vec!["Jiang Hao"]),
            (F::Quality, vec!["Priya Raman"])
        ]
    );
    let jiang = &r.functions[0].members[0];
    let line = |id: i64, name: &str| {
        Some(PersonName {
            id,
            name: name.into(),
            title: String::new(),
        })
    };
    assert_eq!(jiang.reports_to, line(k.elena, "Elena Marsh"));
    assert_eq!(jiang.customer_lead, line(k.zhou, "Zhou Tianyi"));
    assert!(jiang.active);
    assert!(!r.functions[1].members[0].active, "Priya's period ended");
    let appointees: Vec<&str> = r.customer_appointees.iter().map(|m| m.member.name.as_str()).collect();
    assert_eq!(appointees, ["Owen Prichard", "Zhou Tianyi"]);
    assert_eq!(r.customer_appointees[0].customer_lead, line(k.feng, "Feng Shuang"));
    assert_eq!((r.partners.len(), r.partners[0].our_cost), (1, 50_000.0));
    assert_eq!((r.totals.headcount.total, r.totals.fte.total), (5, 4.0));
}

#[test]
fn the_matrix_has_all_areas_against_members_and_partners() {
    let k = kit();
    team(&k);
    let m = k.db.team_roster_on(k.account, day()).unwrap().matrix;
    let columns: Vec<(K, &str)> = m.columns.iter().map(|c| (c.kind, c.label.as_str())).collect();
    assert_eq!(
        columns,
        [
            (K::OurMember, "Elena Marsh"),
            (K::OurMember, "Jiang Hao"),
            (K::OurMember, "Priya Raman"),
            (K::CustomerMember, "Owen Prichard"),
            (K::CustomerMember, "Zhou Tianyi"),
            (K::Partner, "Meridian"),
        ]
    );
    let areas: Vec<A> = m.rows.iter().map(|r| r.area).collect();
    assert_eq!(areas, A::ALL);
    let production = &m.rows[1];
    assert_eq!(production.covered, [false, true, false, false, true, false]);
    assert_eq!(production.coverage, 2);
    assert_eq!(m.rows[0].covered, [false, false, false, false, false, true]);
    assert!(m.rows.iter().all(|r| r.covered.len() == m.columns.len()));
    assert_eq!(m.empty_areas, [A::Finance, A::It]);
}

#[test]
fn an_empty_team_has_an_empty_roster_with_every_area_empty() {
    let k = kit();
    let r = k.db.team_roster_on(k.account, day()).unwrap();
    assert!(r.account_manager.is_none() && r.functions.is_empty() && r.customer_appointees.is_empty());
    assert!(r.matrix.columns.is_empty());
    assert_eq!(r.matrix.rows.len(), 8);
    assert_eq!(r.matrix.empty_areas, A::ALL);
    assert!(k.db.team_roster(k.account).is_ok());
    assert!(k.db.team_roster(9_999).is_err());
}

#[test]
fn the_sample_account_has_its_embedded_team() {
    let db = crate::Db::open_in_memory().unwrap();
    assert!(db.ensure_sample().unwrap());
    let account = db.list_accounts().unwrap()[0].id;
    let r = db.team_roster_on(account, day()).unwrap();
    let am = r.account_manager.as_ref().unwrap();
    assert_eq!(am.member.name, "Elena Marsh");
    let (h, fees) = (&r.totals.headcount, &r.totals.partner_costs);
    assert_eq!((h.ours, h.customer, r.partners.len()), (8, 3, 2));
    assert_eq!((fees[0].fees, fees[0].our_share), (600_000.0, 276_000.0));
    let members = r
        .functions
        .iter()
        .flat_map(|g| &g.members)
        .chain(&r.customer_appointees);
    for m in members {
        assert_eq!(
            m.reports_to.as_ref().map(|p| p.id),
            Some(am.member.person_id),
            "{}",
            m.member.name
        );
        assert!(m.customer_lead.is_some(), "{} has a customer lead", m.member.name);
    }
    assert!(r.functions.iter().all(|g| !g.members.is_empty()));
    assert!(r
        .functions
        .iter()
        .any(|g| g.function == F::TechnicalService && g.members.len() == 2));
    assert_eq!(r.matrix.empty_areas, [A::Finance, A::It]);
}
