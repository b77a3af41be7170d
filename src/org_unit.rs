//! Org units: the tree of departments inside an account.
//!
//! Contract: a unit's parent is a unit of the same account and never one of its own
//! descendants. Deleting a unit lifts its people and its child units to its parent
//! (or to the top level), in one undoable action; nobody is deleted with it.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct OrgUnit {
    pub id: i64,
    pub account_id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewOrgUnit {
    pub account_id: i64,
    #[serde(default)]
    pub parent_id: Option<i64>,
    pub name: String,
}

fn load(conn: &Connection, id: i64) -> Result<OrgUnit> {
    conn.query_row(
        "SELECT id, account_id, parent_id, name FROM org_unit WHERE id = ?1",
        [id],
        |row| {
            Ok(OrgUnit {
                id: row.get(0)?,
                account_id: row.get(1)?,
                parent_id: row.get(2)?,
                name: row.get(3)?,
            })
        },
    )
    .optional()?
    .ok_or(Error::NotFound { entity: "org_unit", id })
}

pub(crate) fn list(conn: &Connection, account_id: i64) -> Result<Vec<OrgUnit>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, account_id, parent_id, name FROM org_unit WHERE account_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([account_id], |row| {
        Ok(OrgUnit {
            id: row.get(0)?,
            account_id: row.get(1)?,
            parent_id: row.get(2)?,
            name: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Checks that `parent` may hold `unit` (None: a new unit) in `account_id`.
fn check_parent(conn: &Connection, account_id: i64, unit: Option<i64>, parent: Option<i64>) -> Result<()> {
    let Some(parent) = parent else { return Ok(()) };
    let parent_unit = load(conn, parent)?;
    if parent_unit.account_id != account_id {
        return Err(Error::problem("parent_id", Problem::BelongsToOtherAccount));
    }
    let mut cursor = Some(parent_unit);
    while let Some(current) = cursor {
        if Some(current.id) == unit {
            return Err(Error::problem("parent_id", Problem::WouldCycle));
        }
        cursor = current.parent_id.map(|p| load(conn, p)).transpose()?;
    }
    Ok(())
}

impl Db {
    pub fn list_org_units(&self, account_id: i64) -> Result<Vec<OrgUnit>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            list(conn, account_id)
        })
    }

    pub fn create_org_unit(&self, input: NewOrgUnit) -> Result<OrgUnit> {
        let name = validate::name("name", &input.name)?;
        let id = self.write(ActionLabel::AddDepartment, |w| {
            validate::exists(w.conn(), Table::Account, input.account_id)?;
            check_parent(w.conn(), input.account_id, None, input.parent_id)?;
            w.insert(
                Table::OrgUnit,
                &[
                    ("account_id", &input.account_id),
                    ("parent_id", &input.parent_id),
                    ("name", &name),
                ],
            )
        })?;
        self.read(|conn| load(conn, id))
    }

    pub fn rename_org_unit(&self, id: i64, name: &str) -> Result<OrgUnit> {
        let name = validate::name("name", name)?;
        self.write(ActionLabel::RenameDepartment, |w| {
            w.update(Table::OrgUnit, id, &[("name", &name)])
        })?;
        self.read(|conn| load(conn, id))
    }

    pub fn move_org_unit(&self, id: i64, parent_id: Option<i64>) -> Result<OrgUnit> {
        self.write(ActionLabel::MoveDepartment, |w| {
            let unit = load(w.conn(), id)?;
            check_parent(w.conn(), unit.account_id, Some(id), parent_id)?;
            w.update(Table::OrgUnit, id, &[("parent_id", &parent_id)])
        })?;
        self.read(|conn| load(conn, id))
    }

    pub fn delete_org_unit(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteDepartment, |w| {
            let unit = load(w.conn(), id)?;
            let children: Vec<i64> = {
                let mut stmt = w.conn().prepare("SELECT id FROM org_unit WHERE parent_id = ?1")?;
                let rows = stmt.query_map([id], |row| row.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for child in children {
                w.update(Table::OrgUnit, child, &[("parent_id", &unit.parent_id)])?;
            }
            let members: Vec<i64> = {
                let mut stmt = w.conn().prepare("SELECT id FROM person WHERE org_unit_id = ?1")?;
                let rows = stmt.query_map([id], |row| row.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for person in members {
                w.update(Table::Person, person, &[("org_unit_id", &unit.parent_id)])?;
            }
            w.delete(Table::OrgUnit, id)
        })
    }
}
