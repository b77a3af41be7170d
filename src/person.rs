//! People: everyone who can appear on a map, on any side.
//!
//! Contract: our staff have no account; every other person belongs to one account, and
//! their org unit (if any) must be one of that account's. Deleting a person removes, in the
//! same undoable action, everything that refers to them: ties (including coverage), decision
//! roles, attitude and influence history, competitor leanings, information channels (theirs,
//! and those naming them as source, which become unnamed), interaction participations (and the
//! interactions they were the only participant of), key
//! dates, the profile, hand-placed map positions and their team memberships (with their
//! value-chain areas); members who reported to them as account manager, or had them as
//! customer lead, keep their membership with that line cleared, and saved views focused on
//! them lose their focus. Customer voices and issues stay without them, plan actions stay
//! without them as owner or concerned person, and their expansion cards go.

use rusqlite::{Connection, OptionalExtension, Row, ToSql};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::validate;
use crate::vocabulary::{Level, PersonStatus, Side};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Person {
    pub id: i64,
    pub account_id: Option<i64>,
    pub side: Side,
    pub name: String,
    pub title: String,
    pub org_unit_id: Option<i64>,
    pub level: Level,
    pub email: String,
    pub phone: String,
    pub status: PersonStatus,
    pub status_changed_on: Option<String>,
    /// For competitor staff: the competitor they work for.
    pub employer_id: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewPerson {
    /// None for our own staff, required for everyone else.
    pub account_id: Option<i64>,
    pub side: Side,
    pub name: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub org_unit_id: Option<i64>,
    pub level: Level,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub employer_id: Option<i64>,
}

impl NewPerson {
    /// A person with just the essentials; title, department and contact details empty.
    pub fn new(account_id: Option<i64>, side: Side, name: impl Into<String>, level: Level) -> Self {
        Self {
            account_id,
            side,
            name: name.into(),
            title: String::new(),
            org_unit_id: None,
            level,
            email: String::new(),
            phone: String::new(),
            employer_id: None,
        }
    }
}

/// Fields to change; absent fields stay. The department changes through
/// [`Db::move_person`], so that "no department" is expressible.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct PersonPatch {
    pub name: Option<String>,
    pub title: Option<String>,
    pub level: Option<Level>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A job change or return: the new status and the date it took effect.
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct StatusChange {
    pub status: PersonStatus,
    pub on: String,
}

const COLUMNS: &str =
    "id, account_id, side, name, title, org_unit_id, level, email, phone, status, status_changed_on, employer_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        account_id: row.get(1)?,
        side: row.get(2)?,
        name: row.get(3)?,
        title: row.get(4)?,
        org_unit_id: row.get(5)?,
        level: row.get(6)?,
        email: row.get(7)?,
        phone: row.get(8)?,
        status: row.get(9)?,
        status_changed_on: row.get(10)?,
        employer_id: row.get(11)?,
    })
}

pub(crate) fn load(conn: &Connection, id: i64) -> Result<Person> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM person WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound { entity: "person", id })
}

fn check_org_unit(conn: &Connection, account_id: Option<i64>, org_unit_id: Option<i64>) -> Result<()> {
    let Some(unit) = org_unit_id else { return Ok(()) };
    let unit_account: Option<i64> = conn
        .query_row("SELECT account_id FROM org_unit WHERE id = ?1", [unit], |row| {
            row.get(0)
        })
        .optional()?;
    match unit_account {
        None => Err(Error::NotFound {
            entity: "org_unit",
            id: unit,
        }),
        Some(a) if Some(a) == account_id => Ok(()),
        Some(_) => Err(Error::problem("org_unit_id", Problem::BelongsToOtherAccount)),
    }
}

