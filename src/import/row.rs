//! One row of the source as the person it will become: its cells read through the mapping,
//! made one-line, checked as the core checks a person, and matched against the account.
//!
//! Contract: line breaks, tabs and runs of spaces inside a cell become one space (a cell
//! wrapped in Excel is one title, not two lines); a value the core would refuse (too long,
//! invisible only) is a row problem naming the field and the row is skipped, so the import
//! never fails on one row. A duplicate is an existing person of the account with the row's
//! name or email; the user's choice (skip by default) says what the row does.

use std::collections::HashMap;

use rusqlite::Connection;

use super::mapping::{self, ImportField, ImportMapping, LevelRule};
use super::{DuplicateChoice, ManagerLink, PreviewRow, RowAction, RowChoice, RowProblem};
use crate::error::Result;
use crate::validate;
use crate::vocabulary::Level;

/// An existing person of the account, as matching needs them.
pub(super) struct Known {
    pub(super) id: i64,
    pub(super) name: String,
    pub(super) email: String,
    pub(super) manager: Option<i64>,
}

pub(super) fn key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// The account's people, found by name and by email (case and surrounding spaces ignored).
pub(super) struct KnownPeople {
    pub(super) people: Vec<Known>,
    by_name: HashMap<String, Vec<usize>>,
    by_email: HashMap<String, Vec<usize>>,
    by_id: HashMap<i64, usize>,
}

impl KnownPeople {
    pub(super) fn new(people: Vec<Known>) -> Self {
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_email: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, k) in people.iter().enumerate() {
            by_name.entry(key(&k.name)).or_default().push(i);
            if !k.email.trim().is_empty() {
                by_email.entry(key(&k.email)).or_default().push(i);
            }
        }
        let by_id = people.iter().enumerate().map(|(i, k)| (k.id, i)).collect();
        Self {
            people,
            by_name,
            by_email,
            by_id,
        }
    }

    fn first(&self, index: &HashMap<String, Vec<usize>>, text: &str) -> Option<&Known> {
        if text.trim().is_empty() {
            return None;
        }
        index.get(&key(text)).and_then(|v| v.first()).map(|&i| &self.people[i])
    }

    pub(super) fn name_of(&self, id: i64) -> String {
        self.by_id
            .get(&id)
            .map(|&i| self.people[i].name.clone())
            .unwrap_or_default()
    }

    /// Everyone whose name or email is `text`.
    pub(super) fn matching(&self, text: &str) -> Vec<&Known> {
        let wanted = key(text);
        let mut found: Vec<usize> = self.by_name.get(&wanted).cloned().unwrap_or_default();
        for i in self.by_email.get(&wanted).into_iter().flatten() {
            if !found.contains(i) {
                found.push(*i);
            }
        }
        found.into_iter().map(|i| &self.people[i]).collect()
    }
}

pub(super) fn known_people(conn: &Connection, account_id: i64) -> Result<Vec<Known>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.name, p.email, \
         (SELECT t.to_person_id FROM tie t WHERE t.from_person_id = p.id AND t.kind = 'reports_to') \
         FROM person p WHERE p.account_id = ?1 ORDER BY p.id",
    )?;
    let rows = stmt.query_map([account_id], |r| {
        Ok(Known {
            id: r.get(0)?,
            name: r.get(1)?,
            email: r.get(2)?,
            manager: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The cell feeding `field`, on one line.
fn cell(cells: &[String], mapping: &ImportMapping, field: ImportField) -> String {
    mapping
        .column(field)
        .and_then(|c| cells.get(c))
        .map(|text| one_line(text))
        .unwrap_or_default()
}

/// Line breaks, tabs, other control characters and runs of spaces become one space.
pub fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn name_of(cells: &[String], mapping: &ImportMapping) -> String {
    let full = cell(cells, mapping, ImportField::FullName);
    if !full.is_empty() {
        return full;
    }
    let first = cell(cells, mapping, ImportField::FirstName);
    let last = cell(cells, mapping, ImportField::LastName);
    if has_cjk(&first) || has_cjk(&last) {
        format!("{last}{first}")
    } else {
        format!("{first} {last}").trim().to_owned()
    }
}

pub(super) fn row_of(
    number: i64,
    cells: &[String],
    width: usize,
    mapping: &ImportMapping,
    known: &KnownPeople,
    choices: &HashMap<i64, &RowChoice>,
    rules: &[LevelRule],
) -> PreviewRow {
    let mut problems = Vec::new();
    if cells.len() != width {
        problems.push(RowProblem::CellCount {
            cells: cells.len() as i64,
            expected: width as i64,
        });
    }
    let name = name_of(cells, mapping);
    let title = cell(cells, mapping, ImportField::Title);
    let email = cell(cells, mapping, ImportField::Email);
    let choice = choices.get(&number);
    let (level, level_rule) = match choice.and_then(|c| c.level) {
        Some(level) => (level, None),
        None => match mapping::guess_level(&title, rules) {
            Some(rule) => (rule.level, Some(rule.keyword.clone())),
            None => {
                if !title.is_empty() {
                    problems.push(RowProblem::LevelNotRecognised);
                }
                (Level::Staff, None)
            }
        },
    };
    let by_name = known.first(&known.by_name, &name);
    let by_email = known.first(&known.by_email, &email);
    if let Some(k) = by_name {
        problems.push(RowProblem::DuplicateName {
            person_id: k.id,
            name: k.name.clone(),
        });
    }
    if let Some(k) = by_email.filter(|k| by_name.is_none_or(|n| n.id != k.id)) {
        problems.push(RowProblem::DuplicateEmail {
            person_id: k.id,
            name: k.name.clone(),
        });
    }
    let duplicate_of = by_email.or(by_name).map(|k| k.id);
    let choice_made = duplicate_of.map(|_| choice.and_then(|c| c.duplicate).unwrap_or_default());
    let department = cell(cells, mapping, ImportField::Department);
    let phone = cell(cells, mapping, ImportField::Phone);
    let mut refused = false;
    for (field, value) in [
        (ImportField::FullName, &name),
        (ImportField::Title, &title),
        (ImportField::Department, &department),
        (ImportField::Email, &email),
        (ImportField::Phone, &phone),
    ] {
        if value.is_empty() {
            continue;
        }
        if let Err(error) = validate::name("name", value) {
            problems.push(RowProblem::Refused {
                field,
                problem: error.to_problem(),
            });
            refused = true;
        }
    }
    let action = if name.is_empty() {
        problems.insert(0, RowProblem::MissingName);
        RowAction::Skip
    } else if refused {
        RowAction::Skip
    } else {
        match choice_made {
            None | Some(DuplicateChoice::AddAnyway) => RowAction::Create,
            Some(DuplicateChoice::Update) => RowAction::Update,
            Some(DuplicateChoice::Skip) => RowAction::Skip,
        }
    };
    PreviewRow {
        row: number,
        name,
        title,
        department,
        level,
        level_rule,
        email,
        phone,
        reports_to: cell(cells, mapping, ImportField::ReportsTo),
        manager: ManagerLink::None,
        duplicate_of,
        choice: choice_made,
        action,
        problems,
    }
}
