//! Deleting a selection of people and ties: one plan, used both to say what will go and to
//! delete it, so that the confirmation a user agrees to is exactly what happens.
//!
//! Contract: [`PERSON_REFERENCES`] lists every column of the schema that points at `person`
//! and what deleting the person does to the rows holding it: delete them (with the rows that
//! in turn point at those, see [`DEPENDANTS`]), clear the column, or keep the row under a
//! named source. A test compares the list with the schema's foreign keys, so a new table
//! that refers to people fails it until listed here. Interactions whose participants all go
//! go too (an interaction needs a participant; a plan action it did stays done, unlinked).
//! [`Db::delete_selection`] runs the plan as one undoable action; [`Db::deletion_impact`]
//! counts it without writing. Ids listed twice count once; a tie that goes with its people
//! anyway is not deleted twice; an unknown id is `NotFound` and nothing is written.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::Connection;
use serde::Serialize;

use crate::action_label::ActionLabel;
use crate::brain::{person_ref, PersonRef, PERSON_REF};
use crate::db::Db;
use crate::error::{Error, Result};
use crate::journal::{Table, Writer};
use crate::vocabulary::TieKind;

/// What deleting a person does to a row that refers to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDelete {
    /// The row goes with the person.
    Delete,
    /// The row stays, without the reference.
    Clear,
    /// An information channel stays, its source named in text instead (we still hear from
    /// that source; only the person record is gone).
    NameSource,
}

/// A column that points at a row of another table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub table: Table,
    pub column: &'static str,
    pub on_delete: OnDelete,
}

const fn refers(table: Table, column: &'static str, on_delete: OnDelete) -> Reference {
    Reference {
        table,
        column,
        on_delete,
    }
}

/// Every column that points at `person`.
pub const PERSON_REFERENCES: &[Reference] = &[
    refers(Table::Tie, "from_person_id", OnDelete::Delete),
    refers(Table::Tie, "to_person_id", OnDelete::Delete),
    refers(Table::PersonProfile, "person_id", OnDelete::Delete),
    refers(Table::DecisionRole, "person_id", OnDelete::Delete),
    refers(Table::AttitudeEvent, "person_id", OnDelete::Delete),
    refers(Table::InfluenceEvent, "person_id", OnDelete::Delete),
    refers(Table::CompetitorLeaning, "person_id", OnDelete::Delete),
    refers(Table::InformationChannel, "person_id", OnDelete::Delete),
    refers(Table::InformationChannel, "source_person_id", OnDelete::NameSource),
    refers(Table::InteractionParticipant, "person_id", OnDelete::Delete),
    refers(Table::KeyDate, "person_id", OnDelete::Delete),
    refers(Table::TeamMember, "person_id", OnDelete::Delete),
    refers(Table::TeamMember, "reports_to_manager_id", OnDelete::Clear),
    refers(Table::TeamMember, "customer_lead_id", OnDelete::Clear),
    refers(Table::NodePosition, "person_id", OnDelete::Delete),
    refers(Table::SavedView, "focus_person_id", OnDelete::Clear),
    refers(Table::PlanTarget, "person_id", OnDelete::Delete),
    refers(Table::PlanTarget, "owner_id", OnDelete::Clear),
    refers(Table::CustomerVoice, "person_id", OnDelete::Clear),
    refers(Table::CustomerIssue, "raised_by_id", OnDelete::Clear),
    refers(Table::CustomerIssue, "owner_id", OnDelete::Clear),
    refers(Table::PlanAction, "owner_id", OnDelete::Clear),
    refers(Table::PlanActionPerson, "person_id", OnDelete::Delete),
    refers(Table::PlanCard, "person_id", OnDelete::Delete),
];

/// Rows that go (or lose the reference) when a row they point at goes (the second step of a
/// cascade): a target about the person goes, and the actions serving it stay without it.
pub const DEPENDANTS: &[(Table, Reference)] = &[
    (
        Table::TeamMember,
        refers(Table::TeamMemberValueChain, "member_id", OnDelete::Delete),
    ),
    (
        Table::PlanTarget,
        refers(Table::PlanAction, "target_id", OnDelete::Clear),
    ),
];

