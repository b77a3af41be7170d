//! Competitors and competitor coverage: which competitor each contact leans to, how strongly.
//!
//! Contract: competitors are a workspace-wide list with unique names (compared without
//! case); the competitors met at one account are in [`crate::account::competitors`]. Deleting
//! a competitor removes every leaning to it and its place on every account's list in the same
//! undoable action, but is refused while people on a map work for it (competitor staff):
//! they must be deleted or reassigned first. A leaning (strength 1 slight .. 5 firm) is held once per
//! contact and competitor, and only by customer-side or third-party people.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::person;
use crate::validate;
use crate::vocabulary::{Side, LEANING_STRENGTH};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Competitor {
    pub id: i64,
    pub name: String,
    /// People on maps who work for this competitor.
    pub staff: i64,
    /// Contacts leaning to this competitor.
    pub leanings: i64,
}

/// A contact's leaning to one competitor.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CompetitorLeaning {
    pub id: i64,
    pub person_id: i64,
    pub competitor_id: i64,
    pub competitor: String,
    /// 1 (slight) to 5 (firm).
    pub strength: i64,
}

const COMPETITOR_SELECT: &str = "SELECT c.id, c.name,
        (SELECT count(*) FROM person p WHERE p.employer_id = c.id),
        (SELECT count(*) FROM competitor_leaning l WHERE l.competitor_id = c.id)
    FROM competitor c";

fn competitor_row(row: &Row<'_>) -> rusqlite::Result<Competitor> {
    Ok(Competitor {
        id: row.get(0)?,
        name: row.get(1)?,
        staff: row.get(2)?,
        leanings: row.get(3)?,
    })
}

fn load(conn: &Connection, id: i64) -> Result<Competitor> {
    conn.query_row(&format!("{COMPETITOR_SELECT} WHERE c.id = ?1"), [id], competitor_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "competitor",
            id,
        })
}

/// Fails when another competitor (not `id`) already has `name`, compared without case.
fn check_name_free(conn: &Connection, name: &str, id: Option<i64>) -> Result<()> {
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM competitor WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2)",
        params![name, id],
        |row| row.get(0),
    )?;
    if taken {
        return Err(Error::problem("name", Problem::DuplicateName { name: name.to_owned() }));
    }
    Ok(())
}

const LEANING_SELECT: &str = "SELECT l.id, l.person_id, l.competitor_id, c.name, l.strength
    FROM competitor_leaning l JOIN competitor c ON c.id = l.competitor_id";

fn leaning_row(row: &Row<'_>) -> rusqlite::Result<CompetitorLeaning> {
    Ok(CompetitorLeaning {
        id: row.get(0)?,
        person_id: row.get(1)?,
        competitor_id: row.get(2)?,
        competitor: row.get(3)?,
        strength: row.get(4)?,
    })
}

fn find_leaning(conn: &Connection, person_id: i64, competitor_id: i64) -> Result<Option<CompetitorLeaning>> {
    Ok(conn
        .query_row(
            &format!("{LEANING_SELECT} WHERE l.person_id = ?1 AND l.competitor_id = ?2"),
            params![person_id, competitor_id],
            leaning_row,
        )
        .optional()?)
}

