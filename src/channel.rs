//! Information channels: where we hear about a contact from, and how far we trust it.
//!
//! Contract: a channel belongs to one person on an account's map (not our own staff) and
//! names its source as a person, a text, or both (the text then says how we hear, e.g.
//! "weekly call"). A source person is one of the same account's people or our own staff,
//! never the contact themself. Reliability runs from 1 (hearsay) to 5 (proven); a channel is
//! **stable** from [`STABLE_RELIABILITY`] up: hearsay is kept, but is not a channel to rely on.
//! Each important contact should have at least two stable, independent channels, to cross-check
//! what we hear (how many a key contact needs is the tier's rule, see [`crate::tier_rule`]).

use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::interaction::check_on_map;
use crate::journal::Table;
use crate::person;
use crate::validate;
use crate::vocabulary::{Side, RELIABILITY};

/// The reliability from which a channel is stable: it counts toward a contact's channels.
pub const STABLE_RELIABILITY: i64 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct InformationChannel {
    pub id: i64,
    pub person_id: i64,
    pub source_person_id: Option<i64>,
    /// The source person's name, when the source is a person.
    pub source_person: Option<String>,
    pub source: String,
    /// 1 (hearsay) to 5 (proven).
    pub reliability: i64,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewChannel {
    pub person_id: i64,
    #[serde(default)]
    pub source_person_id: Option<i64>,
    #[serde(default)]
    pub source: String,
    pub reliability: i64,
}

/// The new source and reliability of a channel; replaces the old ones entirely.
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct ChannelUpdate {
    #[serde(default)]
    pub source_person_id: Option<i64>,
    #[serde(default)]
    pub source: String,
    pub reliability: i64,
}

const SELECT: &str = "SELECT c.id, c.person_id, c.source_person_id, s.name, c.source, c.reliability
    FROM information_channel c LEFT JOIN person s ON s.id = c.source_person_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<InformationChannel> {
    Ok(InformationChannel {
        id: row.get(0)?,
        person_id: row.get(1)?,
        source_person_id: row.get(2)?,
        source_person: row.get(3)?,
        source: row.get(4)?,
        reliability: row.get(5)?,
    })
}

fn load(conn: &Connection, id: i64) -> Result<InformationChannel> {
    conn.query_row(&format!("{SELECT} WHERE c.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "information_channel",
            id,
        })
}

/// Checks what can be checked without the database; returns the trimmed source text.
fn check_input(source_person_id: Option<i64>, source: &str, reliability: i64) -> Result<String> {
    validate::in_range("reliability", reliability, RELIABILITY.min, RELIABILITY.max)?;
    let source = source.trim().to_owned();
    if source_person_id.is_none() && source.is_empty() {
        return Err(Error::problem("source", Problem::Missing));
    }
    Ok(source)
}

/// Checks the contact and the source person against each other.
fn check_people(conn: &Connection, person_id: i64, source_person_id: Option<i64>) -> Result<()> {
    let contact = person::load(conn, person_id)?;
    let Some(account) = contact.account_id.filter(|_| contact.side != Side::Ours) else {
        return Err(Error::problem("person_id", Problem::OurStaff));
    };
    if let Some(source) = source_person_id {
        if source == person_id {
            return Err(Error::problem("source_person_id", Problem::SelfReference));
        }
        check_on_map(conn, account, source, "source_person_id")?;
    }
    Ok(())
}

/// A contact's channels, most reliable first, read inside another read (the expansion card).
pub(crate) fn person_channels(conn: &Connection, person_id: i64) -> Result<Vec<InformationChannel>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE c.person_id = ?1 ORDER BY c.reliability DESC, c.id"
    ))?;
    let rows = stmt.query_map([person_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Db {
    /// A contact's channels, most reliable first.
    pub fn list_channels(&self, person_id: i64) -> Result<Vec<InformationChannel>> {
        self.read(|conn| {
            validate::exists(conn, Table::Person, person_id)?;
            person_channels(conn, person_id)
        })
    }

    pub fn create_channel(&self, input: NewChannel) -> Result<InformationChannel> {
        let source = check_input(input.source_person_id, &input.source, input.reliability)?;
        let id = self.write(ActionLabel::AddChannel, |w| {
            check_people(w.conn(), input.person_id, input.source_person_id)?;
            w.insert(
                Table::InformationChannel,
                &[
                    ("person_id", &input.person_id),
                    ("source_person_id", &input.source_person_id),
                    ("source", &source),
                    ("reliability", &input.reliability),
                ],
            )
        })?;
        self.read(|conn| load(conn, id))
    }

    pub fn update_channel(&self, id: i64, update: ChannelUpdate) -> Result<InformationChannel> {
        let source = check_input(update.source_person_id, &update.source, update.reliability)?;
        self.write(ActionLabel::EditChannel, |w| {
            let channel = load(w.conn(), id)?;
            check_people(w.conn(), channel.person_id, update.source_person_id)?;
            w.update(
                Table::InformationChannel,
                id,
                &[
                    ("source_person_id", &update.source_person_id),
                    ("source", &source),
                    ("reliability", &update.reliability),
                ],
            )
        })?;
        self.read(|conn| load(conn, id))
    }

    pub fn delete_channel(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteChannel, |w| w.delete(Table::InformationChannel, id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::NewAccount;
    use crate::person::NewPerson;
    use crate::vocabulary::Level;
    use crate::ErrorKind;

    fn new_person(db: &Db, account: Option<i64>, side: Side, name: &str) -> i64 {
        db.create_person(NewPerson::new(account, side, name, Level::Manager))
            .unwrap()
            .id
    }

    fn account(db: &Db, name: &str) -> i64 {
        db.create_account(NewAccount::named(name)).unwrap().id
    }

    fn channel(person_id: i64, source_person_id: Option<i64>, source: &str, reliability: i64) -> NewChannel {
        NewChannel {
            person_id,
            source_person_id,
            source: source.into(),
            reliability,
        }
    }

    #[test]
    fn channels_are_created_listed_updated_and_deleted() {
        let db = Db::open_in_memory().unwrap();
        let a = account(&db, "Harbor Foods");
        let cfo = new_person(&db, Some(a), Side::Customer, "Vance");
        let ea = new_person(&db, Some(a), Side::Customer, "Hu");
        let kam = new_person(&db, None, Side::Ours, "Elena");
        let via_ea = db.create_channel(channel(cfo, Some(ea), " lunch chats ", 3)).unwrap();
        assert_eq!(
            (via_ea.source_person.as_deref(), via_ea.source.as_str()),
            (Some("Hu"), "lunch chats")
        );
        let press = db.create_channel(channel(cfo, None, "Trade press", 2)).unwrap();
        db.create_channel(channel(cfo, Some(kam), "", 5)).unwrap();
        let list = db.list_channels(cfo).unwrap();
        assert_eq!(list.iter().map(|c| c.reliability).collect::<Vec<_>>(), [5, 3, 2]);
        let update = ChannelUpdate {
            source_person_id: Some(ea),
            source: String::new(),
            reliability: 4,
        };
        let edited = db.update_channel(press.id, update).unwrap();
        assert_eq!((edited.source_person_id, edited.reliability), (Some(ea), 4));
        db.delete_channel(via_ea.id).unwrap();
        assert_eq!(db.list_channels(cfo).unwrap().len(), 2);
        assert_eq!(db.delete_channel(via_ea.id).unwrap_err().kind(), ErrorKind::NotFound);
        db.undo().unwrap();
        assert_eq!(db.list_channels(cfo).unwrap().len(), 3);
    }

    #[test]
    fn invalid_channels_are_refused_without_writing() {
        let db = Db::open_in_memory().unwrap();
        let a = account(&db, "Harbor Foods");
        let b = account(&db, "Other Co");
        let cfo = new_person(&db, Some(a), Side::Customer, "Vance");
        let stranger = new_person(&db, Some(b), Side::Customer, "Stranger");
        let kam = new_person(&db, None, Side::Ours, "Elena");
        let before = db.journal(100).unwrap().len();
        let field = |input: NewChannel| db.create_channel(input).unwrap_err().field().map(str::to_owned);
        assert_eq!(field(channel(cfo, None, "x", 0)).as_deref(), Some("reliability"));
        assert_eq!(field(channel(cfo, None, "x", 6)).as_deref(), Some("reliability"));
        assert_eq!(field(channel(cfo, None, "   ", 3)).as_deref(), Some("source"));
        assert_eq!(
            field(channel(cfo, Some(cfo), "", 3)).as_deref(),
            Some("source_person_id")
        );
        assert_eq!(
            field(channel(cfo, Some(stranger), "", 3)).as_deref(),
            Some("source_person_id")
        );
        assert_eq!(field(channel(kam, Some(cfo), "", 3)).as_deref(), Some("person_id"));
        let missing = db.create_channel(channel(cfo, Some(999), "", 3)).unwrap_err();
        assert_eq!(missing.kind(), ErrorKind::NotFound);
        assert_eq!(db.journal(100).unwrap().len(), before);
        let made = db.create_channel(channel(cfo, None, "Trade press", 2)).unwrap();
        let bad = ChannelUpdate {
            source_person_id: Some(stranger),
            source: String::new(),
            reliability: 3,
        };
        assert_eq!(
            db.update_channel(made.id, bad).unwrap_err().field(),
            Some("source_person_id")
        );
        assert_eq!(db.list_channels(cfo).unwrap()[0].source, "Trade press");
    }

    #[test]
    fn deleting_the_source_person_keeps_the_channel_as_a_named_source() {
        let db = Db::open_in_memory().unwrap();
        let a = account(&db, "Harbor Foods");
        let cfo = new_person(&db, Some(a), Side::Customer, "Vance");
        let ea = new_person(&db, Some(a), Side::Customer, "Hu");
        db.create_channel(channel(cfo, Some(ea), "", 3)).unwrap();
        db.delete_person(ea).unwrap();
        let list = db.list_channels(cfo).unwrap();
        assert_eq!(
            (list[0].source_person_id, list[0].source.as_str()),
            (None, "Hu (deleted)")
        );
    }
}