/// What a deletion takes with it, counted from the same plan the deletion runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, specta::Type)]
pub struct DeletionImpact {
    /// The people deleted, by name.
    pub people: Vec<PersonRef>,
    /// Every tie that goes: selected ones and those of the deleted people, by kind.
    pub ties: BTreeMap<TieKind, i64>,
    pub tie_count: i64,
    pub decision_roles: i64,
    /// Attitude and influence observations.
    pub assessments: i64,
    pub leanings: i64,
    pub channels: i64,
    /// Contacts logged with nobody else taking part, which go whole.
    pub interactions: i64,
    pub key_dates: i64,
    pub profiles: i64,
    pub team_memberships: i64,
    /// Targets of yearly plans about the people (targets they own stay, ownerless).
    pub plan_targets: i64,
}

impl DeletionImpact {
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.tie_count == 0
    }
}

/// The rows one deletion writes, in an order the foreign keys accept.
#[derive(Debug, Default)]
struct Plan {
    people: Vec<PersonRef>,
    /// Rows to delete, dependants' dependants first; each once.
    deletes: Vec<(Table, i64)>,
    seen: BTreeSet<(Table, i64)>,
    clears: Vec<(Table, i64, &'static str)>,
    /// Channels whose source person goes: (channel, the source's name).
    named_sources: Vec<(i64, String)>,
}

impl Plan {
    fn delete(&mut self, table: Table, id: i64) {
        if self.seen.insert((table, id)) {
            self.deletes.push((table, id));
        }
    }

