//! The key-contact expansion card (关键客户拓展卡片): for one target person of a plan, the six
//! steps of the method on one card — identify the target precisely, assign an executive
//! sponsor, build the trust channel between sponsor and contact, match resources, aim at the
//! goals, review regularly.
//!
//! [`Db::expansion_card`] reads it in one go:
//! 1. **the person and why**: who they are (title, level, department), their decision roles,
//!    current attitude and influence, and the card's text: why this person, what they want
//!    personally and what their department wants (利益诉求); the private profile is not on the
//!    card (it is read on its own, see [`crate::profile`]);
//! 2. **the sponsor pairing**: our staff covering them as sponsor, and the best sponsor
//!    candidates of [`crate::brain::sponsors`] (none for a person who has left);
//! 3. **the trust channel**: their information channels ([`crate::channel`]) and the strongest
//!    introduction paths from our staff ([`crate::brain::paths`], none once they have left);
//! 4. **resources matched**: the card's text;
//! 5. **goals and planned interactions**: the plan's targets about them and its open actions
//!    concerning them, by due date;
//! 6. **review**: the contacts logged with them in the plan's year (newest first) — the
//!    results — and the card's review note and date.
//!
//! Contract: the person must be a customer or third-party person of the plan's account
//! (`person_id`, see [`crate::account::parties`]); an unknown plan or person is `NotFound`.
//! [`Db::update_expansion_card`] replaces the card's text as one journal action; a text left
//! all empty removes the card's row. The review date is a date not after today.

use rusqlite::{params, Connection, OptionalExtension, ToSql};
use serde::{Deserialize, Serialize};

use super::action::{person_actions, plan_scope, PlanAction};
use crate::account::parties::{customer_person, past_date};
use crate::action_label::ActionLabel;
use crate::brain::graph::TieGraph;
use crate::brain::paths::{self, IntroductionPath, DEFAULT_K};
use crate::brain::sponsors::{self, SponsorCandidate};
use crate::brain::{current, load_person, person_ref, roles, PersonRef, Scale, PERSON_REF};
use crate::channel::{person_channels, InformationChannel};
use crate::db::Db;
use crate::error::Result;
use crate::interaction::{person_interactions, Interaction};
use crate::journal::Table;
use crate::vocabulary::{DecisionRole, PersonStatus};

/// How many sponsor candidates the card shows.
pub const SPONSOR_CANDIDATES: usize = 3;

/// What the card keeps beyond what the map knows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CardText {
    /// Why this person is a target.
    pub why: String,
    /// What they want personally.
    pub personal_interests: String,
    /// What their department wants.
    pub department_interests: String,
    /// The resources matched to them (ours and the customer-side ones).
    pub resources: String,
    pub review_note: String,
    /// `YYYY-MM-DD` of the latest review.
    pub reviewed_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ExpansionCard {
    pub plan_id: i64,
    pub year: i64,
    pub person: PersonRef,
    pub department: Option<String>,
    pub roles: Vec<DecisionRole>,
    pub attitude: Option<i64>,
    pub influence: Option<i64>,
    pub text: CardText,
    /// Our staff covering the person as executive sponsor.
    pub sponsors: Vec<PersonRef>,
    /// The best sponsor candidates, best first.
    pub sponsor_candidates: Vec<SponsorCandidate>,
    pub channels: Vec<InformationChannel>,
    /// The strongest introduction paths from our staff, strongest first.
    pub paths: Vec<IntroductionPath>,
    /// The plan's targets about the person.
    pub targets: Vec<super::PlanTarget>,
    /// The plan's open actions concerning the person, by due date.
    pub planned: Vec<PlanAction>,
    /// Contacts logged with the person in the plan's year, newest first.
    pub contacts: Vec<Interaction>,
}

fn card_text(conn: &Connection, plan_id: i64, person_id: i64) -> Result<Option<(i64, CardText)>> {
    Ok(conn
        .query_row(
            "SELECT id, why, personal_interests, department_interests, resources, review_note, reviewed_on
             FROM plan_card WHERE plan_id = ?1 AND person_id = ?2",
            params![plan_id, person_id],
            |r| {
                Ok((
                    r.get(0)?,
                    CardText {
                        why: r.get(1)?,
                        personal_interests: r.get(2)?,
                        department_interests: r.get(3)?,
                        resources: r.get(4)?,
                        review_note: r.get(5)?,
                        reviewed_on: r.get(6)?,
                    },
                ))
            },
        )
        .optional()?)
}

