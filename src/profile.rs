//! The personal profile of a person: birthday, hobbies and habits, family, home area,
//! education, clubs and notes.
//!
//! SENSITIVE: this is private personal data. It is read one person at a time through
//! [`Db::get_profile`] and is never part of the map payload ([`crate::map`]) or of any list,
//! so that the presentation mode's privacy switch can hide all of it by not asking for it.
//!
//! Contract: a person has at most one profile. [`Db::set_profile`] replaces every field at
//! once (an upsert through the journal); a profile whose fields are all empty is removed, and
//! [`Db::get_profile`] returns None for a person without one. The birthday is either a full
//! ISO date (`1971-05-14`) or, when the year is unknown, month and day (`05-14`); it may not
//! lie in the future. `02-29` is accepted; its yearly occurrence falls on 28 February in
//! years without a 29th (see [`crate::key_date`]).

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension, ToSql};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PersonProfile {
    pub person_id: i64,
    /// `YYYY-MM-DD`, or `MM-DD` when the year is unknown.
    pub birthday: Option<String>,
    pub hobbies: String,
    pub family: String,
    pub home_area: String,
    pub education: String,
    pub clubs: String,
    pub notes: String,
}

/// Every field of a profile; empty fields are cleared.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct ProfileInput {
    /// `YYYY-MM-DD`, or `MM-DD` when the year is unknown; None or empty: unknown.
    pub birthday: Option<String>,
    pub hobbies: String,
    pub family: String,
    pub home_area: String,
    pub education: String,
    pub clubs: String,
    pub notes: String,
}

/// A birthday as stored: the year when known, the month and the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Birthday {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Birthday {
    /// Reads a stored or entered birthday; None when it is neither form.
    pub(crate) fn parse(text: &str) -> Option<Birthday> {
        let text = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Some(Birthday {
                year: Some(date.year()),
                month: date.month(),
                day: date.day(),
            });
        }
        let (month, day) = text.split_once('-')?;
        if month.len() != 2 || day.len() != 2 {
            return None;
        }
        let (month, day) = (month.parse().ok()?, day.parse().ok()?);
        // 2000 is a leap year, so 02-29 is a valid month and day.
        NaiveDate::from_ymd_opt(2000, month, day)?;
        Some(Birthday { year: None, month, day })
    }

    fn to_text(self) -> String {
        match self.year {
            Some(year) => format!("{year:04}-{:02}-{:02}", self.month, self.day),
            None => format!("{:02}-{:02}", self.month, self.day),
        }
    }
}

/// Validates and normalises a birthday; None for an empty one.
fn birthday(value: Option<&str>) -> Result<Option<String>> {
    let Some(text) = value.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let parsed = Birthday::parse(text)
        .ok_or_else(|| Error::problem("birthday", Problem::NotABirthday { value: text.to_owned() }))?;
    if let Some(year) = parsed.year {
        if !validate::YEARS.contains(&year) {
            let (min, max) = (*validate::YEARS.start(), *validate::YEARS.end());
            let range = Problem::out_of_range(f64::from(min), f64::from(max), f64::from(year));
            return Err(Error::problem("birthday", range));
        }
        let today = chrono::Local::now().date_naive();
        if NaiveDate::from_ymd_opt(year, parsed.month, parsed.day).is_some_and(|d| d > today) {
            return Err(Error::problem("birthday", Problem::InFuture { value: text.to_owned() }));
        }
    }
    Ok(Some(parsed.to_text()))
}

fn find(conn: &Connection, person_id: i64) -> Result<Option<(i64, PersonProfile)>> {
    Ok(conn
        .query_row(
            "SELECT id, person_id, birthday, hobbies, family, home_area, education, clubs, notes
             FROM person_profile WHERE person_id = ?1",
            [person_id],
            |row| {
                Ok((
                    row.get(0)?,
                    PersonProfile {
                        person_id: row.get(1)?,
                        birthday: row.get(2)?,
                        hobbies: row.get(3)?,
                        family: row.get(4)?,
                        home_area: row.get(5)?,
                        education: row.get(6)?,
                        clubs: row.get(7)?,
                        notes: row.get(8)?,
                    },
                ))
            },
        )
        .optional()?)
}

fn is_empty(p: &PersonProfile) -> bool {
    p.birthday.is_none()
        && [&p.hobbies, &p.family, &p.home_area, &p.education, &p.clubs, &p.notes]
            .iter()
            .all(|f| f.is_empty())
}

impl Db {
    /// The person's profile; None when they have none. Sensitive: see the module's doc.
    pub fn get_profile(&self, person_id: i64) -> Result<Option<PersonProfile>> {
        self.read(|conn| {
            validate::exists(conn, Table::Person, person_id)?;
            Ok(find(conn, person_id)?.map(|(_, p)| p).filter(|p| !is_empty(p)))
        })
    }

