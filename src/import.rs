//! Importing people (and their reporting lines) into an account from a CSV or spreadsheet
//! file, or from text pasted in a workshop.
//!
//! Contract: nothing is written until [`Db::import_people`]; [`Db::import_preview`] reads the
//! source, maps its columns (the mapping given, else the one saved for this header row, else
//! the suggestions from the header names) and shows each row as it will be created with its
//! problems. The import is one journal action (one undo step): the departments it names
//! (existing ones found by name, case ignored, as quick add does), the people, their
//! `reports_to` ties and the updates chosen for duplicates, and the mapping remembered for
//! this header row; if anything fails, nothing is written. Rows without a name are skipped;
//! a duplicate (an existing person of the account with the same name or email) is skipped
//! unless the plan says update or add anyway. A manager is found among the rows first, then
//! among the account's people; a manager name that fits two people, or none, gives no tie; a
//! tie that would close a reports-to cycle is left out. Levels come from the title through
//! the rule table ([`mapping::LEVEL_RULES`]) unless the plan corrects them.

mod commit;
pub mod mapping;
pub mod paste;
mod preview;
pub mod read;
mod row;

use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::Result;
use crate::vocabulary::Level;

pub use commit::ImportSummary;
pub use mapping::{ImportField, ImportMapping, LevelRule};

/// Where the rows come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportSource {
    /// A file the user chose; `sheet` picks a spreadsheet's sheet (the first when absent).
    File { path: String, sheet: Option<String> },
    /// Text pasted in a workshop: tab-separated rows from Excel, or "Name, Title, Department"
    /// per line.
    Paste { text: String },
}

/// What to do with a row that duplicates an existing person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateChoice {
    #[default]
    Skip,
    Update,
    AddAnyway,
}

/// What the import will do with a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RowAction {
    Create,
    Update,
    Skip,
}

/// Whom a row reports to.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ManagerLink {
    None,
    /// Another row of the source, by its row number.
    Row {
        row: i64,
    },
    /// A person already in the account.
    Existing {
        person_id: i64,
        name: String,
    },
}

/// Something about a row the user should see before importing.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum RowProblem {
    /// No name: the row is skipped.
    MissingName,
    /// The manager named is neither in the source nor in the account: no tie.
    UnknownManager { name: String },
    /// The manager's name fits several people: no tie.
    ManagerNamedTwice { name: String },
    /// The same name as an existing person of the account.
    DuplicateName { person_id: i64, name: String },
    /// The same email as an existing person of the account.
    DuplicateEmail { person_id: i64, name: String },
    /// This reporting line would close a cycle: left out.
    ReportsToCycle,
    /// The person being updated already reports to someone: that line stays.
    AlreadyReports,
    /// No rule of the level table matches the title: staff.
    LevelNotRecognised,
    /// A value the core refuses for a person (too long, nothing visible): the row is skipped.
    Refused {
        field: ImportField,
        problem: crate::Problem,
    },
    /// The row has another number of cells than the header.
    CellCount { cells: i64, expected: i64 },
}

/// One row as it will be imported.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PreviewRow {
    /// The row's number in the file (1-based, header included).
    pub row: i64,
    pub name: String,
    pub title: String,
    pub department: String,
    pub level: Level,
    /// The keyword of the level rule that chose the level; none when set by hand or by default.
    pub level_rule: Option<String>,
    pub email: String,
    pub phone: String,
    /// The manager's name as the source gives it.
    pub reports_to: String,
    pub manager: ManagerLink,
    /// The existing person this row duplicates.
    pub duplicate_of: Option<i64>,
    pub choice: Option<DuplicateChoice>,
    pub action: RowAction,
    pub problems: Vec<RowProblem>,
}

/// The source read, mapped and checked, as the import would write it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ImportPreview {
    pub file: String,
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    pub encoding: Option<String>,
    pub delimiter: Option<String>,
    pub headers: Vec<String>,
    pub mapping: ImportMapping,
    /// The mapping was the one saved for this header row.
    pub mapping_saved: bool,
    /// Headers whose columns are not imported.
    pub not_imported: Vec<String>,
    pub level_rules: Vec<LevelRule>,
    pub rows: Vec<PreviewRow>,
    /// Departments the import will create.
    pub new_departments: Vec<String>,
    pub creates: i64,
    pub updates: i64,
    pub skips: i64,
}

/// A user's decision about one row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct RowChoice {
    pub row: i64,
    #[serde(default)]
    pub duplicate: Option<DuplicateChoice>,
    #[serde(default)]
    pub level: Option<Level>,
}

/// What to import: the source, its mapping and the decisions taken on the preview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ImportPlan {
    pub source: ImportSource,
    pub mapping: ImportMapping,
    #[serde(default)]
    pub choices: Vec<RowChoice>,
}

impl Db {
    /// Reads `source` and shows what importing it into the account would do; writes nothing.
    pub fn import_preview(
        &self,
        account_id: i64,
        source: &ImportSource,
        mapping: Option<ImportMapping>,
    ) -> Result<ImportPreview> {
        let grid = paste::grid_of(source)?;
        self.read(|conn| preview::build(conn, account_id, &grid, mapping, &[]))
    }

    /// Imports as planned, in one undoable action; see the module contract.
    pub fn import_people(&self, account_id: i64, plan: &ImportPlan) -> Result<ImportSummary> {
        let grid = paste::grid_of(&plan.source)?;
        // Read before backing up: a file that cannot be read imports nothing and needs no copy.
        self.back_up_before(crate::storage::backup::BackupReason::Import)?;
        commit::import(self, account_id, &grid, plan)
    }
}

#[cfg(test)]
mod tests;
