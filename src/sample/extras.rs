//! The rest of the sample account: deals, profiles, information channels, interactions, key
//! dates, the value assessment and curve, value demands and control points. Written in the
//! same journal action as the map ([`super::build`]), so one undo removes all of it.

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
    strategy(w, account)
}

fn deals(w: &mut Writer<'_>, account: i64, people: &People<'_>) -> Result<()> {
    let deals: &[(&str, &[(&str, DecisionRole)])] = &[
        (
            "Aseptic line upgrade 2027",
            &[
                ("plant1", DecisionRole::Initiator),
                ("prod", DecisionRole::Decider),
                ("cfo", DecisionRole::Approver),
                ("qa2", DecisionRole::Gatekeeper),
            ],
        ),
        (
            "Chilled cup range relaunch",
            &[("brand", DecisionRole::Initiator), ("mkt", DecisionRole::Decider)],
        ),
    ];
    for (name, roles) in deals {
        let deal = w.insert(Table::Opportunity, &[("account_id", &account), ("name", name)])?;
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
        ("cpo", Some("07-21"), "Badminton", "", "Eastbank", "", ""),
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
        ("cfo", Some("fin"), "Cousin; budget-round hints", 3),
        ("cfo", None, "Industry press and annual report", 2),
        ("plant2", Some("line"), "Badminton partner", 4),
        ("qa2", Some("qe"), "Food-safety standards committee", 3),
        ("cpo", Some("buyer1"), "Tender timetable", 4),
        ("cpo", Some("sa"), "Order and forecast calls", 3),
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
    let interactions: &[(&str, &str, &str, &[&str])] = &[
        (
            "trade_show",
            "2026-06-15",
            "Packaging expo: shown the new aseptic carton to R&D",
            &["vp", "app", "rd", "rd2"],
        ),
        (
            "mutual_visit",
            "2026-08-25",
            "Line audit at Eastbank; agreed a joint uptime review",
            &["tech", "prod", "plant1"],
        ),
        (
            "visit",
            "2026-09-12",
            "Annual executive review at Lakeshore HQ",
            &["vp", "kam", "ceo", "coo"],
        ),
        ("meal", "2026-10-08", "Dinner after the board meeting", &["md", "ceo"]),
        (
            "call",
            "2026-10-20",
            "Tender timetable for the 2027 line upgrade",
            &["kam", "cpo", "buyer1"],
        ),
        (
            "key_date_greeting",
            "2026-11-18",
            "Birthday greetings and a Go book",
            &["kam", "ceo"],
        ),
    ];
    for (kind, on, notes, participants) in interactions {
        let interaction = w.insert(
            Table::Interaction,
            &[
                ("account_id", &account),
                ("kind", kind),
                ("occurred_on", on),
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
        ("custom", "Lakeshore founding anniversary", "1998-05-18", true, None),
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
    // Weighted: 5×.30 + 3×.25 + 5×.15 + 4×.20 + 3×.10 = 4.1, which suggests S.
    for (key, score) in [
        ("purchase_scale", 5),
        ("profit_contribution", 3),
        ("industry_influence", 5),
        ("growth_potential", 4),
        ("cooperation_fit", 3),
    ] {
        let criterion: i64 = w
            .conn()
            .query_row("SELECT id FROM value_criterion WHERE key = ?1", [key], |r| r.get(0))?;
        w.insert(
            Table::ValueScore,
            &[
                ("account_id", &account),
                ("criterion_id", &criterion),
                ("score", &score),
            ],
        )?;
    }
    for (year, revenue) in [(2023, 14_200_000.0), (2024, 15_900_000.0), (2025, 17_100_000.0)] {
        let values: [(&str, &dyn ToSql); 3] = [("account_id", &account), ("year", &year), ("revenue", &revenue)];
        w.insert(Table::RevenueActual, &values)?;
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
        assert_eq!(deals.len(), 2);
        assert!(deals.iter().all(|d| d.roles >= 2));
        let value = db.value_assessment(account).unwrap();
        assert!(value.complete && (value.weighted_score - 4.1).abs() < 1e-9);
        assert_eq!(
            (value.suggested_tier, value.decided_tier),
            (Some(Tier::S), Some(Tier::S))
        );
        assert_eq!(db.value_curve(account).unwrap().actuals.len(), 3);
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
        assert_eq!(interactions.len(), 6);
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
        assert_eq!(db.list_key_dates(account).unwrap().len(), 4);
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
