//! The competitors met at one account, and their supporters there.
//!
//! Contract: competitors are one workspace-wide list ([`crate::competitor`]); an account
//! lists a competitor when it was added there ([`Db::add_account_competitor`]), when one of
//! its people leans to it, or when one of its people works for it. Adding a name that a
//! competitor already has (ignoring case) lists that competitor here instead of making a
//! second one; adding one already listed here is refused (`name`, duplicate). Supporters are
//! the account's people leaning to the competitor, strongest first, with their attitude to us.
//! [`Db::competitor_deletion_impact`] names what deleting a competitor takes with it.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::action_label::ActionLabel;
use crate::brain::{current, person_ref, PersonRef, Scale, PERSON_REF};
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CompetitorSupporter {
    pub person: PersonRef,
    /// Leaning strength, 1 (slight) .. 5 (firm).
    pub strength: i64,
    /// Current attitude toward us, -3..3; None when never assessed.
    pub attitude: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AccountCompetitor {
    pub competitor_id: i64,
    pub name: String,
    pub supporters: Vec<CompetitorSupporter>,
    /// People on this account's map who work for the competitor.
    pub staff: Vec<PersonRef>,
    /// Other accounts where the competitor is met.
    pub other_accounts: i64,
}

/// What deleting a competitor takes with it (everywhere, not only at one account).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CompetitorDeletionImpact {
    pub competitor_id: i64,
    pub name: String,
    /// People whose leaning to it goes.
    pub leanings: Vec<PersonRef>,
    /// People on maps who work for it: while there are any, the deletion is refused.
    pub staff: i64,
    /// Accounts that list it, by name.
    pub accounts: Vec<String>,
}

/// The competitors met at the account, by name.
const MET_HERE: &str = "
    SELECT c.id, c.name FROM competitor c
    WHERE EXISTS (SELECT 1 FROM account_competitor ac WHERE ac.competitor_id = c.id AND ac.account_id = ?1)
       OR EXISTS (SELECT 1 FROM competitor_leaning l JOIN person p ON p.id = l.person_id
                  WHERE l.competitor_id = c.id AND p.account_id = ?1)
       OR EXISTS (SELECT 1 FROM person p WHERE p.employer_id = c.id AND p.account_id = ?1)
    ORDER BY c.name COLLATE NOCASE, c.id";

fn met_here(conn: &Connection, account_id: i64) -> Result<Vec<AccountCompetitor>> {
    let attitudes = current(conn, Scale::Attitude, Some(account_id))?;
    let mut supporters = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF}, l.strength FROM competitor_leaning l JOIN person p ON p.id = l.person_id
         WHERE l.competitor_id = ?1 AND p.account_id = ?2 ORDER BY l.strength DESC, p.name COLLATE NOCASE"
    ))?;
    let mut staff = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF} FROM person p WHERE p.employer_id = ?1 AND p.account_id = ?2 ORDER BY p.name COLLATE NOCASE"
    ))?;
    let mut elsewhere = conn.prepare_cached(
        "SELECT count(*) FROM account a WHERE a.id <> ?2 AND (
            EXISTS (SELECT 1 FROM account_competitor ac WHERE ac.competitor_id = ?1 AND ac.account_id = a.id)
            OR EXISTS (SELECT 1 FROM competitor_leaning l JOIN person p ON p.id = l.person_id
                       WHERE l.competitor_id = ?1 AND p.account_id = a.id)
            OR EXISTS (SELECT 1 FROM person p WHERE p.employer_id = ?1 AND p.account_id = a.id))",
    )?;
    let mut stmt = conn.prepare_cached(MET_HERE)?;
    let competitors = stmt
        .query_map([account_id], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::with_capacity(competitors.len());
    for (id, name) in competitors {
        let list = supporters
            .query_map(params![id, account_id], |r| {
                Ok((person_ref(r, 0)?, r.get::<_, i64>(7)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        out.push(AccountCompetitor {
            competitor_id: id,
            name,
            supporters: list
                .into_iter()
                .map(|(person, strength)| CompetitorSupporter {
                    attitude: attitudes.get(&person.id).copied(),
                    person,
                    strength,
                })
                .collect(),
            staff: staff
                .query_map(params![id, account_id], |r| person_ref(r, 0))?
                .collect::<rusqlite::Result<_>>()?,
            other_accounts: elsewhere.query_row(params![id, account_id], |r| r.get(0))?,
        });
    }
    Ok(out)
}

fn deletion_impact(conn: &Connection, competitor_id: i64) -> Result<CompetitorDeletionImpact> {
    let name: String = conn
        .query_row("SELECT name FROM competitor WHERE id = ?1", [competitor_id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(Error::NotFound {
            entity: "competitor",
            id: competitor_id,
        })?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF} FROM competitor_leaning l JOIN person p ON p.id = l.person_id
         WHERE l.competitor_id = ?1 ORDER BY p.name COLLATE NOCASE"
    ))?;
    let leanings = stmt
        .query_map([competitor_id], |r| person_ref(r, 0))?
        .collect::<rusqlite::Result<_>>()?;
    let staff = conn.query_row(
        "SELECT count(*) FROM person WHERE employer_id = ?1",
        [competitor_id],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare_cached(
        "SELECT a.name FROM account a JOIN account_competitor ac ON ac.account_id = a.id
         WHERE ac.competitor_id = ?1 ORDER BY a.name COLLATE NOCASE",
    )?;
    let accounts = stmt
        .query_map([competitor_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(CompetitorDeletionImpact {
        competitor_id,
        name,
        leanings,
        staff,
        accounts,
    })
}

impl Db {
    /// The competitors met at the account, with their supporters there.
    pub fn list_account_competitors(&self, account_id: i64) -> Result<Vec<AccountCompetitor>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            met_here(conn, account_id)
        })
    }

    /// Lists a competitor at the account, making it first when no competitor has the name.
    pub fn add_account_competitor(&self, account_id: i64, name: &str) -> Result<AccountCompetitor> {
        let name = validate::name("name", name)?;
        let id = self.write(ActionLabel::AddCompetitor, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            let existing: Option<i64> = w
                .conn()
                .query_row(
                    "SELECT id FROM competitor WHERE name = ?1 COLLATE NOCASE",
                    [&name],
                    |r| r.get(0),
                )
                .optional()?;
            let id = match existing {
                Some(id) => id,
                None => w.insert(Table::Competitor, &[("name", &name)])?,
            };
            if met_here(w.conn(), account_id)?.iter().any(|c| c.competitor_id == id) {
                return Err(Error::problem("name", Problem::DuplicateName { name: name.clone() }));
            }
            w.insert(
                Table::AccountCompetitor,
                &[("account_id", &account_id), ("competitor_id", &id)],
            )?;
            Ok(id)
        })?;
        self.read(|conn| met_here(conn, account_id))?
            .into_iter()
            .find(|c| c.competitor_id == id)
            .ok_or(Error::NotFound {
                entity: "competitor",
                id,
            })
    }

    /// What deleting the competitor would remove; writes nothing.
    pub fn competitor_deletion_impact(&self, competitor_id: i64) -> Result<CompetitorDeletionImpact> {
        self.read(|conn| deletion_impact(conn, competitor_id))
    }
}
