//! The sample account, opened on request from the welcome screen of a new workspace.
//!
//! Contract: the sample is an ordinary account. [`Db::create_sample_account`] adds it as one
//! journal action ("Create sample account") and opens the one already there instead of adding
//! a second; nothing adds it on its own, so a deleted sample stays deleted. [`Db::ensure_sample`]
//! (tests, benchmarks) adds it only to a workspace with no account. Everything in it is invented:
//! Lakeshore Dairy Group (a dairy producer) served by our packaging company's team, with
//! its deals, profiles, information channels, interactions, key dates, value assessment and
//! strategy (in `sample/extras.rs`).
//! Its embedded account team, partners included, is in `sample/team.rs`.
//! Its plan for the current year, active, with six targets, is in `sample/plan.rs`.
//! The plan's actions (one done by a logged contact, one overdue) are in `sample/plan_actions.rs`;
//! the customer's voice, two issues and a symbiosis initiative in `sample/relationship.rs`.
//! Opened into a workspace with no account yet, it brings three small invented accounts along
//! (`sample/portfolio.rs`: tiers B and C, one new this year, one lost last quarter), so that
//! the portfolio has something to show; a workspace with accounts of its own gets Lakeshore
//! alone, and so does [`Db::ensure_sample`], whose callers read the one account.

mod cast;
mod extras;
mod plan;
mod plan_actions;
mod portfolio;
mod relationship;
mod team;

use cast::{CONTACTS, COVERAGE, DEPARTMENTS, TEAM};

use std::collections::HashMap;

use rusqlite::OptionalExtension;

use crate::account::Account;
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::Result;
use crate::journal::{Table, Writer};
use crate::person::{self, NewPerson};
use crate::tie::{self, NewTie};
use crate::vocabulary::{Level, PersonalTie, Side, TieKind};

pub const SAMPLE_ACCOUNT: &str = "Lakeshore Dairy Group";

impl Db {
    /// Adds the sample account, or finds the one already in the workspace.
    pub fn create_sample_account(&self) -> Result<Account> {
        let existing: Option<i64> = self.read(|conn| {
            Ok(conn
                .query_row(
                    "SELECT id FROM account WHERE name = ?1 ORDER BY id LIMIT 1",
                    [SAMPLE_ACCOUNT],
                    |r| r.get(0),
                )
                .optional()?)
        })?;
        let id = match existing {
            Some(id) => id,
            None => self.write(ActionLabel::CreateSample, |w| {
                let empty: bool = w
                    .conn()
                    .query_row("SELECT NOT EXISTS (SELECT 1 FROM account)", [], |r| r.get(0))?;
                let id = build(w)?;
                if empty {
                    portfolio::companions(w)?;
                }
                Ok(id)
            })?,
        };
        self.get_account(id)
    }

