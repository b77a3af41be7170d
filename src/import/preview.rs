//! Building the preview: the grid mapped to people, checked against the account.
//!
//! Contract: see the module contract in `import.rs`; this reads only, so that the commit can
//! run it again inside its own transaction and write exactly what was shown.

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension};

use super::mapping::{self, ImportMapping};
use super::read::Grid;
use super::row::{key, known_people, row_of, KnownPeople};
use super::{ImportPreview, ManagerLink, PreviewRow, RowAction, RowChoice, RowProblem};
use crate::error::Result;
use crate::journal::Table;
use crate::validate;

/// The mapping saved for this header row, if any.
pub(super) fn saved_mapping(conn: &Connection, headers: &[String]) -> Result<Option<ImportMapping>> {
    let json: Option<String> = conn
        .query_row(
            "SELECT columns FROM import_mapping WHERE signature = ?1",
            [mapping::signature(headers)],
            |r| r.get(0),
        )
        .optional()?;
    Ok(json
        .and_then(|j| serde_json::from_str::<ImportMapping>(&j).ok())
        .filter(|m| mapping::check(m, headers).is_ok()))
}

pub(super) fn build(
    conn: &Connection,
    account_id: i64,
    grid: &Grid,
    given: Option<ImportMapping>,
    choices: &[RowChoice],
) -> Result<ImportPreview> {
    validate::exists(conn, Table::Account, account_id)?;
    let saved = match &given {
        Some(_) => None,
        None => saved_mapping(conn, &grid.headers)?,
    };
    let mapping_saved = saved.is_some();
    let mapping = given.or(saved).unwrap_or_else(|| mapping::suggest(&grid.headers));
    mapping::check(&mapping, &grid.headers)?;
    let known = KnownPeople::new(known_people(conn, account_id)?);
    let choice_of: HashMap<i64, &RowChoice> = choices.iter().map(|c| (c.row, c)).collect();
    let rules = if mapping.level_rules.is_empty() {
        mapping::level_rules()
    } else {
        mapping.level_rules.clone()
    };
    let mut rows: Vec<PreviewRow> = grid
        .rows
        .iter()
        .map(|(number, cells)| row_of(*number, cells, grid.headers.len(), &mapping, &known, &choice_of, &rules))
        .collect();
    link_managers(&mut rows, &known);
    let new_departments = new_departments(conn, account_id, &rows)?;
    let count = |a: RowAction| rows.iter().filter(|r| r.action == a).count() as i64;
    let (creates, updates, skips) = (
        count(RowAction::Create),
        count(RowAction::Update),
        count(RowAction::Skip),
    );
    let not_imported = grid
        .headers
        .iter()
        .zip(&mapping.columns)
        .filter(|(_, f)| f.is_none())
        .map(|(h, _)| h.clone())
        .collect();
    Ok(ImportPreview {
        file: grid.file.clone(),
        sheets: grid.sheets.clone(),
        sheet: grid.sheet.clone(),
        encoding: grid.encoding.clone(),
        delimiter: grid.delimiter.map(String::from),
        headers: grid.headers.clone(),
        mapping,
        mapping_saved,
        not_imported,
        level_rules: rules,
        rows,
        new_departments,
        creates,
        updates,
        skips,
    })
}

/// A node of the reporting graph: a row to be created, or an existing person.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Node {
    Row(usize),
    Person(i64),
}

fn node_of(rows: &[PreviewRow], index: usize) -> Option<Node> {
    let row = &rows[index];
    match row.action {
        RowAction::Create => Some(Node::Row(index)),
        RowAction::Update | RowAction::Skip => row.duplicate_of.map(Node::Person),
    }
}

/// Resolves each row's manager, leaving out names that fit several people or none, and
/// lines that would close a cycle (given the lines accepted before and the existing ones).
fn link_managers(rows: &mut [PreviewRow], known: &KnownPeople) {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        if !row.name.is_empty() {
            by_name.entry(key(&row.name)).or_default().push(i);
        }
    }
    let existing_manager: HashMap<i64, i64> = known
        .people
        .iter()
        .filter_map(|k| k.manager.map(|m| (k.id, m)))
        .collect();
    let mut accepted: HashMap<Node, Node> = HashMap::new();
    for i in 0..rows.len() {
        let wanted = rows[i].reports_to.clone();
        if wanted.is_empty() || rows[i].action == RowAction::Skip {
            continue;
        }
        let Some(me) = node_of(rows, i) else { continue };
        let in_file: Vec<usize> = by_name
            .get(&key(&wanted))
            .map(|v| v.iter().copied().filter(|&j| j != i).collect())
            .unwrap_or_default();
        let target = match in_file.as_slice() {
            [j] => node_of(rows, *j),
            [] => None,
            _ => {
                rows[i].problems.push(RowProblem::ManagerNamedTwice { name: wanted });
                continue;
            }
        };
        let link = match target {
            Some(node) => Some(node),
            None => match known.matching(&wanted).as_slice() {
                [k] => Some(Node::Person(k.id)),
                [] => {
                    rows[i].problems.push(RowProblem::UnknownManager { name: wanted });
                    None
                }
                _ => {
                    rows[i].problems.push(RowProblem::ManagerNamedTwice { name: wanted });
                    None
                }
            },
        };
        let Some(target) = link else { continue };
        if let Node::Person(id) = me {
            if existing_manager.contains_key(&id) {
                rows[i].problems.push(RowProblem::AlreadyReports);
                continue;
            }
        }
        if reaches(target, me, &accepted, &existing_manager) {
            rows[i].problems.push(RowProblem::ReportsToCycle);
            continue;
        }
        accepted.insert(me, target);
        rows[i].manager = match target {
            Node::Row(j) => ManagerLink::Row { row: rows[j].row },
            Node::Person(id) => ManagerLink::Existing {
                person_id: id,
                name: known.name_of(id),
            },
        };
    }
}

/// Whether following managers up from `from` reaches `to`.
fn reaches(from: Node, to: Node, accepted: &HashMap<Node, Node>, existing: &HashMap<i64, i64>) -> bool {
    let mut seen = HashSet::new();
    let mut current = Some(from);
    while let Some(node) = current {
        if node == to {
            return true;
        }
        if !seen.insert(node) {
            return false;
        }
        current = accepted.get(&node).copied().or(match node {
            Node::Person(id) => existing.get(&id).map(|m| Node::Person(*m)),
            Node::Row(_) => None,
        });
    }
    false
}

/// The departments named by rows to write that the account does not have yet.
fn new_departments(conn: &Connection, account_id: i64, rows: &[PreviewRow]) -> Result<Vec<String>> {
    let existing: HashSet<String> = crate::org_unit::list(conn, account_id)?
        .into_iter()
        .map(|u| key(&u.name))
        .collect();
    let mut seen = HashSet::new();
    Ok(rows
        .iter()
        .filter(|r| r.action != RowAction::Skip && !r.department.is_empty())
        .filter(|r| !existing.contains(&key(&r.department)) && seen.insert(key(&r.department)))
        .map(|r| r.department.clone())
        .collect())
}
