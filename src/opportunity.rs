//! Opportunities: the named deals of an account, to which decision roles can be scoped.
//!
//! Contract: a deal's name is unique within its account (compared without case). Deleting a
//! deal removes the decision roles scoped to it in the same undoable action; roles that apply
//! to every deal (no opportunity) are untouched.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::{Error, Result};
use crate::journal::Table;
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Opportunity {
    pub id: i64,
    pub account_id: i64,
    pub name: String,
    /// Decision roles scoped to this deal.
    pub roles: i64,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewOpportunity {
    pub account_id: i64,
    pub name: String,
}

const SELECT: &str = "SELECT o.id, o.account_id, o.name,
        (SELECT count(*) FROM decision_role r WHERE r.opportunity_id = o.id)
    FROM opportunity o";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Opportunity> {
    Ok(Opportunity {
        id: row.get(0)?,
        account_id: row.get(1)?,
        name: row.get(2)?,
        roles: row.get(3)?,
    })
}

fn load(conn: &Connection, id: i64) -> Result<Opportunity> {
    conn.query_row(&format!("{SELECT} WHERE o.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "opportunity",
            id,
        })
}

fn check_name_free(conn: &Connection, account_id: i64, name: &str, id: Option<i64>) -> Result<()> {
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM opportunity WHERE account_id = ?1 AND name = ?2 COLLATE NOCASE
                        AND id IS NOT ?3)",
        params![account_id, name, id],
        |row| row.get(0),
    )?;
    if taken {
        return Err(Error::invalid(
            "name",
            format!("the account already has a deal named '{name}'"),
        ));
    }
    Ok(())
}

impl Db {
    /// The account's deals, by name.
    pub fn list_opportunities(&self, account_id: i64) -> Result<Vec<Opportunity>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare(&format!(
                "{SELECT} WHERE o.account_id = ?1 ORDER BY o.name COLLATE NOCASE"
            ))?;
            let rows = stmt.query_map([account_id], from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    pub fn create_opportunity(&self, input: NewOpportunity) -> Result<Opportunity> {
        let name = validate::non_empty("name", &input.name)?;
        let id = self.write(&format!("Add deal {name}"), |w| {
            validate::exists(w.conn(), Table::Account, input.account_id)?;
            check_name_free(w.conn(), input.account_id, &name, None)?;
            w.insert(
                Table::Opportunity,
                &[("account_id", &input.account_id), ("name", &name)],
            )
        })?;
        self.read(|conn| load(conn, id))
    }

    pub fn rename_opportunity(&self, id: i64, name: &str) -> Result<Opportunity> {
        let name = validate::non_empty("name", name)?;
        self.write("Rename deal", |w| {
            let deal = load(w.conn(), id)?;
            check_name_free(w.conn(), deal.account_id, &name, Some(id))?;
            w.update(Table::Opportunity, id, &[("name", &name)])
        })?;
        self.read(|conn| load(conn, id))
    }

    /// Deletes a deal and the decision roles scoped to it.
    pub fn delete_opportunity(&self, id: i64) -> Result<()> {
        self.write("Delete deal", |w| {
            load(w.conn(), id)?;
            let roles: Vec<i64> = {
                let mut stmt = w
                    .conn()
                    .prepare("SELECT id FROM decision_role WHERE opportunity_id = ?1")?;
                let rows = stmt.query_map([id], |row| row.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for role in roles {
                w.delete(Table::DecisionRole, role)?;
            }
            w.delete(Table::Opportunity, id)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::NewAccount;
    use crate::assessment::NewDecisionRole;
    use crate::person::NewPerson;
    use crate::vocabulary::{DecisionRole, Level, Side};
    use crate::ErrorKind;

    fn setup() -> (Db, i64, i64) {
        let db = Db::open_in_memory().unwrap();
        let account = |name: &str| db.create_account(NewAccount::named(name)).unwrap().id;
        let (a, b) = (account("Harbor Foods"), account("Other Co"));
        (db, a, b)
    }

    fn deal(account_id: i64, name: &str) -> NewOpportunity {
        NewOpportunity {
            account_id,
            name: name.into(),
        }
    }

    #[test]
    fn deals_are_created_renamed_and_listed_with_names_unique_per_account() {
        let (db, a, b) = setup();
        let line = db.create_opportunity(deal(a, " Aseptic line 2027 ")).unwrap();
        assert_eq!((line.name.as_str(), line.roles), ("Aseptic line 2027", 0));
        db.create_opportunity(deal(a, "Chilled cups")).unwrap();
        db.create_opportunity(deal(b, "aseptic line 2027")).unwrap();
        let before = db.journal(100).unwrap().len();
        assert_eq!(
            db.create_opportunity(deal(a, "ASEPTIC LINE 2027")).unwrap_err().field(),
            Some("name")
        );
        assert_eq!(db.create_opportunity(deal(a, "  ")).unwrap_err().field(), Some("name"));
        assert_eq!(
            db.create_opportunity(deal(999, "X")).unwrap_err().kind(),
            ErrorKind::NotFound
        );
        assert_eq!(
            db.rename_opportunity(line.id, "chilled cups").unwrap_err().field(),
            Some("name")
        );
        assert_eq!(db.journal(100).unwrap().len(), before);
        assert_eq!(
            db.rename_opportunity(line.id, "Aseptic line 2028").unwrap().name,
            "Aseptic line 2028"
        );
        let names: Vec<String> = db.list_opportunities(a).unwrap().into_iter().map(|o| o.name).collect();
        assert_eq!(names, ["Aseptic line 2028", "Chilled cups"]);
        assert_eq!(db.list_opportunities(999).unwrap_err().kind(), ErrorKind::NotFound);
    }

    #[test]
    fn deleting_a_deal_removes_its_scoped_roles_undoably() {
        let (db, a, _) = setup();
        let person = db
            .create_person(NewPerson::new(Some(a), Side::Customer, "Qian", Level::Manager))
            .unwrap()
            .id;
        let line = db.create_opportunity(deal(a, "Aseptic line")).unwrap();
        let role = |role, opportunity_id| NewDecisionRole {
            person_id: person,
            role,
            opportunity_id,
        };
        db.add_decision_role(role(DecisionRole::Buyer, Some(line.id))).unwrap();
        db.add_decision_role(role(DecisionRole::Decider, Some(line.id)))
            .unwrap();
        db.add_decision_role(role(DecisionRole::Buyer, None)).unwrap();
        assert_eq!(db.list_opportunities(a).unwrap()[0].roles, 2);
        let count = || -> i64 {
            db.read(|c| Ok(c.query_row("SELECT count(*) FROM decision_role", [], |r| r.get(0))?))
                .unwrap()
        };
        db.delete_opportunity(line.id).unwrap();
        assert_eq!(count(), 1, "the general role stays");
        assert!(db.list_opportunities(a).unwrap().is_empty());
        db.undo().unwrap();
        assert_eq!((count(), db.list_opportunities(a).unwrap()[0].roles), (3, 2));
        assert_eq!(db.delete_opportunity(999).unwrap_err().kind(), ErrorKind::NotFound);
    }
}