    /// Adds the sample account when the workspace has no account yet. Returns whether it did.
    pub fn ensure_sample(&self) -> Result<bool> {
        let empty: bool =
            self.read(|conn| Ok(conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM account)", [], |r| r.get(0))?))?;
        if !empty {
            return Ok(false);
        }
        self.write(ActionLabel::CreateSample, build)?;
        Ok(true)
    }
}

fn build(w: &mut Writer<'_>) -> Result<i64> {
    let created_at = chrono::Utc::now().to_rfc3339();
    let account = w.insert(
        Table::Account,
        &[
            ("name", &SAMPLE_ACCOUNT),
            ("industry", &"Dairy"),
            ("region", &"East China"),
            ("tier", &"S"),
            ("tier_decided_by", &"Elena Marsh"),
            ("tier_decided_on", &"2026-01-15"),
            (
                "tier_reason",
                &"Sector leader in chilled dairy; reference customer for aseptic lines",
            ),
            ("relationship_level", &"preferred_supplier"),
            ("relationship_target", &"partner"),
            ("lifecycle_stage", &"deepening"),
            ("sales_pattern", &"continuous"),
            ("annual_revenue", &18_500_000.0),
            ("purchase_volume", &52_000_000.0),
            ("expected_revenue_1y", &21_000_000.0),
            ("expected_revenue_3y", &30_000_000.0),
            ("revenue_base_year", &2025),
            ("purchase_volume_unit", &"CNY / year"),
            ("strategic_influence", &5),
            (
                "notes",
                &"Chilled-dairy leader in East China; its packaging choices are copied across the sector.",
            ),
            ("created_at", &created_at),
        ],
    )?;
    // A competitor of that name may exist already (the workspace's own list): meet it here.
    let rival: Option<i64> = w
        .conn()
        .query_row(
            "SELECT id FROM competitor WHERE name = ?1 COLLATE NOCASE",
            ["Crestline Packaging"],
            |r| r.get(0),
        )
        .optional()?;
    let rival = match rival {
        Some(id) => id,
        None => w.insert(Table::Competitor, &[("name", &"Crestline Packaging")])?,
    };
    w.insert(
        Table::AccountCompetitor,
        &[("account_id", &account), ("competitor_id", &rival)],
    )?;

    let mut units: HashMap<&str, i64> = HashMap::new();
    for (name, parent) in DEPARTMENTS {
        let parent_id = parent.and_then(|p| units.get(p).copied());
        let id = w.insert(
            Table::OrgUnit,
            &[("account_id", &account), ("parent_id", &parent_id), ("name", name)],
        )?;
        units.insert(name, id);
    }

    let mut people: HashMap<&str, i64> = HashMap::new();
    for c in CONTACTS {
        let input = customer(account, c.name, c.title, units.get(c.unit).copied(), c.level);
        let id = person::insert(w, &input)?;
        people.insert(c.key, id);
        for role in c.roles {
            w.insert(Table::DecisionRole, &[("person_id", &id), ("role", role)])?;
        }
        assess(w, id, c.attitude, c.influence)?;
    }
    for c in CONTACTS {
        if let Some(manager) = c.manager {
            connect(w, &people, c.key, manager, TieKind::ReportsTo)?;
        }
    }
    for (key, name, title, level) in TEAM {
        let id = person::insert(
            w,
            &NewPerson {
                account_id: None,
                side: Side::Ours,
                name: (*name).into(),
                title: (*title).into(),
                org_unit_id: None,
                level: *level,
                email: String::new(),
                phone: String::new(),
                employer_id: None,
            },
        )?;
        people.insert(key, id);
    }
    for (owner, contact, role) in COVERAGE {
        tie::insert(
            w,
            &NewTie {
                coverage_role: Some(*role),
                ..tie_between(&people, owner, contact, TieKind::Coverage)
            },
        )?;
    }

    // The hidden decision chain: a board member and an investor in the CEO's family (the
    // kinship is a personal tie, so hiding private details hides it; the title says only the job).
    let board = third_party(w, account, "Li Guofeng", "Non-executive board member", Level::Board)?;
    let relative = third_party(w, account, "Pan Zhiyuan", "Food-industry investor", Level::Executive)?;
    let adviser = third_party(
        w,
        account,
        "Dr. Alan Whitcombe",
        "Outside packaging consultant",
        Level::Executive,
    )?;
    people.insert("board", board);
    people.insert("relative", relative);
    people.insert("adviser", adviser);
    assess(w, board, -1, 4)?;
    assess(w, relative, 1, 3)?;
    assess(w, adviser, -2, 3)?;
    for (from, to, strength) in [
        ("board", "ceo", 4),
        ("relative", "ceo", 5),
        ("adviser", "cfo", 3),
        ("adviser", "qa2", 3),
    ] {
        tie::insert(
            w,
            &NewTie {
                hidden: true,
                strength: Some(strength),
                ..tie_between(&people, from, to, TieKind::Influences)
            },
        )?;
    }
    connect(w, &people, "qa2", "cfo", TieKind::DottedLine)?;
    connect(w, &people, "rd2", "prod", TieKind::DottedLine)?;
    for (from, to) in [("prod", "coo"), ("rd", "ceo"), ("cfo", "cpo"), ("ea", "ceo")] {
        connect(w, &people, from, to, TieKind::Influences)?;
    }

    // Personal ties that open paths toward the CEO and the sceptical CFO.
    let personal: &[(&str, &str, PersonalTie, i64, &str)] = &[
        (
            "tech",
            "line",
            PersonalTie::FormerColleague,
            4,
            "Worked together at a filling-line integrator",
        ),
        ("line", "plant2", PersonalTie::Friend, 3, "Badminton partners"),
        ("app", "rd2", PersonalTie::Alumni, 4, "Same food-engineering class"),
        ("rd2", "ea", PersonalTie::Neighbour, 3, "Children in the same class"),
        ("kam", "relative", PersonalTie::Club, 3, "Same sailing club"),
        (
            "qe",
            "qa2",
            PersonalTie::BusinessContact,
            2,
            "Met at a food-safety standards committee",
        ),
        ("fin", "cfo", PersonalTie::Family, 2, "Cousins"),
        ("relative", "ceo", PersonalTie::Family, 5, "Brother-in-law"),
        (
            "vp",
            "board",
            PersonalTie::FormerColleague,
            3,
            "Both served on an industry association board",
        ),
    ];
    for (from, to, kind, strength, note) in personal {
        tie::insert(
            w,
            &NewTie {
                personal_kind: Some(*kind),
                strength: Some(*strength),
                note: (*note).into(),
                ..tie_between(&people, from, to, TieKind::Personal)
            },
        )?;
    }

    // Competitor leanings and a competitor salesperson who works the plant managers. Crestline's
    // highest supporter sits on the board, above our CEO; and it courts the marketing director,
    // who decides the cup relaunch.
    for (key, strength) in [("plant2", 4), ("cfo", 3), ("qa2", 2), ("board", 3), ("mkt", 3)] {
        w.insert(
            Table::CompetitorLeaning,
            &[
                ("person_id", &people[key]),
                ("competitor_id", &rival),
                ("strength", &strength),
            ],
        )?;
    }
    let rival_rep = person::insert(
        w,
        &NewPerson {
            employer_id: Some(rival),
            ..customer(
                account,
                "Victor Hale",
                "Key Account Director, Crestline",
                None,
                Level::Manager,
            )
        }
        .with_side(Side::Competitor),
    )?;
    people.insert("rival", rival_rep);
    for contact in ["plant2", "cfo"] {
        tie::insert(
            w,
            &NewTie {
                personal_kind: Some(PersonalTie::BusinessContact),
                ..tie_between(&people, "rival", contact, TieKind::Personal)
            },
        )?;
    }
    extras::enrich(w, account, &people)?;
    team::embed(w, account, &people)?;
    let year = crate::value::this_year();
    let plan = plan::add(w, account, &people, year)?;
    plan_actions::add(w, account, plan, &people, year)?;
    Ok(account)
}

fn customer(account: i64, name: &str, title: &str, unit: Option<i64>, level: Level) -> NewPerson {
    NewPerson {
        account_id: Some(account),
        side: Side::Customer,
        name: name.into(),
        title: title.into(),
        org_unit_id: unit,
        level,
        email: String::new(),
        phone: String::new(),
        employer_id: None,
    }
}

impl NewPerson {
    fn with_side(mut self, side: Side) -> Self {
        self.side = side;
        self
    }
}

fn third_party(w: &mut Writer<'_>, account: i64, name: &str, title: &str, level: Level) -> Result<i64> {
    person::insert(
        w,
        &customer(account, name, title, None, level).with_side(Side::ThirdParty),
    )
}

fn assess(w: &mut Writer<'_>, person: i64, attitude: i64, influence: i64) -> Result<()> {
    let common: [(&str, &dyn rusqlite::ToSql); 4] = [
        ("person_id", &person),
        ("observed_on", &"2026-09-30"),
        ("evidence", &"Account review workshop"),
        ("author", &"Elena Marsh"),
    ];
    let mut values = common.to_vec();
    values.push(("value", &attitude));
    w.insert(Table::AttitudeEvent, &values)?;
    let mut values = common.to_vec();
    values.push(("value", &influence));
    w.insert(Table::InfluenceEvent, &values)?;
    Ok(())
}

fn tie_between(people: &HashMap<&str, i64>, from: &str, to: &str, kind: TieKind) -> NewTie {
    NewTie {
        from_person_id: people[from],
        to_person_id: people[to],
        kind,
        personal_kind: None,
        coverage_role: None,
        hidden: false,
        strength: None,
        note: String::new(),
    }
}

fn connect(w: &mut Writer<'_>, people: &HashMap<&str, i64>, from: &str, to: &str, kind: TieKind) -> Result<i64> {
    tie::insert(w, &tie_between(people, from, to, kind))
}