impl Db {
    /// Every competitor, by name.
    pub fn list_competitors(&self) -> Result<Vec<Competitor>> {
        self.read(|conn| {
            let mut stmt = conn.prepare(&format!("{COMPETITOR_SELECT} ORDER BY c.name COLLATE NOCASE"))?;
            let rows = stmt.query_map([], competitor_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    pub fn create_competitor(&self, name: &str) -> Result<Competitor> {
        let name = validate::name("name", name)?;
        let id = self.write(ActionLabel::AddCompetitor, |w| {
            check_name_free(w.conn(), &name, None)?;
            w.insert(Table::Competitor, &[("name", &name)])
        })?;
        self.read(|conn| load(conn, id))
    }

    pub fn rename_competitor(&self, id: i64, name: &str) -> Result<Competitor> {
        let name = validate::name("name", name)?;
        self.write(ActionLabel::RenameCompetitor, |w| {
            load(w.conn(), id)?;
            check_name_free(w.conn(), &name, Some(id))?;
            w.update(Table::Competitor, id, &[("name", &name)])
        })?;
        self.read(|conn| load(conn, id))
    }

    /// Deletes a competitor and every leaning to it; refused while it employs people on a map.
    pub fn delete_competitor(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteCompetitor, |w| {
            let competitor = load(w.conn(), id)?;
            if competitor.staff > 0 {
                return Err(Error::problem(
                    "id",
                    Problem::StillEmploys {
                        people: competitor.staff,
                    },
                ));
            }
            for (table, sql) in [
                (
                    Table::CompetitorLeaning,
                    "SELECT id FROM competitor_leaning WHERE competitor_id = ?1",
                ),
                (
                    Table::AccountCompetitor,
                    "SELECT id FROM account_competitor WHERE competitor_id = ?1",
                ),
            ] {
                let rows: Vec<i64> = {
                    let mut stmt = w.conn().prepare(sql)?;
                    let rows = stmt.query_map([id], |row| row.get(0))?;
                    rows.collect::<rusqlite::Result<_>>()?
                };
                for row in rows {
                    w.delete(table, row)?;
                }
            }
            w.delete(Table::Competitor, id)
        })
    }

    /// Records how strongly a contact leans to a competitor, replacing any earlier strength.
    pub fn set_leaning(&self, person_id: i64, competitor_id: i64, strength: i64) -> Result<CompetitorLeaning> {
        let strength = validate::in_range("strength", strength, LEANING_STRENGTH.min, LEANING_STRENGTH.max)?;
        self.write(ActionLabel::SetLeaning { strength }, |w| {
            let person = person::load(w.conn(), person_id)?;
            if !matches!(person.side, Side::Customer | Side::ThirdParty) {
                return Err(Error::problem("person_id", Problem::NotCustomerSide));
            }
            validate::exists(w.conn(), Table::Competitor, competitor_id)?;
            match find_leaning(w.conn(), person_id, competitor_id)? {
                Some(existing) => w.update(Table::CompetitorLeaning, existing.id, &[("strength", &strength)]),
                None => w
                    .insert(
                        Table::CompetitorLeaning,
                        &[
                            ("person_id", &person_id),
                            ("competitor_id", &competitor_id),
                            ("strength", &strength),
                        ],
                    )
                    .map(|_| ()),
            }
        })?;
        self.read(|conn| {
            find_leaning(conn, person_id, competitor_id)?.ok_or(Error::NotFound {
                entity: "competitor_leaning",
                id: competitor_id,
            })
        })
    }

    /// Removes a contact's leaning to a competitor; nothing happens when there was none.
    pub fn clear_leaning(&self, person_id: i64, competitor_id: i64) -> Result<()> {
        self.write(ActionLabel::ClearLeaning, |w| {
            validate::exists(w.conn(), Table::Person, person_id)?;
            validate::exists(w.conn(), Table::Competitor, competitor_id)?;
            match find_leaning(w.conn(), person_id, competitor_id)? {
                Some(existing) => w.delete(Table::CompetitorLeaning, existing.id),
                None => Ok(()),
            }
        })
    }

    /// A contact's leanings, strongest first.
    pub fn list_leanings(&self, person_id: i64) -> Result<Vec<CompetitorLeaning>> {
        self.read(|conn| {
            validate::exists(conn, Table::Person, person_id)?;
            let mut stmt = conn.prepare(&format!(
                "{LEANING_SELECT} WHERE l.person_id = ?1 ORDER BY l.strength DESC, c.name COLLATE NOCASE"
            ))?;
            let rows = stmt.query_map([person_id], leaning_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::NewAccount;
    use crate::person::NewPerson;
    use crate::vocabulary::Level;
    use crate::ErrorKind;

    fn setup() -> (Db, i64) {
        let db = Db::open_in_memory().unwrap();
        let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
        (db, account)
    }

    fn person(db: &Db, account: Option<i64>, side: Side, employer: Option<i64>) -> i64 {
        db.create_person(NewPerson {
            account_id: account,
            side,
            name: format!("{side} person"),
            title: String::new(),
            org_unit_id: None,
            level: Level::Manager,
            email: String::new(),
            phone: String::new(),
            employer_id: employer,
        })
        .unwrap()
        .id
    }

    #[test]
    fn competitors_are_created_renamed_and_listed_with_unique_names() {
        let (db, _) = setup();
        let rival = db.create_competitor("  Crestline  ").unwrap();
        assert_eq!(rival.name, "Crestline");
        db.create_competitor("Arbor Pack").unwrap();
        let duplicate = db.create_competitor("CRESTLINE").unwrap_err();
        assert_eq!(duplicate.field(), Some("name"));
        assert_eq!(db.create_competitor(" ").unwrap_err().field(), Some("name"));
        let names: Vec<String> = db.list_competitors().unwrap().into_iter().map(|c| c.name).collect();
        assert_eq!(names, ["Arbor Pack", "Crestline"]);
        assert_eq!(
            db.rename_competitor(rival.id, "Crestline Packaging").unwrap().name,
            "Crestline Packaging"
        );
        assert_eq!(
            db.rename_competitor(rival.id, "arbor pack").unwrap_err().field(),
            Some("name")
        );
        assert_eq!(db.rename_competitor(999, "X").unwrap_err().kind(), ErrorKind::NotFound);
    }

    #[test]
    fn leanings_are_set_updated_cleared_and_listed() {
        let (db, account) = setup();
        let contact = person(&db, Some(account), Side::Customer, None);
        let a = db.create_competitor("Crestline").unwrap().id;
        let b = db.create_competitor("Arbor").unwrap().id;
        let first = db.set_leaning(contact, a, 2).unwrap();
        let again = db.set_leaning(contact, a, 4).unwrap();
        assert_eq!((first.id, again.strength), (again.id, 4));
        db.set_leaning(contact, b, 5).unwrap();
        let list = db.list_leanings(contact).unwrap();
        assert_eq!(
            list.iter().map(|l| l.competitor.as_str()).collect::<Vec<_>>(),
            ["Arbor", "Crestline"]
        );
        db.clear_leaning(contact, b).unwrap();
        db.clear_leaning(contact, b).unwrap(); // nothing left to clear: no error
        assert_eq!(db.list_leanings(contact).unwrap().len(), 1);
        db.undo().unwrap();
        assert_eq!(db.list_leanings(contact).unwrap().len(), 2);
    }

    #[test]
    fn leanings_are_validated_and_nothing_is_written_on_failure() {
        let (db, account) = setup();
        let contact = person(&db, Some(account), Side::Customer, None);
        let adviser = person(&db, Some(account), Side::ThirdParty, None);
        let ours = person(&db, None, Side::Ours, None);
        let rival = db.create_competitor("Crestline").unwrap().id;
        let rep = person(&db, Some(account), Side::Competitor, Some(rival));
        let before = db.journal(100).unwrap().len();
        assert_eq!(db.set_leaning(contact, rival, 0).unwrap_err().field(), Some("strength"));
        assert_eq!(db.set_leaning(contact, rival, 6).unwrap_err().field(), Some("strength"));
        assert_eq!(db.set_leaning(ours, rival, 3).unwrap_err().field(), Some("person_id"));
        assert_eq!(db.set_leaning(rep, rival, 3).unwrap_err().field(), Some("person_id"));
        assert_eq!(db.set_leaning(contact, 999, 3).unwrap_err().kind(), ErrorKind::NotFound);
        assert_eq!(db.set_leaning(999, rival, 3).unwrap_err().kind(), ErrorKind::NotFound);
        assert_eq!(db.journal(100).unwrap().len(), before);
        assert_eq!(db.set_leaning(adviser, rival, 3).unwrap().strength, 3);
    }

    #[test]
    fn deleting_a_competitor_removes_its_leanings_undoably_unless_it_employs_staff() {
        let (db, account) = setup();
        let contact = person(&db, Some(account), Side::Customer, None);
        let rival = db.create_competitor("Crestline").unwrap().id;
        let other = db.create_competitor("Arbor").unwrap().id;
        db.set_leaning(contact, rival, 4).unwrap();
        db.set_leaning(contact, other, 2).unwrap();
        let rep = person(&db, Some(account), Side::Competitor, Some(other));
        let refused = db.delete_competitor(other).unwrap_err();
        assert_eq!((refused.kind(), refused.field()), (ErrorKind::Invalid, Some("id")));
        assert_eq!(db.list_leanings(contact).unwrap().len(), 2, "nothing removed");
        db.delete_competitor(rival).unwrap();
        assert_eq!(db.list_leanings(contact).unwrap().len(), 1);
        assert_eq!(db.list_competitors().unwrap().len(), 1);
        db.undo().unwrap();
        assert_eq!(db.list_leanings(contact).unwrap().len(), 2);
        assert_eq!(db.list_competitors().unwrap().len(), 2);
        db.delete_person(rep).unwrap();
        db.delete_competitor(other).unwrap();
        assert_eq!(db.delete_competitor(other).unwrap_err().kind(), ErrorKind::NotFound);
    }
}
