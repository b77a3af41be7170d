//! Quick add: the workshop's one-line entry of a person, as one undoable action.
//!
//! Contract: a customer-side (or third-party, competitor) person joins `account_id`, in the
//! department named by `department`: an existing department of the account when one has
//! that name (case and surrounding spaces ignored), else a new top-level one created in the
//! same action; an empty name means no department. Our staff get no account and no
//! department. `role`, when given, is a decision role for every deal. The department, the
//! person and the role are written together or not at all, and one undo removes them all.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::person::{self, NewPerson, Person};
use crate::validate;
use crate::vocabulary::{DecisionRole, Level, Side};

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct QuickAdd {
    pub account_id: i64,
    pub side: Side,
    pub name: String,
    #[serde(default)]
    pub title: String,
    pub level: Level,
    /// A department's name; found or created. Ignored for our staff.
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub role: Option<DecisionRole>,
}

/// The person added, and the department they went into (`created` when it is new).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct QuickAdded {
    pub person: Person,
    pub org_unit_id: Option<i64>,
    pub org_unit_created: bool,
}

/// The account's department with this name, ignoring case and surrounding spaces.
fn department_named(conn: &Connection, account_id: i64, name: &str) -> Result<Option<i64>> {
    let wanted = name.trim().to_lowercase();
    let mut stmt = conn.prepare_cached("SELECT id, name FROM org_unit WHERE account_id = ?1 ORDER BY id")?;
    let mut rows = stmt.query([account_id])?;
    while let Some(row) = rows.next()? {
        let candidate: String = row.get(1)?;
        if candidate.trim().to_lowercase() == wanted {
            return Ok(Some(row.get(0)?));
        }
    }
    Ok(None)
}

impl Db {
    pub fn quick_add(&self, input: QuickAdd) -> Result<QuickAdded> {
        let name = validate::name("name", &input.name)?;
        let ours = input.side == Side::Ours;
        let department = if ours { "" } else { input.department.trim() };
        if ours && input.role.is_some() {
            return Err(Error::problem("role", Problem::OurStaff));
        }
        let (id, org_unit_id, org_unit_created) = self.write(ActionLabel::AddPerson, |w| {
            validate::exists(w.conn(), Table::Account, input.account_id)?;
            let (unit, created) = match department {
                "" => (None, false),
                text => match department_named(w.conn(), input.account_id, text)? {
                    Some(found) => (Some(found), false),
                    None => {
                        let values: [(&str, &dyn rusqlite::ToSql); 3] = [
                            ("account_id", &input.account_id),
                            ("parent_id", &None::<i64>),
                            ("name", &text),
                        ];
                        (Some(w.insert(Table::OrgUnit, &values)?), true)
                    }
                },
            };
            let person = NewPerson {
                account_id: (!ours).then_some(input.account_id),
                side: input.side,
                name: name.clone(),
                title: input.title.clone(),
                org_unit_id: unit,
                level: input.level,
                email: String::new(),
                phone: String::new(),
                employer_id: None,
            };
            let id = person::insert(w, &person)?;
            if let Some(role) = input.role {
                w.insert(
                    Table::DecisionRole,
                    &[("person_id", &id), ("role", &role), ("opportunity_id", &None::<i64>)],
                )?;
            }
            Ok((id, unit, created))
        })?;
        let person = self.read(|conn| person::load(conn, id))?;
        Ok(QuickAdded {
            person,
            org_unit_id,
            org_unit_created,
        })
    }

    /// People of the account with this name (case and surrounding spaces ignored), so that
    /// adding a second "Wang Wei" can be warned about before it happens.
    pub fn people_named(&self, account_id: i64, name: &str) -> Result<Vec<Person>> {
        let wanted = name.trim().to_lowercase();
        Ok(self
            .list_people(account_id)?
            .into_iter()
            .filter(|p| p.name.trim().to_lowercase() == wanted)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::NewAccount;

    fn workspace() -> (Db, i64) {
        let db = Db::open_in_memory().unwrap();
        let account = db.create_account(NewAccount::named("Harbour Foods")).unwrap();
        (db, account.id)
    }

    fn entry(account_id: i64, name: &str, department: &str, role: Option<DecisionRole>) -> QuickAdd {
        QuickAdd {
            account_id,
            side: Side::Customer,
            name: name.to_owned(),
            title: "Head of Buying".to_owned(),
            level: Level::Manager,
            department: department.to_owned(),
            role,
        }
    }

    #[test]
    fn department_person_and_role_are_one_undo_step() {
        let (db, account) = workspace();
        let added = db
            .quick_add(entry(account, "Lin Qiao", "Procurement", Some(DecisionRole::Buyer)))
            .unwrap();
        assert!(added.org_unit_created);
        assert_eq!(added.person.org_unit_id, added.org_unit_id);
        assert_eq!(db.list_org_units(account).unwrap().len(), 1);
        assert_eq!(db.list_decision_roles(added.person.id).unwrap().len(), 1);
        db.undo().unwrap();
        assert!(db.list_people(account).unwrap().is_empty());
        assert!(db.list_org_units(account).unwrap().is_empty());
    }

    #[test]
    fn an_existing_department_is_found_by_name_whatever_its_case() {
        let (db, account) = workspace();
        let first = db.quick_add(entry(account, "Lin Qiao", "Procurement", None)).unwrap();
        let second = db
            .quick_add(entry(account, "Zhou Fan", "  procurement ", None))
            .unwrap();
        assert!(!second.org_unit_created);
        assert_eq!(second.org_unit_id, first.org_unit_id);
        assert_eq!(db.list_org_units(account).unwrap().len(), 1);
    }

    #[test]
    fn a_refused_person_writes_no_department() {
        let (db, account) = workspace();
        let error = db.quick_add(entry(account, "   ", "Quality", None)).unwrap_err();
        assert_eq!(error.field(), Some("name"));
        let error = db
            .quick_add(entry(account + 99, "Lin Qiao", "Quality", None))
            .unwrap_err();
        assert_eq!(error.kind(), crate::ErrorKind::NotFound);
        assert!(db.list_org_units(account).unwrap().is_empty());
    }

    #[test]
    fn our_staff_get_no_account_department_or_role() {
        let (db, account) = workspace();
        let mut staff = entry(account, "Ada Brooks", "Sales", None);
        staff.side = Side::Ours;
        let added = db.quick_add(staff.clone()).unwrap();
        assert_eq!(added.person.account_id, None);
        assert_eq!(added.org_unit_id, None);
        staff.role = Some(DecisionRole::Decider);
        assert_eq!(db.quick_add(staff).unwrap_err().field(), Some("role"));
    }

    #[test]
    fn people_of_the_same_name_are_found() {
        let (db, account) = workspace();
        db.quick_add(entry(account, "Lin Qiao", "", None)).unwrap();
        assert_eq!(db.people_named(account, " lin qiao").unwrap().len(), 1);
        assert!(db.people_named(account, "Lin").unwrap().is_empty());
    }
}
