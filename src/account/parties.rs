//! Who may be named where in an account's records, and the date of something that happened:
//! the checks the customer voice, customer issues and the plan's actions share.
//!
//! Contract: a **customer person** of an account is one of that account's people on the
//! customer or third-party side (not our staff, not a competitor's); anyone else is refused
//! naming the field: `belongs_to_other_account` for another account's person,
//! `not_customer_side` for our staff and competitor staff. An **owner** is one of our own
//! staff who has not left (`not_our_staff`, `has_left`). A **past date** is a valid ISO date
//! not after today (`not_a_date`, `in_future`). Unknown people are `NotFound`.

use rusqlite::Connection;

use crate::error::{Error, Problem, Result};
use crate::person::{self, Person};
use crate::validate;
use crate::vocabulary::{PersonStatus, Side};

/// Fails unless `person_id` is a customer or third-party person of `account_id`.
pub(crate) fn customer_person(conn: &Connection, account_id: i64, person_id: i64, field: &str) -> Result<Person> {
    let person = person::load(conn, person_id)?;
    if !matches!(person.side, Side::Customer | Side::ThirdParty) {
        return Err(Error::problem(field, Problem::NotCustomerSide));
    }
    if person.account_id != Some(account_id) {
        return Err(Error::problem(field, Problem::BelongsToOtherAccount));
    }
    Ok(person)
}

/// Fails unless `person_id` is one of our own staff who has not left.
pub(crate) fn our_person(conn: &Connection, person_id: i64, field: &str) -> Result<Person> {
    let person = person::load(conn, person_id)?;
    if person.side != Side::Ours {
        return Err(Error::problem(field, Problem::NotOurStaff));
    }
    if person.status == PersonStatus::Left {
        return Err(Error::problem(field, Problem::HasLeft));
    }
    Ok(person)
}

/// A valid date not after today, normalised.
pub(crate) fn past_date(field: &str, text: &str) -> Result<String> {
    let date = validate::date(field, text)?;
    if date > crate::account::today_text() {
        return Err(Error::problem(field, Problem::InFuture { value: date }));
    }
    Ok(date)
}

/// A text of at most `max` characters, trimmed.
pub(crate) fn short_text(field: &str, text: &str, max: i64) -> Result<String> {
    let text = text.trim();
    if i64::try_from(text.chars().count()).unwrap_or(i64::MAX) > max {
        return Err(Error::problem(field, Problem::TooLong { max }));
    }
    Ok(text.to_owned())
}
