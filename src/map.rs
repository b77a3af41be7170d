//! The relationship map of one account, in one read, shaped for drawing.
//!
//! Contract: the map holds the account's own people plus our staff tied to any of them,
//! every tie among those people, the org units, and for the account's own people their
//! current attitude, influence, decision roles and strongest competitor leaning (our staff
//! carry none of these: they are assessed from the customer's side only). People of other accounts
//! are not drawn, even when a personal tie reaches them. No personal-profile field is
//! part of the map: profiles are read one person at a time.
//!
//! The map screen ([`Db::map_screen`]) is the account list beside one account's map, in one
//! read, so that the first screen and every change cost one call: the account asked for is
//! shown while it exists, else the first active account, else the first (an account deleted
//! or whose creation was undone gives way to another).

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::account::{self, Account, AccountSummary};
use crate::assessment::{current, Scale};
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

/// Latest value per person of an event table, for the account's own people.
const PERSON_COLUMNS: &str = "id, name, title, side, level, org_unit_id, status";

fn map_person(row: &rusqlite::Row<'_>) -> rusqlite::Result<MapPerson> {
    Ok(MapPerson {
        id: row.get(0)?,
        name: row.get(1)?,
        title: row.get(2)?,
        side: row.get(3)?,
        level: row.get(4)?,
        org_unit_id: row.get(5)?,
        status: row.get(6)?,
        attitude: None,
        influence: None,
        roles: Vec::new(),
        leaning: None,
        hidden_influencer: false,
    })
}

pub(crate) fn load(conn: &Connection, account_id: i64) -> Result<AccountMap> {
    let account = account::load(conn, account_id)?;
    let org_units = org_unit::list(conn, account_id)?;

    let mut stmt = conn.prepare_cached(&format!("SELECT {PERSON_COLUMNS} FROM person WHERE account_id = ?1"))?;
    let mut people: Vec<MapPerson> = stmt
        .query_map([account_id], map_person)?
        .collect::<rusqlite::Result<_>>()?;
    let own: HashSet<i64> = people.iter().map(|p| p.id).collect();

    // Every tie touching the account; ties to other accounts' people are dropped below.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM tie WHERE from_person_id IN (SELECT id FROM person WHERE account_id = ?1)
         UNION ALL
         SELECT {} FROM tie WHERE to_person_id IN (SELECT id FROM person WHERE account_id = ?1)
                             AND from_person_id NOT IN (SELECT id FROM person WHERE account_id = ?1)",
        tie::COLUMNS,
        tie::COLUMNS
    ))?;
    let touching: Vec<Tie> = stmt
        .query_map([account_id], tie::from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let outside: HashSet<i64> = touching
        .iter()
        .flat_map(|t| [t.from_person_id, t.to_person_id])
        .filter(|id| !own.contains(id))
        .collect();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1 AND side = 'ours'"
    ))?;
    for id in outside {
        if let Some(staff) = stmt.query_row([id], map_person).optional()? {
            people.push(staff);
        }
    }
    let members: HashSet<i64> = people.iter().map(|p| p.id).collect();
    let mut ties: Vec<Tie> = touching
        .into_iter()
        .filter(|t| members.contains(&t.from_person_id) && members.contains(&t.to_person_id))
        .collect();
    ties.sort_by_key(|t| t.id);

    let attitudes = current(conn, Scale::Attitude, Some(account_id))?;
    let influences = current(conn, Scale::Influence, Some(account_id))?;
    let mut roles: HashMap<i64, Vec<DecisionRole>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT r.person_id, r.role FROM decision_role r JOIN person p ON p.id = r.person_id
         WHERE p.account_id = ?1 ORDER BY r.person_id, r.role",
    )?;
    for row in stmt.query_map([account_id], |row| Ok((row.get::<_, i64>(0)?, row.get(1)?)))? {
        let (person, role) = row?;
        roles.entry(person).or_default().push(role);
    }
    let mut leanings: HashMap<i64, Leaning> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT l.person_id, l.competitor_id, c.name, l.strength
         FROM competitor_leaning l JOIN competitor c ON c.id = l.competitor_id JOIN person p ON p.id = l.person_id
         WHERE p.account_id = ?1 ORDER BY l.strength ASC, l.id ASC",
    )?;
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
    let hidden: HashSet<i64> = ties.iter().filter(|t| t.hidden).map(|t| t.from_person_id).collect();

    for person in &mut people {
        person.attitude = attitudes.get(&person.id).copied();
        person.influence = influences.get(&person.id).copied();
        person.roles = roles.remove(&person.id).unwrap_or_default();
        person.leaning = leanings.remove(&person.id);
        person.hidden_influencer = hidden.contains(&person.id);
    }
    people.sort_by_key(|p| (p.side, p.name.to_lowercase()));
    Ok(AccountMap {
        account,
        org_units,
        people,
        ties,
    })
}

/// The account list and the map of the account shown.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct MapScreen {
    /// As [`Db::list_accounts`] gives them.
    pub accounts: Vec<AccountSummary>,
    /// None in a workspace without accounts.
    pub map: Option<AccountMap>,
}

/// The account to show: `wanted` while it exists, else the first active one, else the first.
fn shown(accounts: &[AccountSummary], wanted: Option<i64>) -> Option<i64> {
    wanted
        .filter(|id| accounts.iter().any(|a| a.id == *id))
        .or_else(|| accounts.iter().find(|a| !a.archived).or(accounts.first()).map(|a| a.id))
}

impl Db {
    /// Everything needed to draw one account's relationship map.
    pub fn get_account_map(&self, account_id: i64) -> Result<AccountMap> {
        self.read(|conn| load(conn, account_id))
    }

    /// The account list and the map of `open` (see the module doc for which account is shown).
    pub fn map_screen(&self, open: Option<i64>) -> Result<MapScreen> {
        self.read(|conn| {
            let accounts = account::list(conn)?;
            let map = shown(&accounts, open).map(|id| load(conn, id)).transpose()?;
            Ok(MapScreen { accounts, map })
        })
    }
}
