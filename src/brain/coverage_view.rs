//! What the map's coverage view shows, in one read: the coverage report, level parity and
//! the account-wide support balance.
//!
//! Contract: the three analyses are computed in one `Db::read`, so the figures and findings on
//! screen come from the same state of the workspace, and the view costs one call to the core
//! after any change (see [`coverage`], [`parity`], [`balance`] for each analysis's rules).
//! Read-only, like every analysis; an unknown account is `NotFound`.

use chrono::NaiveDate;
use serde::Serialize;

use super::balance::{self, SupportBalance};
use super::coverage::{self, CoverageReport};
use super::parity::{self, LevelParity};
use super::today;
use crate::db::Db;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CoverageView {
    pub report: CoverageReport,
    pub parity: LevelParity,
    /// Over the whole account's decision chain (no one deal).
    pub balance: SupportBalance,
}

impl Db {
    /// The coverage view's findings and figures as of today.
    pub fn coverage_view(&self, account_id: i64) -> Result<CoverageView> {
        self.coverage_view_on(account_id, today())
    }

    /// [`Db::coverage_view`] as of a given date.
    pub fn coverage_view_on(&self, account_id: i64, as_of: NaiveDate) -> Result<CoverageView> {
        self.read(|conn| {
            Ok(CoverageView {
                report: coverage::compute(conn, account_id, as_of)?,
                parity: parity::compute(conn, account_id)?,
                balance: balance::compute(conn, account_id, None)?,
            })
        })
    }
}
