//! Ties: directed, typed links between two people.
//!
//! Contract (checked here, backed by constraints in the schema):
//! - `reports_to` and `dotted_line` join two people of the same organisation (same account
//!   and side); a person has at most one `reports_to`, and the formal line has no cycle.
//! - `influences` stays within one account's map (or starts or ends at our staff); only
//!   influence ties can be `hidden` (the hidden decision chain).
//! - `personal` ties may cross accounts: that is how introduction paths run.
//! - `coverage` goes from our staff to a customer-side person, with role A, B or sponsor;
//!   each role is held once per person and each owner holds one role per person.

use rusqlite::{Connection, OptionalExtension, Row, ToSql};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::person;
use crate::validate;
use crate::vocabulary::{CoverageRole, PersonalTie, Side, TieKind, TIE_STRENGTH};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Tie {
    pub id: i64,
    pub from_person_id: i64,
    pub to_person_id: i64,
    pub kind: TieKind,
    pub personal_kind: Option<PersonalTie>,
    pub coverage_role: Option<CoverageRole>,
    pub hidden: bool,
    pub strength: i64,
    pub note: String,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewTie {
    pub from_person_id: i64,
    pub to_person_id: i64,
    pub kind: TieKind,
    #[serde(default)]
    pub personal_kind: Option<PersonalTie>,
    #[serde(default)]
    pub coverage_role: Option<CoverageRole>,
    #[serde(default)]
    pub hidden: bool,
    /// 1 (weak) to 5 (strong); 3 when not given.
    #[serde(default)]
    pub strength: Option<i64>,
    #[serde(default)]
    pub note: String,
}

impl NewTie {
    /// A tie of `kind` with default strength and no kind-specific fields (set those after).
    pub fn new(from_person_id: i64, to_person_id: i64, kind: TieKind) -> Self {
        Self {
            from_person_id,
            to_person_id,
            kind,
            personal_kind: None,
            coverage_role: None,
            hidden: false,
            strength: None,
            note: String::new(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct TiePatch {
    pub strength: Option<i64>,
    pub note: Option<String>,
    pub hidden: Option<bool>,
    pub personal_kind: Option<PersonalTie>,
    pub coverage_role: Option<CoverageRole>,
}

pub(crate) const COLUMNS: &str =
    "id, from_person_id, to_person_id, kind, personal_kind, coverage_role, hidden, strength, note";

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Tie> {
    Ok(Tie {
        id: row.get(0)?,
        from_person_id: row.get(1)?,
        to_person_id: row.get(2)?,
        kind: row.get(3)?,
        personal_kind: row.get(4)?,
        coverage_role: row.get(5)?,
        hidden: row.get(6)?,
        strength: row.get(7)?,
        note: row.get(8)?,
    })
}

fn load(conn: &Connection, id: i64) -> Result<Tie> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM tie WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound { entity: "tie", id })
}

fn check_kind_fields(
    kind: TieKind,
    personal: Option<PersonalTie>,
    coverage: Option<CoverageRole>,
    hidden: bool,
) -> Result<()> {
    match (kind, personal, coverage) {
        (TieKind::Personal, None, _) => return Err(Error::problem("personal_kind", Problem::Missing)),
        (TieKind::Coverage, _, None) => return Err(Error::problem("coverage_role", Problem::Missing)),
        (k, Some(_), _) if k != TieKind::Personal => {
            return Err(Error::problem("personal_kind", Problem::NotApplicable))
        }
        (k, _, Some(_)) if k != TieKind::Coverage => {
            return Err(Error::problem("coverage_role", Problem::NotApplicable))
        }
        _ => {}
    }
    if hidden && kind != TieKind::Influences {
        return Err(Error::problem("hidden", Problem::NotApplicable));
    }
    Ok(())
}

/// Walks up the formal line from `manager`; true if it reaches `person`.
fn manager_chain_reaches(conn: &Connection, manager: i64, person: i64) -> Result<bool> {
    let mut stmt =
        conn.prepare_cached("SELECT to_person_id FROM tie WHERE from_person_id = ?1 AND kind = 'reports_to'")?;
    let mut cursor = Some(manager);
    let mut steps = 0;
    while let Some(current) = cursor {
        if current == person {
            return Ok(true);
        }
        steps += 1;
        if steps > 10_000 {
            break; // the line is acyclic by construction; this only guards against damage
        }
        cursor = stmt.query_row([current], |row| row.get(0)).optional()?;
    }
    Ok(false)
}

pub(crate) fn insert(w: &mut Writer<'_>, input: &NewTie) -> Result<i64> {
    let strength = validate::in_range(
        "strength",
        input.strength.unwrap_or(3),
        TIE_STRENGTH.min,
        TIE_STRENGTH.max,
    )?;
    check_kind_fields(input.kind, input.personal_kind, input.coverage_role, input.hidden)?;
    let note = validate::free_text("note", &input.note)?;
    if input.from_person_id == input.to_person_id {
        return Err(Error::problem("to_person_id", Problem::SelfReference));
    }
    let from = person::load(w.conn(), input.from_person_id)?;
    let to = person::load(w.conn(), input.to_person_id)?;
    match input.kind {
        TieKind::ReportsTo | TieKind::DottedLine => {
            if from.account_id != to.account_id || from.side != to.side {
                return Err(Error::problem("to_person_id", Problem::OtherOrganisation));
            }
        }
        TieKind::Influences => {
            let touches_ours = from.side == Side::Ours || to.side == Side::Ours;
            if from.account_id != to.account_id && !touches_ours {
                return Err(Error::problem("to_person_id", Problem::BelongsToOtherAccount));
            }
        }
        TieKind::Coverage => {
            if from.side != Side::Ours {
                return Err(Error::problem("from_person_id", Problem::NotOurStaff));
            }
            if !matches!(to.side, Side::Customer | Side::ThirdParty) {
                return Err(Error::problem("to_person_id", Problem::NotCustomerSide));
            }
        }
        TieKind::Personal => {}
    }
    let conn = w.conn();
    if input.kind == TieKind::ReportsTo {
        let existing: Option<i64> = conn
            .query_row(
                "SELECT id FROM tie WHERE from_person_id = ?1 AND kind = 'reports_to'",
                [from.id],
                |r| r.get(0),
            )
            .optional()?;
        if existing.is_some() {
            return Err(Error::problem("kind", Problem::AlreadyReports));
        }
        if manager_chain_reaches(conn, to.id, from.id)? {
            return Err(Error::problem("to_person_id", Problem::WouldCycle));
        }
    }
    if let Some(role) = input.coverage_role {
        check_coverage_free(conn, None, from.id, to.id, role)?;
    }
    w.insert(
        Table::Tie,
        &[
            ("from_person_id", &from.id),
            ("to_person_id", &to.id),
            ("kind", &input.kind),
            ("personal_kind", &input.personal_kind),
            ("coverage_role", &input.coverage_role),
            ("hidden", &input.hidden),
            ("strength", &strength),
            ("note", &note),
        ],
    )
}

fn check_coverage_free(
    conn: &Connection,
    tie: Option<i64>,
    owner: i64,
    contact: i64,
    role: CoverageRole,
) -> Result<()> {
    let holder: Option<String> = conn
        .query_row(
            "SELECT p.name FROM tie t JOIN person p ON p.id = t.from_person_id
             WHERE t.kind = 'coverage' AND t.to_person_id = ?1 AND t.coverage_role = ?2 AND t.id IS NOT ?3",
            rusqlite::params![contact, role, tie],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(holder) = holder {
        return Err(Error::problem("coverage_role", Problem::CoverageTaken { role, holder }));
    }
    let own: Option<CoverageRole> = conn
        .query_row(
            "SELECT coverage_role FROM tie WHERE kind = 'coverage' AND from_person_id = ?1 AND to_person_id = ?2
             AND id IS NOT ?3",
            rusqlite::params![owner, contact, tie],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(own) = own {
        return Err(Error::problem("coverage_role", Problem::AlreadyCovers { role: own }));
    }
    Ok(())
}

impl Db {
    pub fn get_tie(&self, id: i64) -> Result<Tie> {
        self.read(|conn| load(conn, id))
    }

    pub fn create_tie(&self, input: NewTie) -> Result<Tie> {
        let id = self.write(ActionLabel::Connect { kind: input.kind }, |w| insert(w, &input))?;
        self.get_tie(id)
    }

    /// Adds many ties in one action.
    pub fn create_ties(&self, inputs: &[NewTie]) -> Result<Vec<i64>> {
        self.write(
            ActionLabel::AddTies {
                count: inputs.len() as i64,
            },
            |w| inputs.iter().map(|t| insert(w, t)).collect(),
        )
    }

    pub fn update_tie(&self, id: i64, patch: TiePatch) -> Result<Tie> {
        let strength = patch
            .strength
            .map(|s| validate::in_range("strength", s, TIE_STRENGTH.min, TIE_STRENGTH.max))
            .transpose()?;
        let note = patch
            .note
            .as_deref()
            .map(|n| validate::free_text("note", n))
            .transpose()?;
        self.write(ActionLabel::EditTie, |w| {
            let tie = load(w.conn(), id)?;
            let personal = patch.personal_kind.or(tie.personal_kind);
            let coverage = patch.coverage_role.or(tie.coverage_role);
            check_kind_fields(tie.kind, personal, coverage, patch.hidden.unwrap_or(tie.hidden))?;
            if let Some(role) = patch.coverage_role {
                check_coverage_free(w.conn(), Some(id), tie.from_person_id, tie.to_person_id, role)?;
            }
            let mut values: Vec<(&str, &dyn ToSql)> = Vec::new();
            if let Some(v) = &strength {
                values.push(("strength", v));
            }
            if let Some(v) = &note {
                values.push(("note", v));
            }
            if let Some(v) = &patch.hidden {
                values.push(("hidden", v));
            }
            if let Some(v) = &patch.personal_kind {
                values.push(("personal_kind", v));
            }
            if let Some(v) = &patch.coverage_role {
                values.push(("coverage_role", v));
            }
            if !values.is_empty() {
                w.update(Table::Tie, id, &values)?;
            }
            Ok(())
        })?;
        self.get_tie(id)
    }

    pub fn delete_tie(&self, id: i64) -> Result<()> {
        self.delete_ties(&[id])
    }

    /// Deletes a selection of ties as one undoable action.
    pub fn delete_ties(&self, ids: &[i64]) -> Result<()> {
        self.delete_selection(&[], ids).map(|_| ())
    }
}