fn sponsors_of(conn: &Connection, person_id: i64) -> Result<Vec<PersonRef>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF} FROM tie t JOIN person p ON p.id = t.from_person_id
         WHERE t.kind = 'coverage' AND t.coverage_role = 'sponsor' AND t.to_person_id = ?1
         ORDER BY p.name COLLATE NOCASE, p.id"
    ))?;
    let rows = stmt.query_map([person_id], |r| person_ref(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn compose(conn: &Connection, graph: &TieGraph, plan_id: i64, person_id: i64) -> Result<ExpansionCard> {
    let (account, year) = plan_scope(conn, plan_id)?;
    customer_person(conn, account, person_id, "person_id")?;
    let person = load_person(conn, person_id)?;
    let department: Option<String> = conn
        .query_row(
            "SELECT u.name FROM person p JOIN org_unit u ON u.id = p.org_unit_id WHERE p.id = ?1",
            [person_id],
            |r| r.get(0),
        )
        .optional()?;
    let active = person.status != PersonStatus::Left;
    let mut sponsor_candidates = Vec::new();
    let mut paths = Vec::new();
    if active {
        sponsor_candidates = sponsors::compute(conn, person_id)?.candidates;
        sponsor_candidates.truncate(SPONSOR_CANDIDATES);
        if graph.node(person_id).is_some() {
            paths = paths::compute(conn, graph, person_id, None, Some(DEFAULT_K))?.paths;
        }
    }
    let prefix = format!("{year:04}-");
    let contacts = person_interactions(conn, person_id)?
        .into_iter()
        .filter(|i| i.occurred_on.starts_with(&prefix))
        .collect();
    Ok(ExpansionCard {
        plan_id,
        year,
        department,
        roles: roles(conn, Some(account), None)?.remove(&person_id).unwrap_or_default(),
        attitude: current(conn, Scale::Attitude, Some(account))?.get(&person_id).copied(),
        influence: current(conn, Scale::Influence, Some(account))?.get(&person_id).copied(),
        text: card_text(conn, plan_id, person_id)?.map(|(_, t)| t).unwrap_or_default(),
        sponsors: sponsors_of(conn, person_id)?,
        sponsor_candidates,
        channels: person_channels(conn, person_id)?,
        paths,
        targets: super::person_targets(conn, plan_id, person_id)?,
        planned: person_actions(conn, plan_id, person_id)?,
        contacts,
        person,
    })
}

/// The text trimmed, the review date checked.
fn checked(text: CardText) -> Result<CardText> {
    let reviewed_on = match text.reviewed_on.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(date) => Some(past_date("reviewed_on", date)?),
    };
    Ok(CardText {
        why: text.why.trim().to_owned(),
        personal_interests: text.personal_interests.trim().to_owned(),
        department_interests: text.department_interests.trim().to_owned(),
        resources: text.resources.trim().to_owned(),
        review_note: text.review_note.trim().to_owned(),
        reviewed_on,
    })
}

impl Db {
    /// The expansion card of a plan's target person (see the module doc).
    pub fn expansion_card(&self, plan_id: i64, person_id: i64) -> Result<ExpansionCard> {
        self.read(|conn| compose(conn, self.tie_graph(conn)?.as_ref(), plan_id, person_id))
    }

    /// Replaces the card's text; an all-empty text removes it.
    pub fn update_expansion_card(&self, plan_id: i64, person_id: i64, text: CardText) -> Result<ExpansionCard> {
        let text = checked(text)?;
        self.write(ActionLabel::EditExpansionCard, |w| {
            let (account, _) = plan_scope(w.conn(), plan_id)?;
            customer_person(w.conn(), account, person_id, "person_id")?;
            let existing = card_text(w.conn(), plan_id, person_id)?.map(|(id, _)| id);
            if text == CardText::default() {
                return existing.map_or(Ok(()), |id| w.delete(Table::PlanCard, id));
            }
            let values: [(&str, &dyn ToSql); 6] = [
                ("why", &text.why),
                ("personal_interests", &text.personal_interests),
                ("department_interests", &text.department_interests),
                ("resources", &text.resources),
                ("review_note", &text.review_note),
                ("reviewed_on", &text.reviewed_on),
            ];
            match existing {
                Some(id) => w.update(Table::PlanCard, id, &values),
                None => {
                    let mut with_keys = values.to_vec();
                    with_keys.push(("plan_id", &plan_id));
                    with_keys.push(("person_id", &person_id));
                    w.insert(Table::PlanCard, &with_keys).map(|_| ())
                }
            }
        })?;
        self.expansion_card(plan_id, person_id)
    }
}

#[cfg(test)]
mod tests;
