//! Closing an account as lost: the customer went elsewhere, and why.
//!
//! Contract: [`Db::close_account_as_lost`] is one journal action that archives the account (an
//! account already archived keeps its date) and records the loss: the date (today unless given;
//! never in the future), the reason (required, at most [`MAX_REASON_CHARS`] characters) and the
//! tier the account had then. Closing an account already lost corrects its date and reason.
//! Restoring the account ([`Db::unarchive_account`]) removes the loss in the same action;
//! deleting the account deletes it with the rest. [`Db::account_loss`] reads it for the account
//! page; the portfolio counts losses by their date ([`super::portfolio`]).

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::{load, today_text};
use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::validate;
use crate::vocabulary::Tier;

/// Longest loss reason, in characters.
pub const MAX_REASON_CHARS: usize = 1000;

/// Why and when an account was lost.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AccountLoss {
    pub account_id: i64,
    /// `YYYY-MM-DD`.
    pub lost_on: String,
    pub reason: String,
    /// The tier the account had when it was lost.
    pub tier_at_loss: Option<Tier>,
}

pub(crate) fn loss_of(conn: &Connection, account_id: i64) -> Result<Option<(i64, AccountLoss)>> {
    Ok(conn
        .query_row(
            "SELECT id, account_id, lost_on, reason, tier_at_loss FROM account_loss WHERE account_id = ?1",
            [account_id],
            |row| {
                Ok((
                    row.get(0)?,
                    AccountLoss {
                        account_id: row.get(1)?,
                        lost_on: row.get(2)?,
                        reason: row.get(3)?,
                        tier_at_loss: row.get(4)?,
                    },
                ))
            },
        )
        .optional()?)
}

/// Removes the account's loss, if any (restoring or deleting the account).
pub(crate) fn clear(w: &mut Writer<'_>, account_id: i64) -> Result<()> {
    if let Some((id, _)) = loss_of(w.conn(), account_id)? {
        w.delete(Table::AccountLoss, id)?;
    }
    Ok(())
}

fn checked_reason(reason: &str) -> Result<String> {
    let reason = validate::non_empty("reason", reason)?;
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(Error::problem(
            "reason",
            Problem::TooLong {
                max: MAX_REASON_CHARS as i64,
            },
        ));
    }
    Ok(reason)
}

fn checked_date(lost_on: Option<&str>) -> Result<String> {
    let today = today_text();
    let Some(text) = lost_on.filter(|t| !t.trim().is_empty()) else {
        return Ok(today);
    };
    let date = validate::date("lost_on", text)?;
    if date > today {
        return Err(Error::problem("lost_on", Problem::InFuture { value: date }));
    }
    Ok(date)
}

impl Db {
    /// Archives the account and records it as lost, with the reason, as one action.
    pub fn close_account_as_lost(&self, id: i64, reason: &str, lost_on: Option<&str>) -> Result<AccountLoss> {
        let reason = checked_reason(reason)?;
        let lost_on = checked_date(lost_on)?;
        self.write(ActionLabel::CloseAccountLost, |w| {
            let account = load(w.conn(), id)?;
            if account.archived_on.is_none() {
                w.update(Table::Account, id, &[("archived_at", &lost_on)])?;
            }
            match loss_of(w.conn(), id)? {
                Some((loss, _)) => w.update(Table::AccountLoss, loss, &[("lost_on", &lost_on), ("reason", &reason)]),
                None => w
                    .insert(
                        Table::AccountLoss,
                        &[
                            ("account_id", &id),
                            ("lost_on", &lost_on),
                            ("reason", &reason),
                            ("tier_at_loss", &account.tier),
                        ],
                    )
                    .map(|_| ()),
            }
        })?;
        self.account_loss(id)?.ok_or(Error::NotFound {
            entity: "account_loss",
            id,
        })
    }

    /// The account's loss, or None while it is not lost.
    pub fn account_loss(&self, id: i64) -> Result<Option<AccountLoss>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, id)?;
            Ok(loss_of(conn, id)?.map(|(_, loss)| loss))
        })
    }
}