/// Inserts a person after checking it; shared by [`Db::create_person`] and bulk paths.
pub(crate) fn insert(w: &mut Writer<'_>, input: &NewPerson) -> Result<i64> {
    let name = validate::name("name", &input.name)?;
    let title = validate::line("title", &input.title)?;
    let email = validate::line("email", &input.email)?;
    let phone = validate::line("phone", &input.phone)?;
    match (input.side, input.account_id) {
        (Side::Ours, Some(_)) => {
            return Err(Error::problem("account_id", Problem::NotApplicable));
        }
        (Side::Ours, None) => {}
        (_, None) => return Err(Error::problem("account_id", Problem::Missing)),
        (_, Some(account)) => validate::exists(w.conn(), Table::Account, account)?,
    }
    if input.employer_id.is_some() && input.side != Side::Competitor {
        return Err(Error::problem("employer_id", Problem::NotApplicable));
    }
    if let Some(employer) = input.employer_id {
        validate::exists(w.conn(), Table::Competitor, employer)?;
    }
    check_org_unit(w.conn(), input.account_id, input.org_unit_id)?;
    w.insert(
        Table::Person,
        &[
            ("account_id", &input.account_id),
            ("side", &input.side),
            ("name", &name),
            ("title", &title),
            ("org_unit_id", &input.org_unit_id),
            ("level", &input.level),
            ("email", &email),
            ("phone", &phone),
            ("employer_id", &input.employer_id),
        ],
    )
}

impl Db {
    pub fn get_person(&self, id: i64) -> Result<Person> {
        self.read(|conn| load(conn, id))
    }

    /// The people of one account (not our staff), by name.
    pub fn list_people(&self, account_id: i64) -> Result<Vec<Person>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM person WHERE account_id = ?1 ORDER BY name COLLATE NOCASE"
            ))?;
            let rows = stmt.query_map([account_id], from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Our own staff, by name.
    pub fn list_staff(&self) -> Result<Vec<Person>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM person WHERE side = 'ours' ORDER BY name COLLATE NOCASE"
            ))?;
            let rows = stmt.query_map([], from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    pub fn create_person(&self, input: NewPerson) -> Result<Person> {
        let id = self.write(ActionLabel::AddPerson, |w| insert(w, &input))?;
        self.get_person(id)
    }

    /// Adds many people in one action (imports, workshops pasting a list).
    pub fn create_people(&self, inputs: &[NewPerson]) -> Result<Vec<i64>> {
        self.write(
            ActionLabel::AddPeople {
                count: inputs.len() as i64,
            },
            |w| inputs.iter().map(|p| insert(w, p)).collect(),
        )
    }

    pub fn update_person(&self, id: i64, patch: PersonPatch) -> Result<Person> {
        let name = patch.name.as_deref().map(|n| validate::name("name", n)).transpose()?;
        // Trimmed and checked as on creation.
        let line = |field: &str, value: &Option<String>| value.as_deref().map(|v| validate::line(field, v)).transpose();
        let (title, email, phone) = (
            line("title", &patch.title)?,
            line("email", &patch.email)?,
            line("phone", &patch.phone)?,
        );
        self.write(ActionLabel::EditPerson, |w| {
            validate::exists(w.conn(), Table::Person, id)?;
            let mut values: Vec<(&str, &dyn ToSql)> = Vec::new();
            if let Some(name) = &name {
                values.push(("name", name));
            }
            if let Some(v) = &title {
                values.push(("title", v));
            }
            if let Some(v) = &patch.level {
                values.push(("level", v));
            }
            if let Some(v) = &email {
                values.push(("email", v));
            }
            if let Some(v) = &phone {
                values.push(("phone", v));
            }
            if !values.is_empty() {
                w.update(Table::Person, id, &values)?;
            }
            Ok(())
        })?;
        self.get_person(id)
    }

    /// Puts a person into a department of their account, or into none.
    pub fn move_person(&self, id: i64, org_unit_id: Option<i64>) -> Result<Person> {
        self.write(ActionLabel::MovePerson, |w| {
            let person = load(w.conn(), id)?;
            check_org_unit(w.conn(), person.account_id, org_unit_id)?;
            w.update(Table::Person, id, &[("org_unit_id", &org_unit_id)])
        })?;
        self.get_person(id)
    }

    /// Marks a job change (left, moved) or a return (active), with its date.
    pub fn set_person_status(&self, id: i64, change: StatusChange) -> Result<Person> {
        let on = validate::date("on", &change.on)?;
        self.write(ActionLabel::MarkStatus { status: change.status }, |w| {
            w.update(
                Table::Person,
                id,
                &[("status", &change.status), ("status_changed_on", &on)],
            )
        })?;
        self.get_person(id)
    }

    pub fn delete_person(&self, id: i64) -> Result<()> {
        self.delete_people(&[id])
    }

    /// Deletes a selection of people (and everything that refers to them) as one undoable
    /// action; see [`crate::selection`].
    pub fn delete_people(&self, ids: &[i64]) -> Result<()> {
        self.delete_selection(ids, &[]).map(|_| ())
    }
}