    fn count(&self, tables: &[Table]) -> i64 {
        let n = self.deletes.iter().filter(|(t, _)| tables.contains(t)).count();
        i64::try_from(n).unwrap_or(i64::MAX)
    }
}

fn ids(conn: &Connection, table: Table, column: &str, id: i64) -> Result<Vec<i64>> {
    let sql = format!("SELECT id FROM {} WHERE {column} = ?1 ORDER BY id", table.as_str());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([id], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn unique(ids: &[i64]) -> Vec<i64> {
    let mut seen = BTreeSet::new();
    ids.iter().copied().filter(|id| seen.insert(*id)).collect()
}

fn plan(conn: &Connection, people: &[i64], ties: &[i64]) -> Result<Plan> {
    let people = unique(people);
    let mut plan = Plan::default();
    let going: BTreeSet<i64> = people.iter().copied().collect();
    let mut stmt = conn.prepare_cached(&format!("SELECT {PERSON_REF} FROM person p WHERE p.id = ?1"))?;
    for &id in &people {
        let mut rows = stmt.query_map([id], |r| person_ref(r, 0))?;
        let person = rows
            .next()
            .transpose()?
            .ok_or(Error::NotFound { entity: "person", id })?;
        plan.people.push(person);
    }
    for &id in &unique(ties) {
        crate::validate::exists(conn, Table::Tie, id)?;
        plan.delete(Table::Tie, id);
    }
    for person in &plan.people.clone() {
        for reference in PERSON_REFERENCES {
            for row in ids(conn, reference.table, reference.column, person.id)? {
                match reference.on_delete {
                    OnDelete::Delete => {
                        for (parent, dependant) in DEPENDANTS {
                            if *parent == reference.table {
                                for child in ids(conn, dependant.table, dependant.column, row)? {
                                    match dependant.on_delete {
                                        OnDelete::Clear => plan.clears.push((dependant.table, child, dependant.column)),
                                        _ => plan.delete(dependant.table, child),
                                    }
                                }
                            }
                        }
                        plan.delete(reference.table, row);
                    }
                    OnDelete::Clear => plan.clears.push((reference.table, row, reference.column)),
                    OnDelete::NameSource => plan.named_sources.push((row, person.name.clone())),
                }
            }
        }
    }
    // Rows that go anyway need no clearing (and must not be written after their delete).
    plan.clears.retain(|(table, id, _)| !plan.seen.contains(&(*table, *id)));
    plan.named_sources
        .retain(|(channel, _)| !plan.seen.contains(&(Table::InformationChannel, *channel)));
    for interaction in lone_interactions(conn, &going)? {
        // A plan action the contact did stays done, without the link.
        for action in ids(conn, Table::PlanAction, "interaction_id", interaction)? {
            plan.clears.push((Table::PlanAction, action, "interaction_id"));
        }
        plan.delete(Table::Interaction, interaction);
    }
    plan.people.sort_by_key(|p| p.name.to_lowercase());
    Ok(plan)
}

/// Interactions all of whose participants are among `going`.
fn lone_interactions(conn: &Connection, going: &BTreeSet<i64>) -> Result<Vec<i64>> {
    let mut candidates = BTreeSet::new();
    for &person in going {
        let mut stmt =
            conn.prepare_cached("SELECT interaction_id FROM interaction_participant WHERE person_id = ?1")?;
        for id in stmt.query_map([person], |row| row.get::<_, i64>(0))? {
            candidates.insert(id?);
        }
    }
    let mut lone = Vec::new();
    for interaction in candidates {
        let mut stmt =
            conn.prepare_cached("SELECT person_id FROM interaction_participant WHERE interaction_id = ?1")?;
        let participants = stmt
            .query_map([interaction], |row| row.get::<_, i64>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if participants.iter().all(|p| going.contains(p)) {
            lone.push(interaction);
        }
    }
    Ok(lone)
}

fn impact(conn: &Connection, plan: &Plan) -> Result<DeletionImpact> {
    let mut ties = BTreeMap::new();
    let mut stmt = conn.prepare_cached("SELECT kind FROM tie WHERE id = ?1")?;
    for (_, id) in plan.deletes.iter().filter(|(t, _)| *t == Table::Tie) {
        let kind: TieKind = stmt.query_row([id], |row| row.get(0))?;
        *ties.entry(kind).or_insert(0) += 1;
    }
    Ok(DeletionImpact {
        people: plan.people.clone(),
        tie_count: ties.values().sum(),
        ties,
        decision_roles: plan.count(&[Table::DecisionRole]),
        assessments: plan.count(&[Table::AttitudeEvent, Table::InfluenceEvent]),
        leanings: plan.count(&[Table::CompetitorLeaning]),
        channels: plan.count(&[Table::InformationChannel]),
        interactions: plan.count(&[Table::Interaction]),
        key_dates: plan.count(&[Table::KeyDate]),
        profiles: plan.count(&[Table::PersonProfile]),
        team_memberships: plan.count(&[Table::TeamMember]),
        plan_targets: plan.count(&[Table::PlanTarget]),
    })
}

fn run(w: &mut Writer<'_>, plan: &Plan) -> Result<()> {
    for (table, id, column) in &plan.clears {
        w.update(*table, *id, &[(column, &None::<i64>)])?;
    }
    for (channel, name) in &plan.named_sources {
        // Keep the channel (it still tells who we hear from) but as a named source.
        let source = format!("{name} (deleted)");
        w.update(
            Table::InformationChannel,
            *channel,
            &[("source_person_id", &None::<i64>), ("source", &source)],
        )?;
    }
    // Participations go before their interactions, everything before the people.
    let (interactions, rest): (Vec<_>, Vec<_>) = plan.deletes.iter().partition(|(t, _)| *t == Table::Interaction);
    for &(table, id) in rest.into_iter().chain(interactions) {
        w.delete(table, id)?;
    }
    for person in &plan.people {
        w.delete(Table::Person, person.id)?;
    }
    Ok(())
}

/// What deleting these people would take with it, read inside another read or action.
pub(crate) fn people_impact(conn: &Connection, people: &[i64]) -> Result<DeletionImpact> {
    impact(conn, &plan(conn, people, &[])?)
}

/// Deletes these people with everything that refers to them, inside an open action (e.g.
/// the deletion of their account).
pub(crate) fn delete_people_in(w: &mut Writer<'_>, people: &[i64]) -> Result<DeletionImpact> {
    let plan = plan(w.conn(), people, &[])?;
    let impact = impact(w.conn(), &plan)?;
    run(w, &plan)?;
    Ok(impact)
}

impl Db {
    /// What deleting these people and ties would take with it; writes nothing.
    pub fn deletion_impact(&self, people: &[i64], ties: &[i64]) -> Result<DeletionImpact> {
        self.read(|conn| impact(conn, &plan(conn, people, ties)?))
    }

    /// Deletes people (with everything that refers to them) and ties, as one undoable action.
    pub fn delete_selection(&self, people: &[i64], ties: &[i64]) -> Result<DeletionImpact> {
        if people.is_empty() && ties.is_empty() {
            return Ok(DeletionImpact::default());
        }
        let label = match (unique(people).len() as i64, unique(ties).len() as i64) {
            (1, 0) => ActionLabel::DeletePerson,
            (0, 1) => ActionLabel::DeleteTie,
            (count, 0) => ActionLabel::DeletePeople { count },
            (0, count) => ActionLabel::DeleteTies { count },
            (people, ties) => ActionLabel::DeletePeopleAndTies { people, ties },
        };
        self.write(label, |w| {
            let plan = plan(w.conn(), people, ties)?;
            let impact = impact(w.conn(), &plan)?;
            run(w, &plan)?;
            Ok(impact)
        })
    }
}

#[cfg(test)]
mod tests;
