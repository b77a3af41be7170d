//! The sample account's plan for the current year: active since January, with its narrative,
//! six targets of several kinds owned by the account team, and the status assessment frozen
//! from the sample's own data. The second-channel target to the Head of Procurement is met by
//! the data already (two stable channels); the others are still open. Written in the sample's
//! one journal action, after everything the assessment reads.

use std::collections::HashMap;

use crate::account::today_text;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::plan::target::{insert, TargetRow};
use crate::plan::{assessment, lifecycle, version};
use crate::vocabulary::{PlanStatus, PlanTargetKind, RelationshipLevel, TargetStatus};

type People<'a> = HashMap<&'a str, i64>;

fn id(people: &People<'_>, key: &str) -> Result<i64> {
    people
        .get(key)
        .copied()
        .ok_or_else(|| Error::problem("sample", Problem::Missing))
}

const NARRATIVE: &str = "Move Lakeshore from preferred supplier to partner this year: win the aseptic line \
upgrade at Eastbank, turn the CFO from sceptic to supporter before the 2027 budget round, and close the \
coverage gaps at the Northfield plant, where Crestline is strongest.";

/// Kind, title, measure, owner, person, from, to, ladder level, due (month-day).
type TargetLine<'a> = (
    PlanTargetKind,
    &'a str,
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<f64>,
    Option<f64>,
    Option<RelationshipLevel>,
    &'a str,
);

const TARGETS: &[TargetLine<'static>] = &[
    (
        PlanTargetKind::Foothold,
        "Win the aseptic line upgrade at Eastbank",
        "Our aseptic cartons specified for the upgraded Eastbank line 3",
        "vp",
        None,
        None,
        None,
        None,
        "11-30",
    ),
    (
        PlanTargetKind::ShareOfWallet,
        "Raise our share of Lakeshore's carton spend",
        "Share of chilled and ambient carton purchases",
        "kam",
        None,
        Some(0.35),
        Some(0.45),
        None,
        "12-31",
    ),
    (
        PlanTargetKind::Attitude,
        "Turn the CFO from sceptic to supporter",
        "",
        "kam",
        Some("cfo"),
        Some(-1.0),
        Some(1.0),
        None,
        "09-30",
    ),
    (
        PlanTargetKind::BOwner,
        "A backup owner for the Northfield plant manager",
        "",
        "tech",
        Some("plant2"),
        None,
        None,
        None,
        "06-30",
    ),
    (
        PlanTargetKind::SecondChannel,
        "A second information channel to the Head of Procurement",
        "",
        "sa",
        Some("cpo"),
        None,
        None,
        None,
        "04-30",
    ),
    (
        PlanTargetKind::LadderLevel,
        "Become Lakeshore's partner",
        "",
        "vp",
        None,
        None,
        None,
        Some(RelationshipLevel::Partner),
        "12-31",
    ),
];

/// Adds the plan of `year` to the sample account; returns its id.
pub(super) fn add(w: &mut Writer<'_>, account: i64, people: &People<'_>, year: i64) -> Result<i64> {
    let today = today_text();
    let created = format!("{year:04}-01-10").min(today.clone());
    let activated = format!("{year:04}-01-20").min(today);
    let plan = w.insert(
        Table::Plan,
        &[
            ("account_id", &account),
            ("year", &year),
            ("narrative", &NARRATIVE),
            ("created_on", &created),
        ],
    )?;
    for (kind, title, measure, owner, person, from, to, level, due) in TARGETS {
        let row = TargetRow {
            id: 0,
            plan_id: plan,
            kind: *kind,
            title: (*title).to_owned(),
            measure: (*measure).to_owned(),
            owner_id: Some(id(people, owner)?),
            person_id: person.map(|key| id(people, key)).transpose()?,
            from_value: *from,
            to_value: *to,
            to_level: *level,
            due_date: Some(format!("{year:04}-{due}")),
            status: TargetStatus::Open,
            carried: false,
            notes: String::new(),
        };
        insert(w, plan, &row)?;
    }
    let frozen = assessment::live(w.conn(), &lifecycle::plan_row(w.conn(), plan)?)?;
    let frozen = serde_json::to_string(&frozen).map_err(|e| Error::Journal(e.to_string()))?;
    w.update(
        Table::Plan,
        plan,
        &[
            ("status", &PlanStatus::Active),
            ("activated_on", &activated),
            ("assessment", &frozen),
        ],
    )?;
    version::write_version(w, plan, "", &activated)?;
    Ok(plan)
}
