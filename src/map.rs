//! The relationship map of one account, in one read, shaped for drawing.
//!
//! Contract: the map holds the account's own people plus our staff tied to any of them,
//! every tie among those people, the org units, and each person's current attitude,
//! influence, decision roles and strongest competitor leaning. People of other accounts
//! are not drawn, even when a personal tie reaches them. No personal-profile field is
//! part of the map: profiles are read one person at a time.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use serde::Serialize;

use crate::account::{self, Account};
use crate::db::Db;
use crate::error::Result;
use crate::org_unit::{self, OrgUnit};
use crate::tie::{self, Tie};
use crate::vocabulary::{DecisionRole, Level, PersonStatus, Side};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Leaning {
    pub competitor_id: i64,
    pub competitor: String,
    pub strength: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct MapPerson {
    pub id: i64,
    pub name: String,
    pub title: String,
    pub side: Side,
    pub level: Level,
    pub org_unit_id: Option<i64>,
    pub status: PersonStatus,
    /// Current attitude toward us, -3..+3; None when never assessed.
    pub attitude: Option<i64>,
    /// Current influence, 1..5; None when never assessed.
    pub influence: Option<i64>,
    /// Distinct roles across all deals.
    pub roles: Vec<DecisionRole>,
    pub leaning: Option<Leaning>,
    /// Sways someone through a hidden influence tie (the hidden decision chain).
    pub hidden_influencer: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AccountMap {
    pub account: Account,
    pub org_units: Vec<OrgUnit>,
    pub people: Vec<MapPerson>,
    pub ties: Vec<Tie>,
}

/// The people on the map: the account's own, and our staff tied to them.
const MEMBERS: &str = "
    WITH own(id) AS (SELECT id FROM person WHERE account_id = ?1),
    members(id) AS (
        SELECT id FROM own
        UNION
        SELECT p.id FROM tie t JOIN person p ON p.id = t.from_person_id
        WHERE p.side = 'ours' AND t.to_person_id IN own
        UNION
        SELECT p.id FROM tie t JOIN person p ON p.id = t.to_person_id
        WHERE p.side = 'ours' AND t.from_person_id IN own
    )";

fn latest(conn: &Connection, table: &str, account_id: i64) -> Result<HashMap<i64, i64>> {
    let sql = format!(
        "{MEMBERS}
        SELECT person_id, value FROM (
            SELECT person_id, value,
                   row_number() OVER (PARTITION BY person_id ORDER BY observed_on DESC, id DESC) AS n
            FROM {table} WHERE person_id IN members)
        WHERE n = 1"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([account_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn load(conn: &Connection, account_id: i64) -> Result<AccountMap> {
    let account = account::load(conn, account_id)?;
    let org_units = org_unit::list(conn, account_id)?;
    let attitudes = latest(conn, "attitude_event", account_id)?;
    let influences = latest(conn, "influence_event", account_id)?;

    let mut roles: HashMap<i64, Vec<DecisionRole>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "{MEMBERS} SELECT DISTINCT person_id, role FROM decision_role WHERE person_id IN members ORDER BY person_id, role"
    ))?;
    for row in stmt.query_map([account_id], |row| Ok((row.get::<_, i64>(0)?, row.get(1)?)))? {
        let (person, role) = row?;
        roles.entry(person).or_default().push(role);
    }

    let mut leanings: HashMap<i64, Leaning> = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "{MEMBERS} SELECT l.person_id, l.competitor_id, c.name, l.strength
         FROM competitor_leaning l JOIN competitor c ON c.id = l.competitor_id
         WHERE l.person_id IN members ORDER BY l.strength ASC, l.id ASC"
    ))?;
    for row in stmt.query_map([account_id], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            Leaning {
                competitor_id: row.get(1)?,
                competitor: row.get(2)?,
                strength: row.get(3)?,
            },
        ))
    })? {
        let (person, leaning) = row?;
        leanings.insert(person, leaning); // ascending order: the strongest is inserted last
    }

    let mut stmt = conn.prepare_cached(&format!(
        "{MEMBERS} SELECT {} FROM tie WHERE from_person_id IN members AND to_person_id IN members ORDER BY id",
        tie::COLUMNS
    ))?;
    let ties: Vec<Tie> = stmt
        .query_map([account_id], tie::from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let hidden: HashSet<i64> = ties.iter().filter(|t| t.hidden).map(|t| t.from_person_id).collect();

    let mut stmt = conn.prepare_cached(&format!(
        "{MEMBERS} SELECT id, name, title, side, level, org_unit_id, status FROM person
         WHERE id IN members ORDER BY side, name COLLATE NOCASE"
    ))?;
    let people = stmt
        .query_map([account_id], |row| {
            let id: i64 = row.get(0)?;
            Ok(MapPerson {
                id,
                name: row.get(1)?,
                title: row.get(2)?,
                side: row.get(3)?,
                level: row.get(4)?,
                org_unit_id: row.get(5)?,
                status: row.get(6)?,
                attitude: attitudes.get(&id).copied(),
                influence: influences.get(&id).copied(),
                roles: roles.remove(&id).unwrap_or_default(),
                leaning: leanings.remove(&id),
                hidden_influencer: hidden.contains(&id),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    Ok(AccountMap {
        account,
        org_units,
        people,
        ties,
    })
}

impl Db {
    /// Everything needed to draw one account's relationship map.
    pub fn get_account_map(&self, account_id: i64) -> Result<AccountMap> {
        self.read(|conn| load(conn, account_id))
    }
}
