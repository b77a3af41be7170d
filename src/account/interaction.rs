//! Interactions (the contacts log): dated touchpoints with an account (visits, meals, calls,
//! events, trade shows, mutual visits, factory tours, key-date greetings), who took part on
//! both sides, where, and notes.
//!
//! Contract: an interaction belongs to one account and has at least one participant; every
//! participant is one of that account's people or our own staff (listed once). Updating
//! replaces the participant set when one is given; deleting removes the participations in
//! the same undoable action. Lists run newest first (date, then entry order). A contact cannot
//! lie in the future (it is a log of what happened). Logging one is what clears a key
//! contact's stale-contact finding and moves their next contact due date.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Row, ToSql};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::person::{self, Person};
use crate::validate;
use crate::vocabulary::{InteractionKind, Side};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct InteractionParticipant {
    pub person_id: i64,
    pub name: String,
    pub side: Side,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Interaction {
    pub id: i64,
    pub account_id: i64,
    pub kind: InteractionKind,
    pub occurred_on: String,
    pub place: String,
    pub notes: String,
    /// Our staff first, then the account's people, each by name.
    pub participants: Vec<InteractionParticipant>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewInteraction {
    pub account_id: i64,
    pub kind: InteractionKind,
    /// ISO date (YYYY-MM-DD).
    pub occurred_on: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub notes: String,
    /// Person ids: the account's people and our staff; at least one.
    pub participants: Vec<i64>,
}

/// Fields to change; absent fields stay. A given participant list replaces the old one.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct InteractionPatch {
    pub kind: Option<InteractionKind>,
    pub occurred_on: Option<String>,
    pub place: Option<String>,
    pub notes: Option<String>,
    pub participants: Option<Vec<i64>>,
}

/// Fails unless `person_id` is one of `account_id`'s people or our own staff; `field` names
/// the input in the error. Shared with the information channels.
pub(crate) fn check_on_map(conn: &Connection, account_id: i64, person_id: i64, field: &str) -> Result<Person> {
    let person = person::load(conn, person_id)?;
    if person.side != Side::Ours && person.account_id != Some(account_id) {
        return Err(Error::problem(field, Problem::BelongsToOtherAccount));
    }
    Ok(person)
}

/// The participant ids without repeats, in the order given; at least one.
fn distinct_participants(ids: &[i64]) -> Result<Vec<i64>> {
    let mut out: Vec<i64> = Vec::with_capacity(ids.len());
    for id in ids {
        if !out.contains(id) {
            out.push(*id);
        }
    }
    if out.is_empty() {
        return Err(Error::problem("participants", Problem::Empty));
    }
    Ok(out)
}

/// A contact's date: a valid date, not after today.
fn past_date(text: &str) -> Result<String> {
    let date = validate::date("occurred_on", text)?;
    if date > crate::account::today_text() {
        return Err(Error::problem("occurred_on", Problem::InFuture { value: date }));
    }
    Ok(date)
}

fn participants(conn: &Connection, interaction_ids: &[i64]) -> Result<HashMap<i64, Vec<InteractionParticipant>>> {
    let mut out: HashMap<i64, Vec<InteractionParticipant>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT ip.person_id, p.name, p.side FROM interaction_participant ip JOIN person p ON p.id = ip.person_id
         WHERE ip.interaction_id = ?1 ORDER BY p.side <> 'ours', p.name COLLATE NOCASE",
    )?;
    for id in interaction_ids {
        let rows = stmt.query_map([id], |row| {
            Ok(InteractionParticipant {
                person_id: row.get(0)?,
                name: row.get(1)?,
                side: row.get(2)?,
            })
        })?;
        out.insert(*id, rows.collect::<rusqlite::Result<_>>()?);
    }
    Ok(out)
}

const COLUMNS: &str = "i.id, i.account_id, i.kind, i.occurred_on, i.notes, i.place";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Interaction> {
    Ok(Interaction {
        id: row.get(0)?,
        account_id: row.get(1)?,
        kind: row.get(2)?,
        occurred_on: row.get(3)?,
        notes: row.get(4)?,
        place: row.get(5)?,
        participants: Vec::new(),
    })
}

/// Fills in the participants of each interaction.
fn with_participants(conn: &Connection, mut list: Vec<Interaction>) -> Result<Vec<Interaction>> {
    let ids: Vec<i64> = list.iter().map(|i| i.id).collect();
    let mut people = participants(conn, &ids)?;
    for interaction in &mut list {
        interaction.participants = people.remove(&interaction.id).unwrap_or_default();
    }
    Ok(list)
}

fn load(conn: &Connection, id: i64) -> Result<Interaction> {
    let interaction = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM interaction i WHERE i.id = ?1"),
            [id],
            from_row,
        )
        .optional()?
        .ok_or(Error::NotFound {
            entity: "interaction",
            id,
        })?;
    let mut list = with_participants(conn, vec![interaction])?;
    list.pop().ok_or(Error::NotFound {
        entity: "interaction",
        id,
    })
}

