//! The rest of the sample account: deals, profiles, information channels, interactions, key
//! dates, two years of value assessment and the curve, tier and relationship history, value
//! demands and control points. Written in the same journal action as the map
//! ([`super::build`]), so one undo removes all of it.

use std::collections::HashMap;

use rusqlite::ToSql;

use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::vocabulary::DecisionRole;

type People<'a> = HashMap<&'a str, i64>;

fn id(people: &People<'_>, key: &str) -> Result<i64> {
    people
        .get(key)
        .copied()
        .ok_or_else(|| Error::problem("sample", Problem::Missing))
}

pub(super) fn enrich(w: &mut Writer<'_>, account: i64, people: &People<'_>) -> Result<()> {
    deals(w, account, people)?;
    profiles(w, people)?;
    channels(w, people)?;
    interactions(w, account, people)?;
    key_dates(w, account, people)?;
    value(w, account)?;
    history(w, account)?;
    strategy(w, account)?;
    super::relationship::add(w, account, people)
}

/// Name, amount, expected close, status, closed on, roles.
type DealRow<'a> = (
    &'a str,
    f64,
    &'a str,
    &'a str,
    Option<&'a str>,
    &'a [(&'a str, DecisionRole)],
);

fn deals(w: &mut Writer<'_>, account: i64, people: &People<'_>) -> Result<()> {
    let deals: &[DealRow<'_>] = &[
        (
            "Aseptic line upgrade 2027",
            9_600_000.0,
            "2027-03-31",
            "open",
            None,
            &[
                ("plant1", DecisionRole::Initiator),
                ("prod", DecisionRole::Decider),
                ("cfo", DecisionRole::Approver),
                ("qa2", DecisionRole::Gatekeeper),
            ],
        ),
        (
            "Chilled cup range relaunch",
            2_100_000.0,
            "2027-06-30",
            "open",
            None,
            &[("brand", DecisionRole::Initiator), ("mkt", DecisionRole::Decider)],
        ),
        (
            "Yoghurt carton switch 2025",
            3_400_000.0,
            "2025-09-30",
            "won",
            Some("2025-09-12"),
            &[("cpo", DecisionRole::Buyer)],
        ),
    ];
    for (name, amount, expected, status, closed_on, roles) in deals {
        let deal = w.insert(
            Table::Opportunity,
            &[
                ("account_id", &account),
                ("name", name),
                ("amount", amount),
                ("expected_close_on", expected),
                ("status", status),
                ("closed_on", closed_on),
            ],
        )?;
        for (key, role) in *roles {
            let person = id(people, key)?;
            w.insert(
                Table::DecisionRole,
                &[("person_id", &person), ("role", role), ("opportunity_id", &deal)],
            )?;
        }
    }
    Ok(())
}

/// Person key, birthday, hobbies, family, home area, education, clubs.
type ProfileRow = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

fn profiles(w: &mut Writer<'_>, people: &People<'_>) -> Result<()> {
    let profiles: &[ProfileRow] = &[
        (
            "ceo",
            Some("1966-11-18"),
            "Go (weiqi), long-distance hiking",
            "Married; son studying in Canada",
            "Lakeside district",
            "Jiangnan University, food science",
            "Lakeshore Entrepreneurs' Association",
        ),
        ("cpo", Some("07-21"), "Badminton", "", "Willow Bay", "", ""),
        (
            "rd2",
            Some("1988-02-29"),
            "Photography",
            "Daughter in Year 3 at Lakeside Primary",
            "Lakeside district",
            "Jiangnan University, food engineering",
            "",
        ),
        (
            "ea",
            Some("1992-12-30"),
            "Tea ceremony",
            "Daughter in Year 3 at Lakeside Primary",
            "Lakeside district",
            "",
            "",
        ),
        (
            "cfo",
            None,
            "Marathons",
            "",
            "Old town",
            "LSE, accounting and finance",
            "City Runners",
        ),
        (
            "relative",
            None,
            "Sailing",
            "CEO's wife's brother",
            "",
            "",
            "Lakeshore Sailing Club",
        ),
        ("kam", None, "Sailing", "", "", "", "Lakeshore Sailing Club"),
        ("app", None, "", "", "", "Jiangnan University, food engineering", ""),
    ];
    for (key, birthday, hobbies, family, home_area, education, clubs) in profiles {
        let person = id(people, key)?;
        w.insert(
            Table::PersonProfile,
            &[
                ("person_id", &person),
                ("birthday", birthday),
                ("hobbies", hobbies),
                ("family", family),
                ("home_area", home_area),
                ("education", education),
                ("clubs", clubs),
            ],
        )?;
    }
    Ok(())
}