    /// Replaces the person's profile with `input`; an all-empty input removes it.
    pub fn set_profile(&self, person_id: i64, input: ProfileInput) -> Result<Option<PersonProfile>> {
        let profile = PersonProfile {
            person_id,
            birthday: birthday(input.birthday.as_deref())?,
            hobbies: validate::free_text("hobbies", &input.hobbies)?,
            family: validate::free_text("family", &input.family)?,
            home_area: validate::free_text("home_area", &input.home_area)?,
            education: validate::free_text("education", &input.education)?,
            clubs: validate::free_text("clubs", &input.clubs)?,
            notes: validate::free_text("notes", &input.notes)?,
        };
        self.write(ActionLabel::EditProfile, |w| {
            validate::exists(w.conn(), Table::Person, person_id)?;
            let existing = find(w.conn(), person_id)?.map(|(id, _)| id);
            if is_empty(&profile) {
                return existing.map_or(Ok(()), |id| w.delete(Table::PersonProfile, id));
            }
            let values: [(&str, &dyn ToSql); 7] = [
                ("birthday", &profile.birthday),
                ("hobbies", &profile.hobbies),
                ("family", &profile.family),
                ("home_area", &profile.home_area),
                ("education", &profile.education),
                ("clubs", &profile.clubs),
                ("notes", &profile.notes),
            ];
            match existing {
                Some(id) => w.update(Table::PersonProfile, id, &values),
                None => {
                    let mut with_person = values.to_vec();
                    with_person.push(("person_id", &person_id));
                    w.insert(Table::PersonProfile, &with_person).map(|_| ())
                }
            }
        })?;
        self.get_profile(person_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::NewAccount;
    use crate::person::NewPerson;
    use crate::vocabulary::{Level, Side};
    use crate::ErrorKind;

    fn setup() -> (Db, i64) {
        let db = Db::open_in_memory().unwrap();
        let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
        let person = db
            .create_person(NewPerson::new(Some(account), Side::Customer, "Zhao", Level::Executive))
            .unwrap()
            .id;
        (db, person)
    }

    #[test]
    fn birthdays_take_a_full_date_or_month_and_day() {
        assert_eq!(birthday(Some(" 1971-5-4 ")).unwrap().as_deref(), Some("1971-05-04"));
        assert_eq!(birthday(Some("02-29")).unwrap().as_deref(), Some("02-29"));
        assert_eq!(birthday(Some("")).unwrap(), None);
        assert_eq!(birthday(None).unwrap(), None);
        for bad in [
            "1971-02-30",
            "13-01",
            "02-30",
            "2-3",
            "May 4",
            "1971/05/04",
            "9999-01-01",
        ] {
            assert_eq!(birthday(Some(bad)).unwrap_err().field(), Some("birthday"), "{bad}");
        }
        let leap = Birthday::parse("02-29").unwrap();
        assert_eq!((leap.year, leap.month, leap.day), (None, 2, 29));
    }

    #[test]
    fn a_profile_is_created_replaced_and_removed_when_emptied() {
        let (db, person) = setup();
        assert_eq!(db.get_profile(person).unwrap(), None);
        let input = ProfileInput {
            birthday: Some("1968-11-03".into()),
            hobbies: " Go, sailing ".into(),
            clubs: "Lakeshore Sailing Club".into(),
            ..Default::default()
        };
        let saved = db.set_profile(person, input).unwrap().unwrap();
        assert_eq!(
            (saved.birthday.as_deref(), saved.hobbies.as_str()),
            (Some("1968-11-03"), "Go, sailing")
        );
        let replaced = db
            .set_profile(
                person,
                ProfileInput {
                    family: "Two daughters".into(),
                    ..Default::default()
                },
            )
            .unwrap()
            .unwrap();
        assert_eq!(
            (replaced.birthday, replaced.clubs.as_str()),
            (None, ""),
            "every field replaced"
        );
        assert_eq!(db.set_profile(person, ProfileInput::default()).unwrap(), None);
        let rows: i64 = db
            .read(|c| Ok(c.query_row("SELECT count(*) FROM person_profile", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(rows, 0);
        db.undo().unwrap();
        assert_eq!(db.get_profile(person).unwrap().unwrap().family, "Two daughters");
    }

    #[test]
    fn invalid_profiles_are_refused_without_writing() {
        let (db, person) = setup();
        let before = db.journal(100).unwrap().len();
        let bad = ProfileInput {
            birthday: Some("31-12".into()),
            hobbies: "Go".into(),
            ..Default::default()
        };
        assert_eq!(db.set_profile(person, bad).unwrap_err().field(), Some("birthday"));
        let missing = db.set_profile(999, ProfileInput::default()).unwrap_err();
        assert_eq!(missing.kind(), ErrorKind::NotFound);
        assert_eq!(db.get_profile(999).unwrap_err().kind(), ErrorKind::NotFound);
        assert_eq!(db.journal(100).unwrap().len(), before);
        assert_eq!(db.get_profile(person).unwrap(), None);
    }

    #[test]
    fn the_map_never_carries_profile_fields() {
        let (db, person) = setup();
        let secret = ProfileInput {
            hobbies: "secret-hobby".into(),
            family: "secret-family".into(),
            ..Default::default()
        };
        db.set_profile(person, secret).unwrap();
        let account = db.get_person(person).unwrap().account_id.unwrap();
        let json = serde_json::to_string(&db.get_account_map(account).unwrap()).unwrap();
        assert!(!json.contains("secret-"), "{json}");
    }
}
