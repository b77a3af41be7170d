//! Account strategy: what the customer values in us (core value demands) and the strategic
//! control points, the abilities that won us the account and must not be lost.
//!
//! Contract: value demands are a set per account, replaced as a whole. An entry that names a
//! known demand ([`ValueDemand`], by its key, also written with spaces or any case, e.g.
//! "Speed of response") is stored as that key; anything else is kept as free text (at most
//! 200 characters). Entries are trimmed, empty ones refused, repeats (ignoring case) dropped.
//! Lists show known demands in vocabulary order, then free ones in entry order. Control
//! points are free descriptions, added, edited and deleted one by one.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;
use crate::vocabulary::ValueDemand;

/// Longest free-text value demand, in characters.
const MAX_DEMAND_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ValueDemandEntry {
    pub id: i64,
    pub account_id: i64,
    /// The known demand's key, or the free text.
    pub demand: String,
    /// The known demand, when it is one.
    pub known: Option<ValueDemand>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ControlPoint {
    pub id: i64,
    pub account_id: i64,
    pub description: String,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewControlPoint {
    pub account_id: i64,
    pub description: String,
}

/// The stored form of one entry: a known key, or the trimmed free text.
fn normalise(entry: &str) -> Result<String> {
    let text = validate::non_empty("demands", entry)?;
    let key = text.to_lowercase().replace([' ', '-'], "_");
    if let Some(known) = ValueDemand::parse(&key) {
        return Ok(known.as_str().to_owned());
    }
    if text.chars().count() > MAX_DEMAND_CHARS {
        return Err(Error::problem(
            "demands",
            Problem::TooLong {
                max: MAX_DEMAND_CHARS as i64,
            },
        ));
    }
    Ok(text)
}

/// Two entries are the same demand when they differ only in case.
fn same(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

fn demands(conn: &Connection, account_id: i64) -> Result<Vec<ValueDemandEntry>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, account_id, demand FROM value_demand WHERE account_id = ?1 ORDER BY id")?;
    let mut list: Vec<ValueDemandEntry> = stmt
        .query_map([account_id], |row| {
            let demand: String = row.get(2)?;
            Ok(ValueDemandEntry {
                id: row.get(0)?,
                account_id: row.get(1)?,
                known: ValueDemand::parse(&demand),
                demand,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    // Known demands (None sorts first, so flip it) in vocabulary order, then free ones by id.
    list.sort_by_key(|e| (e.known.is_none(), e.known, e.id));
    Ok(list)
}

fn load_control_point(conn: &Connection, id: i64) -> Result<ControlPoint> {
    conn.query_row(
        "SELECT id, account_id, description FROM control_point WHERE id = ?1",
        [id],
        |row| {
            Ok(ControlPoint {
                id: row.get(0)?,
                account_id: row.get(1)?,
                description: row.get(2)?,
            })
        },
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "control_point",
        id,
    })
}

impl Db {
    pub fn list_value_demands(&self, account_id: i64) -> Result<Vec<ValueDemandEntry>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            demands(conn, account_id)
        })
    }

    /// Makes the account's value demands exactly `entries` (known keys or free text).
    pub fn set_value_demands(&self, account_id: i64, entries: Vec<String>) -> Result<Vec<ValueDemandEntry>> {
        let mut wanted: Vec<String> = Vec::with_capacity(entries.len());
        for entry in &entries {
            let demand = normalise(entry)?;
            if !wanted.iter().any(|w| same(w, &demand)) {
                wanted.push(demand);
            }
        }
        self.write(ActionLabel::SetValueDemands, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            let current = demands(w.conn(), account_id)?;
            for entry in &current {
                if !wanted.iter().any(|d| same(d, &entry.demand)) {
                    w.delete(Table::ValueDemand, entry.id)?;
                }
            }
            for demand in &wanted {
                match current.iter().find(|e| same(&e.demand, demand)) {
                    Some(e) if e.demand != *demand => w.update(Table::ValueDemand, e.id, &[("demand", demand)])?,
                    Some(_) => {}
                    None => {
                        w.insert(Table::ValueDemand, &[("account_id", &account_id), ("demand", demand)])?;
                    }
                }
            }
            Ok(())
        })?;
        self.list_value_demands(account_id)
    }

    pub fn list_control_points(&self, account_id: i64) -> Result<Vec<ControlPoint>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare("SELECT id FROM control_point WHERE account_id = ?1 ORDER BY id")?;
            let ids = stmt
                .query_map([account_id], |row| row.get(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            ids.into_iter().map(|id| load_control_point(conn, id)).collect()
        })
    }

    pub fn add_control_point(&self, input: NewControlPoint) -> Result<ControlPoint> {
        let description = validate::non_empty("description", &input.description)?;
        let id = self.write(ActionLabel::AddControlPoint, |w| {
            validate::exists(w.conn(), Table::Account, input.account_id)?;
            w.insert(
                Table::ControlPoint,
                &[("account_id", &input.account_id), ("description", &description)],
            )
        })?;
        self.read(|conn| load_control_point(conn, id))
    }

    pub fn update_control_point(&self, id: i64, description: &str) -> Result<ControlPoint> {
        let description = validate::non_empty("description", description)?;
        self.write(ActionLabel::EditControlPoint, |w| {
            w.update(Table::ControlPoint, id, &[("description", &description)])
        })?;
        self.read(|conn| load_control_point(conn, id))
    }

    pub fn delete_control_point(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteControlPoint, |w| w.delete(Table::ControlPoint, id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::NewAccount;
    use crate::ErrorKind;

    fn setup() -> (Db, i64) {
        let db = Db::open_in_memory().unwrap();
        let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
        (db, account)
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn value_demands_store_known_keys_and_free_text_and_replace_the_set() {
        let (db, account) = setup();
        let set = db
            .set_value_demands(
                account,
                strings(&[
                    "Joint shelf-life testing",
                    "Speed of response",
                    "price",
                    " PRICE ",
                    "drive",
                ]),
            )
            .unwrap();
        let seen: Vec<(&str, Option<ValueDemand>)> = set.iter().map(|e| (e.demand.as_str(), e.known)).collect();
        assert_eq!(
            seen,
            [
                ("drive", Some(ValueDemand::Drive)),
                ("speed_of_response", Some(ValueDemand::SpeedOfResponse)),
                ("price", Some(ValueDemand::Price)),
                ("Joint shelf-life testing", None),
            ]
        );
        let kept = set.iter().find(|e| e.demand == "price").unwrap().id;
        let replaced = db
            .set_value_demands(account, strings(&["price", "joint shelf-life testing", "Financing"]))
            .unwrap();
        assert_eq!(replaced.len(), 3);
        assert_eq!(
            replaced.iter().find(|e| e.demand == "price").unwrap().id,
            kept,
            "unchanged rows stay"
        );
        assert!(
            replaced.iter().any(|e| e.demand == "joint shelf-life testing"),
            "the new spelling wins"
        );
        db.undo().unwrap();
        assert_eq!(db.list_value_demands(account).unwrap().len(), 4);
        assert!(db.set_value_demands(account, vec![]).unwrap().is_empty());
    }

    #[test]
    fn invalid_value_demands_are_refused_without_writing() {
        let (db, account) = setup();
        db.set_value_demands(account, strings(&["price"])).unwrap();
        let before = db.journal(100).unwrap().len();
        assert_eq!(
            db.set_value_demands(account, strings(&["drive", " "]))
                .unwrap_err()
                .field(),
            Some("demands")
        );
        let long = "x".repeat(MAX_DEMAND_CHARS + 1);
        assert_eq!(
            db.set_value_demands(account, vec![long]).unwrap_err().field(),
            Some("demands")
        );
        assert_eq!(
            db.set_value_demands(999, strings(&["drive"])).unwrap_err().kind(),
            ErrorKind::NotFound
        );
        assert_eq!(db.journal(100).unwrap().len(), before);
        assert_eq!(db.list_value_demands(account).unwrap()[0].demand, "price");
    }

    #[test]
    fn control_points_are_added_edited_listed_and_deleted() {
        let (db, account) = setup();
        let add = |description: &str| {
            db.add_control_point(NewControlPoint {
                account_id: account,
                description: description.into(),
            })
        };
        let line = add(" On-site filling-line service team ").unwrap();
        assert_eq!(line.description, "On-site filling-line service team");
        add("Joint packaging R&D lab").unwrap();
        let before = db.journal(100).unwrap().len();
        assert_eq!(add("  ").unwrap_err().field(), Some("description"));
        assert_eq!(
            db.update_control_point(line.id, "").unwrap_err().field(),
            Some("description")
        );
        assert_eq!(
            db.update_control_point(999, "x").unwrap_err().kind(),
            ErrorKind::NotFound
        );
        assert_eq!(db.journal(100).unwrap().len(), before);
        let edited = db.update_control_point(line.id, "24h line service").unwrap();
        assert_eq!(edited.description, "24h line service");
        assert_eq!(db.list_control_points(account).unwrap().len(), 2);
        db.delete_control_point(line.id).unwrap();
        assert_eq!(db.list_control_points(account).unwrap().len(), 1);
        db.undo().unwrap();
        assert_eq!(
            db.list_control_points(account).unwrap()[0].description,
            "24h line service"
        );
    }
}