fn participation_ids(conn: &Connection, interaction_id: i64) -> Result<Vec<(i64, i64)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, person_id FROM interaction_participant WHERE interaction_id = ?1")?;
    let rows = stmt.query_map([interaction_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Makes the participants of `interaction_id` exactly `people`, touching only what changes.
fn replace_participants(w: &mut Writer<'_>, account_id: i64, interaction_id: i64, people: &[i64]) -> Result<()> {
    for person in people {
        check_on_map(w.conn(), account_id, *person, "participants")?;
    }
    let current = participation_ids(w.conn(), interaction_id)?;
    for (row, person) in &current {
        if !people.contains(person) {
            w.delete(Table::InteractionParticipant, *row)?;
        }
    }
    for person in people {
        if !current.iter().any(|(_, p)| p == person) {
            w.insert(
                Table::InteractionParticipant,
                &[("interaction_id", &interaction_id), ("person_id", person)],
            )?;
        }
    }
    Ok(())
}

/// Checks and logs a contact with its participants inside an open action; shared by
/// [`Db::create_interaction`] and the plan's actions (a contact that does an action).
pub(crate) fn insert(w: &mut Writer<'_>, input: &NewInteraction) -> Result<i64> {
    let occurred_on = past_date(&input.occurred_on)?;
    let people = distinct_participants(&input.participants)?;
    let place = validate::line("place", &input.place)?;
    let notes = validate::free_text("notes", &input.notes)?;
    validate::exists(w.conn(), Table::Account, input.account_id)?;
    let id = w.insert(
        Table::Interaction,
        &[
            ("account_id", &input.account_id),
            ("kind", &input.kind),
            ("occurred_on", &occurred_on),
            ("place", &place),
            ("notes", &notes),
        ],
    )?;
    replace_participants(w, input.account_id, id, &people)?;
    Ok(id)
}

/// The contacts the person took part in, newest first, read inside another read.
pub(crate) fn person_interactions(conn: &Connection, person_id: i64) -> Result<Vec<Interaction>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM interaction i JOIN interaction_participant ip ON ip.interaction_id = i.id
         WHERE ip.person_id = ?1 ORDER BY i.occurred_on DESC, i.id DESC"
    ))?;
    let list = stmt
        .query_map([person_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    with_participants(conn, list)
}

impl Db {
    pub fn get_interaction(&self, id: i64) -> Result<Interaction> {
        self.read(|conn| load(conn, id))
    }

    pub fn create_interaction(&self, input: NewInteraction) -> Result<Interaction> {
        let id = self.write(ActionLabel::LogContact { kind: input.kind }, |w| insert(w, &input))?;
        self.get_interaction(id)
    }

    pub fn update_interaction(&self, id: i64, patch: InteractionPatch) -> Result<Interaction> {
        let occurred_on = patch.occurred_on.as_deref().map(past_date).transpose()?;
        let people = patch.participants.as_deref().map(distinct_participants).transpose()?;
        let notes = patch
            .notes
            .as_deref()
            .map(|v| validate::free_text("notes", v))
            .transpose()?;
        let place = patch.place.as_deref().map(|v| validate::line("place", v)).transpose()?;
        self.write(ActionLabel::EditContact, |w| {
            let current = load(w.conn(), id)?;
            let mut values: Vec<(&str, &dyn ToSql)> = Vec::new();
            if let Some(v) = &patch.kind {
                values.push(("kind", v));
            }
            if let Some(v) = &occurred_on {
                values.push(("occurred_on", v));
            }
            if let Some(v) = &notes {
                values.push(("notes", v));
            }
            if let Some(v) = &place {
                values.push(("place", v));
            }
            if !values.is_empty() {
                w.update(Table::Interaction, id, &values)?;
            }
            if let Some(people) = &people {
                replace_participants(w, current.account_id, id, people)?;
            }
            Ok(())
        })?;
        self.get_interaction(id)
    }

    /// Deletes an interaction and its participations; a plan action it did stays done,
    /// without the link.
    pub fn delete_interaction(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteContact, |w| {
            validate::exists(w.conn(), Table::Interaction, id)?;
            crate::plan::action::unlink_interaction(w, id)?;
            for (row, _) in participation_ids(w.conn(), id)? {
                w.delete(Table::InteractionParticipant, row)?;
            }
            w.delete(Table::Interaction, id)
        })
    }

    /// The account's interactions, newest first.
    pub fn list_interactions(&self, account_id: i64) -> Result<Vec<Interaction>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM interaction i WHERE i.account_id = ?1 ORDER BY i.occurred_on DESC, i.id DESC"
            ))?;
            let list = stmt
                .query_map([account_id], from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            with_participants(conn, list)
        })
    }

    /// The contacts the person took part in, newest first.
    pub fn list_person_interactions(&self, person_id: i64) -> Result<Vec<Interaction>> {
        self.read(|conn| {
            validate::exists(conn, Table::Person, person_id)?;
            person_interactions(conn, person_id)
        })
    }

    /// The latest interaction the person took part in, if any.
    pub fn last_interaction(&self, person_id: i64) -> Result<Option<Interaction>> {
        self.read(|conn| {
            validate::exists(conn, Table::Person, person_id)?;
            let latest: Option<i64> = conn
                .query_row(
                    "SELECT i.id FROM interaction i JOIN interaction_participant ip ON ip.interaction_id = i.id
                     WHERE ip.person_id = ?1 ORDER BY i.occurred_on DESC, i.id DESC LIMIT 1",
                    params![person_id],
                    |row| row.get(0),
                )
                .optional()?;
            latest.map(|id| load(conn, id)).transpose()
        })
    }
}

#[cfg(test)]
mod tests;
