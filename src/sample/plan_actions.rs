//! The sample plan's action plan: five actions along the decision chain — one done by a
//! contact already logged (the tender-timetable call), one overdue (the Northfield plant tour,
//! due a week before the sample is opened, or at midyear), two coming up at the year's end,
//! one dropped. Written in the sample's one journal action, after the plan.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};

type People<'a> = HashMap<&'a str, i64>;

fn id(people: &People<'_>, key: &str) -> Result<i64> {
    people
        .get(key)
        .copied()
        .ok_or_else(|| Error::problem("sample", Problem::Missing))
}

fn missing() -> Error {
    Error::problem("sample", Problem::Missing)
}

/// The plan's target of `kind`, if the sample plan has one.
fn target(w: &Writer<'_>, plan: i64, kind: &str) -> Result<Option<i64>> {
    Ok(w.conn()
        .query_row(
            "SELECT id FROM plan_target WHERE plan_id = ?1 AND kind = ?2 ORDER BY id LIMIT 1",
            rusqlite::params![plan, kind],
            |r| r.get(0),
        )
        .optional()?)
}

/// Title, owner, people, due (month-day), target kind, status.
type ActionLine<'a> = (&'a str, &'a str, &'a [&'a str], &'a str, Option<&'a str>, &'a str);

const LATER: &[ActionLine<'static>] = &[
    (
        "Sponsor meeting: our Managing Director with the CEO before the budget round",
        "md",
        &["ceo"],
        "12-15",
        Some("ladder_level"),
        "open",
    ),
    (
        "Introduce our application specialist to the packaging development lead",
        "app",
        &["rd2"],
        "12-20",
        None,
        "open",
    ),
    (
        "Golf day with the procurement team",
        "sa",
        &["cpo", "buyer1"],
        "08-15",
        None,
        "dropped",
    ),
];

fn insert(
    w: &mut Writer<'_>,
    plan: i64,
    people: &People<'_>,
    line: (&str, &str, &[&str], String, Option<i64>, &str),
    done: Option<(&str, i64)>,
) -> Result<()> {
    let (title, owner, concerned, due_on, target_id, status) = line;
    let action = w.insert(
        Table::PlanAction,
        &[
            ("plan_id", &plan),
            ("title", &title),
            ("owner_id", &id(people, owner)?),
            ("due_on", &due_on),
            ("target_id", &target_id),
            ("status", &status),
            ("done_on", &done.map(|(on, _)| on)),
            ("interaction_id", &done.map(|(_, interaction)| interaction)),
        ],
    )?;
    for key in concerned {
        w.insert(
            Table::PlanActionPerson,
            &[("action_id", &action), ("person_id", &id(people, key)?)],
        )?;
    }
    Ok(())
}

pub(super) fn add(w: &mut Writer<'_>, account: i64, plan: i64, people: &People<'_>, year: i64) -> Result<()> {
    let today = chrono::Local::now().date_naive();
    let year = i32::try_from(year).map_err(|_| missing())?;
    let first = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(missing)?;
    let day = |month, day| NaiveDate::from_ymd_opt(year, month, day).ok_or_else(missing);
    let text = |date: NaiveDate| date.format("%Y-%m-%d").to_string();

    // Done by the call already in the contacts log.
    let (call, called_on): (i64, String) = w
        .conn()
        .query_row(
            "SELECT id, occurred_on FROM interaction WHERE account_id = ?1 AND kind = 'call'
             ORDER BY occurred_on DESC, id DESC LIMIT 1",
            [account],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(missing)?;
    let due = text(day(10, 31)?);
    let line = (
        "Walk procurement through the tender timetable",
        "kam",
        &["cpo", "buyer1"][..],
        due,
        target(w, plan, "foothold")?,
        "done",
    );
    insert(w, plan, people, line, Some((&called_on, call)))?;

    // Overdue: a week before today, or at midyear, whichever is earlier (never before January).
    let week_ago = today - chrono::Days::new(7);
    let overdue = day(6, 30)?.min(week_ago).max(first);
    let line = (
        "Plant tour at our carton plant for the Northfield plant manager",
        "tech",
        &["plant2"][..],
        text(overdue),
        target(w, plan, "b_owner")?,
        "open",
    );
    insert(w, plan, people, line, None)?;

    for (title, owner, concerned, due, kind, status) in LATER {
        let (month, dom) = due.split_once('-').ok_or_else(missing)?;
        let due_on = day(
            month.parse().map_err(|_| missing())?,
            dom.parse().map_err(|_| missing())?,
        )?;
        let target_id = match kind {
            Some(kind) => target(w, plan, kind)?,
            None => None,
        };
        let line = (*title, *owner, *concerned, text(due_on), target_id, *status);
        insert(w, plan, people, line, None)?;
    }

    // The CFO's expansion card: the words the map has no place for.
    w.insert(
        Table::PlanCard,
        &[
            ("plan_id", &plan),
            ("person_id", &id(people, "cfo")?),
            ("why", &CFO_CARD.0),
            ("personal_interests", &CFO_CARD.1),
            ("department_interests", &CFO_CARD.2),
            ("resources", &CFO_CARD.3),
        ],
    )?;
    Ok(())
}

/// Why the CFO, what she and her department want, what we commit (fictitious).
const CFO_CARD: (&str, &str, &str, &str) = (
    "Approver of the Eastbank upgrade budget; sceptical since the 2025 price increase, and the board listens to her.",
    "A packaging cost per litre she can defend to the board, without surprises mid-year.",
    "Finance wants fewer suppliers, index-linked prices and a clear total cost of ownership.",
    "Our finance director for a total-cost workshop in spring; a cost model of the aseptic line by our engineering team.",
);