fn channels(w: &mut Writer<'_>, people: &People<'_>) -> Result<()> {
    // contact, source person, source text, reliability
    let channels: &[(&str, Option<&str>, &str, i64)] = &[
        ("ceo", Some("ea"), "Calendar and mood before board meetings", 4),
        ("ceo", Some("kam"), "Quarterly business reviews", 3),
        ("ceo", Some("relative"), "Sailing club conversations", 3),
        ("cfo", Some("fin"), "Budget-round hints", 3),
        ("cfo", None, "Industry press and annual report", 2),
        ("plant2", Some("line"), "Badminton partner", 4),
        ("qa2", Some("qe"), "Food-safety standards committee", 3),
        ("cpo", Some("buyer1"), "Tender timetable", 4),
        ("cpo", Some("sa"), "Order and forecast calls", 3),
        ("coo", Some("prod"), "Production review minutes", 3),
        ("coo", None, "Canteen talk at the Eastbank plant", 1),
    ];
    for (contact, source_person, source, reliability) in channels {
        let person = id(people, contact)?;
        let source_person = source_person.map(|key| id(people, key)).transpose()?;
        w.insert(
            Table::InformationChannel,
            &[
                ("person_id", &person),
                ("source_person_id", &source_person),
                ("source", source),
                ("reliability", reliability),
            ],
        )?;
    }
    Ok(())
}

fn interactions(w: &mut Writer<'_>, account: i64, people: &People<'_>) -> Result<()> {
    // kind, date, place, notes, who took part (both sides)
    let interactions: &[(&str, &str, &str, &str, &[&str])] = &[
        (
            "trade_show",
            "2026-06-15",
            "Shanghai packaging expo",
            "Packaging expo: shown the new aseptic carton to R&D",
            &["vp", "app", "rd", "rd2"],
        ),
        (
            "factory_tour",
            "2026-07-09",
            "Our carton plant, Suzhou",
            "Plant tour for the production leads; they asked for line-uptime data",
            &["tech", "prod", "plant2"],
        ),
        (
            "mutual_visit",
            "2026-08-25",
            "Eastbank plant",
            "Line audit at Eastbank; agreed a joint uptime review",
            &["tech", "prod", "plant1"],
        ),
        (
            "visit",
            "2026-09-12",
            "Lakeshore HQ",
            "Annual executive review at Lakeshore HQ",
            &["vp", "kam", "ceo", "coo"],
        ),
        (
            "meal",
            "2026-10-08",
            "Lakeside restaurant",
            "Dinner after the board meeting",
            &["md", "ceo"],
        ),
        (
            "call",
            "2026-10-20",
            "",
            "Tender timetable for the 2027 line upgrade",
            &["kam", "cpo", "buyer1"],
        ),
        (
            "key_date_greeting",
            "2026-11-18",
            "Lakeshore HQ",
            "Birthday greetings and a Go book",
            &["kam", "ceo"],
        ),
    ];
    for (kind, on, place, notes, participants) in interactions {
        let interaction = w.insert(
            Table::Interaction,
            &[
                ("account_id", &account),
                ("kind", kind),
                ("occurred_on", on),
                ("place", place),
                ("notes", notes),
            ],
        )?;
        for key in *participants {
            let person = id(people, key)?;
            w.insert(
                Table::InteractionParticipant,
                &[("interaction_id", &interaction), ("person_id", &person)],
            )?;
        }
    }
    Ok(())
}

