//! Writing an import: departments, people, updates, reporting lines and the remembered
//! mapping, as one journal action.
//!
//! Contract: the preview is built again inside the write's transaction from the same source,
//! mapping and choices, so what is written is what the preview showed against the data as it
//! is now; any refusal rolls the whole action back.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, ToSql};
use serde::Serialize;

use super::read::Grid;
use super::{mapping, preview, ImportPlan, ManagerLink, RowAction};
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::Result;
use crate::journal::{Table, Writer};
use crate::person::{self, NewPerson};
use crate::tie::{self, NewTie};
use crate::vocabulary::{Side, TieKind};

/// What an import did.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ImportSummary {
    pub created: i64,
    pub updated: i64,
    pub skipped: i64,
    pub departments_created: i64,
    pub reporting_lines: i64,
    /// The people created or updated, in row order.
    pub person_ids: Vec<i64>,
}

pub(super) fn import(db: &Db, account_id: i64, grid: &Grid, plan: &ImportPlan) -> Result<ImportSummary> {
    let shown = db.read(|conn| preview::build(conn, account_id, grid, Some(plan.mapping.clone()), &plan.choices))?;
    let label = ActionLabel::ImportPeople {
        count: shown.creates + shown.updates,
    };
    db.write(label, |w| write(w, account_id, grid, plan))
}

fn write(w: &mut Writer<'_>, account_id: i64, grid: &Grid, plan: &ImportPlan) -> Result<ImportSummary> {
    let preview = preview::build(w.conn(), account_id, grid, Some(plan.mapping.clone()), &plan.choices)?;
    let mut departments: HashMap<String, i64> = crate::org_unit::list(w.conn(), account_id)?
        .into_iter()
        .rev()
        .map(|u| (u.name.trim().to_lowercase(), u.id))
        .collect();
    let mut departments_created = 0;
    let mut ids: HashMap<i64, i64> = HashMap::new();
    let mut summary = ImportSummary {
        created: 0,
        updated: 0,
        skipped: preview.skips,
        departments_created: 0,
        reporting_lines: 0,
        person_ids: Vec::new(),
    };
    for row in &preview.rows {
        if row.action == RowAction::Skip {
            continue;
        }
        let unit = match row.department.trim() {
            "" => None,
            name => {
                let wanted = name.to_lowercase();
                match departments.get(&wanted) {
                    Some(id) => Some(*id),
                    None => {
                        let values: [(&str, &dyn ToSql); 3] = [
                            ("account_id", &account_id),
                            ("parent_id", &None::<i64>),
                            ("name", &name),
                        ];
                        let id = w.insert(Table::OrgUnit, &values)?;
                        departments.insert(wanted, id);
                        departments_created += 1;
                        Some(id)
                    }
                }
            }
        };
        let id = match (row.action, row.duplicate_of) {
            (RowAction::Update, Some(id)) => {
                let mut values: Vec<(&str, &dyn ToSql)> = Vec::new();
                if !row.title.is_empty() {
                    values.push(("title", &row.title));
                    values.push(("level", &row.level));
                }
                if !row.email.is_empty() {
                    values.push(("email", &row.email));
                }
                if !row.phone.is_empty() {
                    values.push(("phone", &row.phone));
                }
                if unit.is_some() {
                    values.push(("org_unit_id", &unit));
                }
                if !values.is_empty() {
                    w.update(Table::Person, id, &values)?;
                }
                summary.updated += 1;
                id
            }
            _ => {
                let person = NewPerson {
                    title: row.title.clone(),
                    org_unit_id: unit,
                    email: row.email.clone(),
                    phone: row.phone.clone(),
                    ..NewPerson::new(Some(account_id), Side::Customer, row.name.clone(), row.level)
                };
                summary.created += 1;
                person::insert(w, &person)?
            }
        };
        ids.insert(row.row, id);
        summary.person_ids.push(id);
    }
    for row in &preview.rows {
        let Some(&from) = ids.get(&row.row) else { continue };
        let to = match &row.manager {
            ManagerLink::None => continue,
            ManagerLink::Row { row } => match ids.get(row) {
                Some(id) => *id,
                None => continue,
            },
            ManagerLink::Existing { person_id, .. } => *person_id,
        };
        tie::insert(w, &NewTie::new(from, to, TieKind::ReportsTo))?;
        summary.reporting_lines += 1;
    }
    remember(w, &grid.headers, &plan.mapping)?;
    summary.departments_created = departments_created;
    Ok(summary)
}

/// Saves the mapping under the header row's signature, for the next file like this one.
fn remember(w: &mut Writer<'_>, headers: &[String], mapping: &mapping::ImportMapping) -> Result<()> {
    let signature = mapping::signature(headers);
    let columns = serde_json::to_string(mapping).unwrap_or_default();
    let existing: Option<(i64, String)> = w
        .conn()
        .query_row(
            "SELECT id, columns FROM import_mapping WHERE signature = ?1",
            [&signature],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match existing {
        Some((_, saved)) if saved == columns => Ok(()),
        Some((id, _)) => w.update(Table::ImportMapping, id, &[("columns", &columns)]),
        None => w
            .insert(
                Table::ImportMapping,
                &[("signature", &signature), ("columns", &columns)],
            )
            .map(|_| ()),
    }
}
