//! The checks of a new or updated target (see [`super`]).

use rusqlite::Connection;

use crate::account::parties::{customer_person, our_person};
use crate::assessment::{current, Scale};
use crate::error::{Error, Problem, Result};
use crate::plan::lifecycle::PlanRow;
use crate::validate;
use crate::vocabulary::{PlanStatus, PlanTargetKind, RelationshipLevel, TargetValues, ATTITUDE};

/// The fields of a new or updated target.
pub(super) struct Fields<'a> {
    pub(super) kind: PlanTargetKind,
    pub(super) title: &'a str,
    pub(super) measure: &'a str,
    pub(super) owner_id: Option<i64>,
    pub(super) person_id: Option<i64>,
    pub(super) from_value: Option<f64>,
    pub(super) to_value: Option<f64>,
    pub(super) to_level: Option<RelationshipLevel>,
    pub(super) due_date: Option<&'a str>,
}

/// The values as stored, once checked.
pub(super) struct Checked {
    pub(super) title: String,
    pub(super) measure: String,
    pub(super) from_value: Option<f64>,
    pub(super) to_value: Option<f64>,
    pub(super) due_date: Option<String>,
}

pub(super) fn refuse<T>(field: &str, problem: Problem) -> Result<T> {
    Err(Error::problem(field, problem))
}

fn finite(field: &str, value: Option<f64>) -> Result<Option<f64>> {
    match value {
        Some(v) if !v.is_finite() => refuse(field, Problem::NotFinite),
        other => Ok(other),
    }
}

/// Checks `f` against the plan (see the module doc).
pub(super) fn check(conn: &Connection, plan: &PlanRow, f: &Fields<'_>) -> Result<Checked> {
    if plan.status == PlanStatus::Closed {
        return refuse("status", Problem::PlanIs { status: plan.status });
    }
    let title = validate::name("title", f.title)?;
    let measure = if f.kind.is_market() {
        validate::name("measure", f.measure)?
    } else {
        f.measure.trim().to_owned()
    };
    let Some(owner) = f.owner_id else {
        return refuse("owner_id", Problem::Missing);
    };
    our_person(conn, owner, "owner_id")?;
    match (f.kind.is_about_person(), f.person_id) {
        (true, None) => return refuse("person_id", Problem::Missing),
        (true, Some(id)) => {
            customer_person(conn, plan.account_id, id, "person_id")?;
        }
        (false, Some(_)) => return refuse("person_id", Problem::NotApplicable),
        (false, None) => {}
    }
    let shape = f.kind.shape();
    let bounded = |field: &str, value: Option<f64>| -> Result<Option<f64>> {
        match (finite(field, value)?, shape.min.zip(shape.max)) {
            (Some(v), Some((min, max))) if !(min..=max).contains(&v) => {
                refuse(field, Problem::out_of_range(min, max, v))
            }
            (Some(v), _) if shape.values == TargetValues::Attitude && v.fract() != 0.0 => refuse(
                field,
                Problem::out_of_range(ATTITUDE.min as f64, ATTITUDE.max as f64, v),
            ),
            (other, _) => Ok(other),
        }
    };
    let (from_value, to_value) = match shape.values {
        TargetValues::Attitude => {
            let to = bounded("to_value", f.to_value)?.ok_or_else(|| Error::problem("to_value", Problem::Missing))?;
            let from = match (bounded("from_value", f.from_value)?, f.person_id) {
                (Some(from), _) => Some(from),
                (None, Some(person)) => current(conn, Scale::Attitude, Some(plan.account_id))?
                    .get(&person)
                    .map(|v| *v as f64),
                (None, None) => None,
            };
            if let Some(from) = from.filter(|from| to <= *from) {
                return refuse("to_value", Problem::NotAbove { limit: from, got: to });
            }
            (from, Some(to))
        }
        TargetValues::Number => (bounded("from_value", f.from_value)?, bounded("to_value", f.to_value)?),
        TargetValues::None if f.from_value.is_some() => return refuse("from_value", Problem::NotApplicable),
        TargetValues::None if f.to_value.is_some() => return refuse("to_value", Problem::NotApplicable),
        TargetValues::None => (None, None),
    };
    match (shape.level, f.to_level) {
        (true, None) => return refuse("to_level", Problem::Missing),
        (false, Some(_)) => return refuse("to_level", Problem::NotApplicable),
        _ => {}
    }
    let due_date = match f.due_date.map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(text) => {
            let date = validate::date("due_date", text)?;
            if !date.starts_with(&format!("{:04}-", plan.year)) {
                return refuse(
                    "due_date",
                    Problem::NotInYear {
                        year: plan.year,
                        value: date,
                    },
                );
            }
            Some(date)
        }
    };
    Ok(Checked {
        title,
        measure,
        from_value,
        to_value,
        due_date,
    })
}