fn key_dates(w: &mut Writer<'_>, account: i64, people: &People<'_>) -> Result<()> {
    let ceo = id(people, "ceo")?;
    let dates: &[(&str, &str, &str, bool, Option<i64>)] = &[
        (
            "contract_renewal",
            "Supply agreement renewal",
            "2027-03-31",
            false,
            None,
        ),
        ("festival", "Spring Festival greetings", "2027-02-06", false, None),
        (
            "company_anniversary",
            "Lakeshore founding anniversary",
            "1998-05-18",
            true,
            None,
        ),
        ("budget_cycle", "Capex budget round opens", "2026-12-10", true, None),
        (
            "custom",
            "Zhao Mingyuan's 10th year as CEO",
            "2027-06-01",
            false,
            Some(ceo),
        ),
    ];
    for (kind, label, on, yearly, person) in dates {
        w.insert(
            Table::KeyDate,
            &[
                ("account_id", &account),
                ("person_id", person),
                ("kind", kind),
                ("label", label),
                ("on_date", on),
                ("yearly", yearly),
            ],
        )?;
    }
    Ok(())
}

fn value(w: &mut Writer<'_>, account: i64) -> Result<()> {
    // 2026, weighted: 5×.30 + 3×.25 + 5×.15 + 4×.20 + 3×.10 = 4.1, which suggests S.
    // 2025: 4×.30 + 3×.25 + 4×.15 + 3×.20 + 2×.10 = 3.35, which suggested A.
    for (key, last_year, this_year) in [
        ("purchase_scale", 4, 5),
        ("profit_contribution", 3, 3),
        ("industry_influence", 4, 5),
        ("growth_potential", 3, 4),
        ("cooperation_fit", 2, 3),
    ] {
        let criterion: i64 = w
            .conn()
            .query_row("SELECT id FROM value_criterion WHERE key = ?1", [key], |r| r.get(0))?;
        for (year, score) in [(2025, last_year), (2026, this_year)] {
            w.insert(
                Table::ValueScore,
                &[
                    ("account_id", &account),
                    ("criterion_id", &criterion),
                    ("year", &year),
                    ("score", &score),
                ],
            )?;
        }
    }
    for (year, revenue) in [
        (2023, 14_200_000.0),
        (2024, 15_900_000.0),
        (2025, 17_100_000.0),
        (2026, 19_200_000.0),
    ] {
        let values: [(&str, &dyn ToSql); 3] = [("account_id", &account), ("year", &year), ("revenue", &revenue)];
        w.insert(Table::RevenueActual, &values)?;
    }
    Ok(())
}

/// How the relationship and the tier got where they are.
fn history(w: &mut Writer<'_>, account: i64) -> Result<()> {
    for (level, target, on) in [
        ("vendor", "preferred_supplier", "2019-04-01"),
        ("preferred_supplier", "partner", "2023-06-20"),
    ] {
        w.insert(
            Table::RelationshipChange,
            &[
                ("account_id", &account),
                ("level", &level),
                ("target", &target),
                ("changed_on", &on),
                ("author", &"Elena Marsh"),
            ],
        )?;
    }
    let decisions: [(&str, &str, &str, f64, &str); 2] = [
        (
            "A",
            "2025-01-20",
            "Large and growing volume, but no access to the CEO yet",
            3.35,
            "A",
        ),
        (
            "S",
            "2026-01-15",
            "Sector leader in chilled dairy; reference customer for aseptic lines",
            4.1,
            "S",
        ),
    ];
    for (tier, on, reason, score, suggested) in decisions {
        w.insert(
            Table::TierDecision,
            &[
                ("account_id", &account),
                ("tier", &tier),
                ("decided_by", &"Elena Marsh"),
                ("decided_on", &on),
                ("reason", &reason),
                ("score", &score),
                ("suggested_tier", &suggested),
            ],
        )?;
    }
    Ok(())
}

