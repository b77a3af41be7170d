//! Customer voice (客户声音): what the customer said about us — praise, complaints, requests —
//! logged and read, so that it feeds next year's improvement of the relationship.
//!
//! Contract: a voice belongs to one account and optionally names who said it (one of that
//! account's customer or third-party people, see [`super::parties`]). It was heard on a date
//! not after today, on a [`VoiceChannel`]; its text (a quote or a summary) must not be empty;
//! its topic is a short free text (at most [`TOPIC_MAX`] characters, may be empty) that groups
//! voices in [`Db::voice_topics`]. **Sentiment** is a number from -2 to +2 ([`SENTIMENT`]):
//! -2 a strong complaint, -1 a complaint, 0 neutral (a request, an observation), +1 praise,
//! +2 strong praise; a scale rather than three words, so that a topic's voices can be averaged.
//! Lists run newest first (date, then entry order). Deleting the person keeps their voices,
//! without the person.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::parties::{customer_person, past_date, short_text};
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::journal::Table;
use crate::validate;
use crate::vocabulary::{vocabulary, Range};

vocabulary!(
    /// Where we heard it.
    VoiceChannel {
        Meeting = "meeting",
        Call = "call",
        Email = "email",
        Visit = "visit",
        Event = "event",
        Survey = "survey",
        Other = "other",
    }
);

/// A voice's sentiment: -2 strong complaint .. +2 strong praise.
pub const SENTIMENT: Range = Range { min: -2, max: 2 };

/// The longest topic, in characters.
pub const TOPIC_MAX: i64 = 80;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CustomerVoice {
    pub id: i64,
    pub account_id: i64,
    pub person_id: Option<i64>,
    /// The person's name, when one is named.
    pub person: Option<String>,
    pub heard_on: String,
    pub channel: VoiceChannel,
    pub text: String,
    pub topic: String,
    /// -2 strong complaint .. +2 strong praise.
    pub sentiment: i64,
}

/// Every field of a voice; an update replaces them all (the account stays).
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct VoiceInput {
    #[serde(default)]
    pub person_id: Option<i64>,
    /// ISO date, not after today.
    pub heard_on: String,
    pub channel: VoiceChannel,
    pub text: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub sentiment: i64,
}

/// Which voices [`Db::list_customer_voice`] lists: absent fields do not filter.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct VoiceFilter {
    pub person_id: Option<i64>,
    /// Compared without regard to case or surrounding spaces.
    pub topic: Option<String>,
}

/// One topic of an account's voices, with how they sounded.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct VoiceTopic {
    pub topic: String,
    pub count: i64,
    /// Voices below 0.
    pub complaints: i64,
    /// Voices above 0.
    pub praise: i64,
    pub average_sentiment: f64,
    pub last_heard_on: String,
}

const SELECT: &str =
    "SELECT v.id, v.account_id, v.person_id, p.name, v.heard_on, v.channel, v.text, v.topic, v.sentiment
    FROM customer_voice v LEFT JOIN person p ON p.id = v.person_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<CustomerVoice> {
    Ok(CustomerVoice {
        id: row.get(0)?,
        account_id: row.get(1)?,
        person_id: row.get(2)?,
        person: row.get(3)?,
        heard_on: row.get(4)?,
        channel: row.get(5)?,
        text: row.get(6)?,
        topic: row.get(7)?,
        sentiment: row.get(8)?,
    })
}

fn load(conn: &Connection, id: i64) -> Result<CustomerVoice> {
    conn.query_row(&format!("{SELECT} WHERE v.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "customer_voice",
            id,
        })
}

/// The input's values as stored, checked without the database.
struct Checked {
    heard_on: String,
    text: String,
    topic: String,
}

fn check(input: &VoiceInput) -> Result<Checked> {
    let heard_on = past_date("heard_on", &input.heard_on)?;
    let text = validate::non_empty("text", &input.text)?;
    let topic = short_text("topic", &input.topic, TOPIC_MAX)?;
    validate::in_range("sentiment", input.sentiment, SENTIMENT.min, SENTIMENT.max)?;
    Ok(Checked { heard_on, text, topic })
}

impl Db {
    pub fn get_customer_voice(&self, id: i64) -> Result<CustomerVoice> {
        self.read(|conn| load(conn, id))
    }

    pub fn create_customer_voice(&self, account_id: i64, input: VoiceInput) -> Result<CustomerVoice> {
        let c = check(&input)?;
        let id = self.write(ActionLabel::AddVoice, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            if let Some(person) = input.person_id {
                customer_person(w.conn(), account_id, person, "person_id")?;
            }
            w.insert(
                Table::CustomerVoice,
                &[
                    ("account_id", &account_id),
                    ("person_id", &input.person_id),
                    ("heard_on", &c.heard_on),
                    ("channel", &input.channel),
                    ("text", &c.text),
                    ("topic", &c.topic),
                    ("sentiment", &input.sentiment),
                ],
            )
        })?;
        self.get_customer_voice(id)
    }

    pub fn update_customer_voice(&self, id: i64, input: VoiceInput) -> Result<CustomerVoice> {
        let c = check(&input)?;
        self.write(ActionLabel::EditVoice, |w| {
            let current = load(w.conn(), id)?;
            if let Some(person) = input.person_id {
                customer_person(w.conn(), current.account_id, person, "person_id")?;
            }
            w.update(
                Table::CustomerVoice,
                id,
                &[
                    ("person_id", &input.person_id),
                    ("heard_on", &c.heard_on),
                    ("channel", &input.channel),
                    ("text", &c.text),
                    ("topic", &c.topic),
                    ("sentiment", &input.sentiment),
                ],
            )
        })?;
        self.get_customer_voice(id)
    }

    pub fn delete_customer_voice(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteVoice, |w| w.delete(Table::CustomerVoice, id))
    }

    /// The account's voices, newest first, of one person and/or on one topic when asked.
    pub fn list_customer_voice(&self, account_id: i64, filter: VoiceFilter) -> Result<Vec<CustomerVoice>> {
        let topic = filter.topic.as_deref().map(str::trim);
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare_cached(&format!(
                "{SELECT} WHERE v.account_id = ?1 AND (?2 IS NULL OR v.person_id = ?2)
                 AND (?3 IS NULL OR v.topic = ?3 COLLATE NOCASE)
                 ORDER BY v.heard_on DESC, v.id DESC"
            ))?;
            let rows = stmt.query_map(params![account_id, filter.person_id, topic], from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// The account's topics (voices without one left out), most voiced first, then by name.
    /// Topics differing only in case are one; it is named as first entered.
    pub fn voice_topics(&self, account_id: i64) -> Result<Vec<VoiceTopic>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare_cached(
                "SELECT (SELECT topic FROM customer_voice f WHERE f.account_id = ?1
                             AND f.topic = v.topic COLLATE NOCASE ORDER BY f.id LIMIT 1),
                        count(*), sum(v.sentiment < 0), sum(v.sentiment > 0), avg(v.sentiment), max(v.heard_on)
                 FROM customer_voice v WHERE v.account_id = ?1 AND v.topic <> ''
                 GROUP BY v.topic COLLATE NOCASE
                 ORDER BY count(*) DESC, v.topic COLLATE NOCASE",
            )?;
            let rows = stmt.query_map([account_id], |r| {
                Ok(VoiceTopic {
                    topic: r.get(0)?,
                    count: r.get(1)?,
                    complaints: r.get(2)?,
                    praise: r.get(3)?,
                    average_sentiment: r.get(4)?,
                    last_heard_on: r.get(5)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}

#[cfg(test)]
mod tests;