fn strategy(w: &mut Writer<'_>, account: i64) -> Result<()> {
    for demand in [
        "speed_of_response",
        "solution_innovation",
        "customisation",
        "Shelf-life extension for chilled lines",
    ] {
        w.insert(Table::ValueDemand, &[("account_id", &account), ("demand", &demand)])?;
    }
    for point in [
        "Filling-line uptime guarantee backed by on-site technical service",
        "Joint packaging development with Lakeshore R&D",
        "Food-safety certification support for export markets",
    ] {
        w.insert(
            Table::ControlPoint,
            &[("account_id", &account), ("description", &point)],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::db::Db;
    use crate::opportunity::DealStatus;
    use crate::vocabulary::{Side, Tier};

    fn sample() -> (Db, i64) {
        let db = Db::open_in_memory().unwrap();
        assert!(db.ensure_sample().unwrap());
        let account = db.list_accounts().unwrap()[0].id;
        (db, account)
    }

    #[test]
    fn the_sample_has_deals_value_and_strategy() {
        let (db, account) = sample();
        let deals = db.list_opportunities(account).unwrap();
        assert_eq!(deals.len(), 3);
        let open: Vec<_> = deals.iter().filter(|d| d.status == DealStatus::Open).collect();
        assert_eq!(open.len(), 2);
        assert!(open.iter().all(|d| d.roles >= 2));
        let history = db.value_history(account).unwrap();
        let years: Vec<(i64, Option<Tier>)> = history.iter().map(|a| (a.year, a.suggested_tier)).collect();
        assert_eq!(years, [(2025, Some(Tier::A)), (2026, Some(Tier::S))]);
        let decisions = db.tier_history(account).unwrap();
        assert_eq!(decisions.iter().map(|d| d.tier).collect::<Vec<_>>(), [Tier::S, Tier::A]);
        assert_eq!(db.relationship_history(account).unwrap().len(), 2);
        let curve = db.value_curve(account).unwrap();
        let gap = curve.gap.expect("2026 has an actual and an expectation");
        assert_eq!((gap.year, gap.verdict), (2026, crate::value::GapVerdict::Below));
        assert!((gap.difference + 1_800_000.0).abs() < 1e-3);
        let value = db.value_assessment(account).unwrap();
        assert!(value.complete && (value.weighted_score - 4.1).abs() < 1e-9);
        assert_eq!(
            (value.suggested_tier, value.decided_tier),
            (Some(Tier::S), Some(Tier::S))
        );
        assert_eq!(db.value_curve(account).unwrap().actuals.len(), 4);
        let demands = db.list_value_demands(account).unwrap();
        assert_eq!(demands.iter().filter(|d| d.known.is_some()).count(), 3);
        assert_eq!(db.list_control_points(account).unwrap().len(), 3);
    }

    #[test]
    fn the_sample_keeps_the_rules_of_channels_interactions_and_dates() {
        let (db, account) = sample();
        let people = db.list_people(account).unwrap();
        let on_map = |id: i64| {
            let p = db.get_person(id).unwrap();
            p.side == Side::Ours || p.account_id == Some(account)
        };
        let mut channels = 0;
        for person in &people {
            for channel in db.list_channels(person.id).unwrap() {
                channels += 1;
                assert!(channel.source_person_id.is_none_or(|s| s != person.id && on_map(s)));
            }
        }
        assert!(channels >= 8);
        let interactions = db.list_interactions(account).unwrap();
        assert_eq!(interactions.len(), 7);
        assert!(interactions.windows(2).all(|w| w[0].occurred_on >= w[1].occurred_on));
        assert!(interactions.iter().all(|i| !i.participants.is_empty()));
        assert!(interactions
            .iter()
            .flat_map(|i| &i.participants)
            .all(|p| on_map(p.person_id)));
        let ceo = people.iter().find(|p| p.name == "Zhao Mingyuan").unwrap();
        assert!(db.get_profile(ceo.id).unwrap().unwrap().birthday.is_some());
        let agenda = db.upcoming_key_dates(Some(account), "2026-11-01", 120).unwrap();
        let labels: Vec<&str> = agenda.iter().map(|u| u.label.as_str()).collect();
        assert!(labels.contains(&"Zhao Mingyuan's birthday"), "{labels:?}");
        assert!(labels.contains(&"Spring Festival greetings"), "{labels:?}");
        assert_eq!(db.list_key_dates(account).unwrap().len(), 5);
    }

    #[test]
    fn one_undo_removes_the_whole_sample() {
        let (db, account) = sample();
        db.undo().unwrap();
        assert!(db.list_accounts().unwrap().is_empty());
        assert_eq!(
            db.value_assessment(account).unwrap_err().kind(),
            crate::ErrorKind::NotFound
        );
        let left: i64 = db
            .read(|c| {
                Ok(c.query_row(
                    "SELECT (SELECT count(*) FROM person_profile) + (SELECT count(*) FROM interaction)
                          + (SELECT count(*) FROM value_score) + (SELECT count(*) FROM opportunity)",
                    [],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(left, 0);
    }
}
