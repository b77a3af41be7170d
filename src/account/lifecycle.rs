//! An account's lifecycle after creation: archiving it, and deleting it with everything
//! that belongs to it.
//!
//! Contract: archiving keeps the account whole (people, plans, history) and only marks it
//! archived, dated; restoring clears the mark, and the loss of an account closed as lost
//! ([`super::loss`]). Deleting is one undoable action, and
//! [`Db::account_deletion_impact`] counts exactly what [`Db::delete_account`] removes:
//! - the account's own people (customer, third-party and competitor side) with everything the
//!   selection plan removes with people ([`crate::selection`]);
//! - **our staff who work on no other account**: staff linked to this account (a tie to one of
//!   its people, a team membership, a contact logged here) with no such link to another
//!   account; staff with no link at all, or links elsewhere too, stay;
//! - every row that belongs to the account: departments, deals (and roles scoped to them),
//!   contacts logged, key dates, the team and its partners, saved views and positions, value
//!   scores and actuals, value demands, control points, tier decisions, relationship history,
//!   yearly plans (targets, versions, reviews);
//! - **competitors met at no other account**: those listed at this account with no other
//!   account, leaning or employee left once its people are gone.
//!
//! Unknown accounts are `NotFound`; nothing is written on failure.

use rusqlite::Connection;
use serde::Serialize;

use super::{load, today_text};
use crate::action_label::ActionLabel;
use crate::brain::{person_ref, PersonRef, PERSON_REF};
use crate::db::Db;
use crate::error::Result;
use crate::journal::{Table, Writer};
use crate::selection;

/// What deleting an account takes with it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AccountDeletionImpact {
    pub account_id: i64,
    pub name: String,
    /// The account's own people.
    pub people: i64,
    /// Our staff who work on no other account, by name.
    pub staff: Vec<PersonRef>,
    /// Every tie of those people.
    pub ties: i64,
    pub departments: i64,
    pub deals: i64,
    pub interactions: i64,
    pub key_dates: i64,
    pub team_members: i64,
    pub team_partners: i64,
    pub saved_views: i64,
    pub tier_decisions: i64,
    /// Yearly account plans, with their targets, versions and reviews.
    pub plans: i64,
    /// Years with a value assessment.
    pub assessment_years: i64,
    /// Competitors met at no other account, by name.
    pub competitors: Vec<String>,
}

fn ids(conn: &Connection, sql: &str, account_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([account_id], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn count(conn: &Connection, sql: &str, account_id: i64) -> Result<i64> {
    Ok(conn.query_row(sql, [account_id], |row| row.get(0))?)
}

/// Our staff linked to the account and to no other (see the module doc).
const STAFF_ONLY_HERE: &str = "
    SELECT s.id FROM person s
    WHERE s.side = 'ours'
      AND (EXISTS (SELECT 1 FROM tie t JOIN person o
                     ON o.id = CASE WHEN t.from_person_id = s.id THEN t.to_person_id ELSE t.from_person_id END
                   WHERE (t.from_person_id = s.id OR t.to_person_id = s.id) AND o.account_id = ?1)
        OR EXISTS (SELECT 1 FROM team_member m WHERE m.person_id = s.id AND m.account_id = ?1)
        OR EXISTS (SELECT 1 FROM interaction_participant ip JOIN interaction i ON i.id = ip.interaction_id
                   WHERE ip.person_id = s.id AND i.account_id = ?1))
      AND NOT EXISTS (SELECT 1 FROM tie t JOIN person o
                        ON o.id = CASE WHEN t.from_person_id = s.id THEN t.to_person_id ELSE t.from_person_id END
                      WHERE (t.from_person_id = s.id OR t.to_person_id = s.id) AND o.account_id <> ?1)
      AND NOT EXISTS (SELECT 1 FROM team_member m
                      WHERE (m.person_id = s.id OR m.reports_to_manager_id = s.id) AND m.account_id <> ?1)
      AND NOT EXISTS (SELECT 1 FROM interaction_participant ip JOIN interaction i ON i.id = ip.interaction_id
                      WHERE ip.person_id = s.id AND i.account_id <> ?1)
      AND NOT EXISTS (SELECT 1 FROM information_channel c JOIN person p ON p.id = c.person_id
                      WHERE c.source_person_id = s.id AND p.account_id <> ?1)
    ORDER BY s.name COLLATE NOCASE, s.id";

/// Competitors met at the account (listed there, or leaned to or worked for by its people)
/// that nothing outside it keeps.
const COMPETITORS_ONLY_HERE: &str = "
    SELECT c.id FROM competitor c
    WHERE (EXISTS (SELECT 1 FROM account_competitor ac WHERE ac.competitor_id = c.id AND ac.account_id = ?1)
        OR EXISTS (SELECT 1 FROM competitor_leaning l JOIN person p ON p.id = l.person_id
                   WHERE l.competitor_id = c.id AND p.account_id = ?1)
        OR EXISTS (SELECT 1 FROM person p WHERE p.employer_id = c.id AND p.account_id = ?1))
      AND NOT EXISTS (SELECT 1 FROM account_competitor o WHERE o.competitor_id = c.id AND o.account_id <> ?1)
      AND NOT EXISTS (SELECT 1 FROM competitor_leaning l JOIN person p ON p.id = l.person_id
                      WHERE l.competitor_id = c.id AND p.account_id IS NOT ?1)
      AND NOT EXISTS (SELECT 1 FROM person p WHERE p.employer_id = c.id AND p.account_id IS NOT ?1)
    ORDER BY c.name COLLATE NOCASE";

/// The people the deletion removes: the account's own, then our staff who work only here.
fn people(conn: &Connection, account_id: i64) -> Result<(Vec<i64>, Vec<PersonRef>)> {
    let own = ids(
        conn,
        "SELECT id FROM person WHERE account_id = ?1 ORDER BY id",
        account_id,
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF} FROM person p WHERE p.id IN ({STAFF_ONLY_HERE})"
    ))?;
    let mut staff = stmt
        .query_map([account_id], |r| person_ref(r, 0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    staff.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
    Ok((own, staff))
}

fn impact(conn: &Connection, account_id: i64) -> Result<AccountDeletionImpact> {
    let account = load(conn, account_id)?;
    let (own, staff) = people(conn, account_id)?;
    let everyone: Vec<i64> = own.iter().copied().chain(staff.iter().map(|s| s.id)).collect();
    let people_impact = selection::people_impact(conn, &everyone)?;
    let mut stmt = conn.prepare_cached("SELECT name FROM competitor WHERE id = ?1")?;
    let competitors = ids(conn, COMPETITORS_ONLY_HERE, account_id)?
        .into_iter()
        .map(|id| stmt.query_row([id], |row| row.get(0)))
        .collect::<rusqlite::Result<Vec<String>>>()?;
    let n = |sql: &str| count(conn, sql, account_id);
    Ok(AccountDeletionImpact {
        account_id,
        name: account.name,
        people: own.len() as i64,
        staff,
        ties: people_impact.tie_count,
        departments: n("SELECT count(*) FROM org_unit WHERE account_id = ?1")?,
        deals: n("SELECT count(*) FROM opportunity WHERE account_id = ?1")?,
        interactions: n("SELECT count(*) FROM interaction WHERE account_id = ?1")?,
        key_dates: n("SELECT count(*) FROM key_date WHERE account_id = ?1")?,
        team_members: n("SELECT count(*) FROM team_member WHERE account_id = ?1")?,
        team_partners: n("SELECT count(*) FROM team_partner WHERE account_id = ?1")?,
        saved_views: n("SELECT count(*) FROM saved_view WHERE account_id = ?1")?,
        tier_decisions: n("SELECT count(*) FROM tier_decision WHERE account_id = ?1")?,
        plans: n("SELECT count(*) FROM plan WHERE account_id = ?1")?,
        assessment_years: n("SELECT count(DISTINCT year) FROM value_score WHERE account_id = ?1")?,
        competitors,
    })
}

/// Deletes every row `sql` (taking the account id) selects from `table`.
fn delete_all(w: &mut Writer<'_>, table: Table, sql: &str, account_id: i64) -> Result<()> {
    for id in ids(w.conn(), sql, account_id)? {
        w.delete(table, id)?;
    }
    Ok(())
}

/// Departments go leaves first, as each refers to its parent.
fn delete_departments(w: &mut Writer<'_>, account_id: i64) -> Result<()> {
    loop {
        let leaves = ids(
            w.conn(),
            "SELECT u.id FROM org_unit u WHERE u.account_id = ?1
               AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id)",
            account_id,
        )?;
        if leaves.is_empty() {
            return Ok(());
        }
        for id in leaves {
            w.delete(Table::OrgUnit, id)?;
        }
    }
}

fn delete(w: &mut Writer<'_>, account_id: i64) -> Result<AccountDeletionImpact> {
    let impact = impact(w.conn(), account_id)?;
    let leaving = ids(w.conn(), COMPETITORS_ONLY_HERE, account_id)?;
    let (own, staff) = people(w.conn(), account_id)?;
    let everyone: Vec<i64> = own.into_iter().chain(staff.iter().map(|s| s.id)).collect();
    selection::delete_people_in(w, &everyone)?;
    // What is left belongs to the account itself, children before the rows they refer to.
    let rows: &[(Table, &str)] = &[
        (
            Table::PlanActionPerson,
            "SELECT ap.id FROM plan_action_person ap JOIN plan_action a ON a.id = ap.action_id
             JOIN plan p ON p.id = a.plan_id WHERE p.account_id = ?1",
        ),
        (
            Table::PlanAction,
            "SELECT a.id FROM plan_action a JOIN plan p ON p.id = a.plan_id WHERE p.account_id = ?1",
        ),
        (
            Table::PlanCard,
            "SELECT c.id FROM plan_card c JOIN plan p ON p.id = c.plan_id WHERE p.account_id = ?1",
        ),
        (Table::CustomerVoice, "SELECT id FROM customer_voice WHERE account_id = ?1"),
        (Table::CustomerIssue, "SELECT id FROM customer_issue WHERE account_id = ?1"),
        (
            Table::SymbiosisInitiative,
            "SELECT id FROM symbiosis_initiative WHERE account_id = ?1",
        ),
        (
            Table::PlanReview,
            "SELECT r.id FROM plan_review r JOIN plan p ON p.id = r.plan_id WHERE p.account_id = ?1",
        ),
        (
            Table::PlanVersion,
            "SELECT v.id FROM plan_version v JOIN plan p ON p.id = v.plan_id WHERE p.account_id = ?1",
        ),
        (
            Table::PlanTarget,
            "SELECT t.id FROM plan_target t JOIN plan p ON p.id = t.plan_id WHERE p.account_id = ?1",
        ),
        (Table::Plan, "SELECT id FROM plan WHERE account_id = ?1"),
        (Table::NodePosition, "SELECT id FROM node_position WHERE account_id = ?1"),
        (Table::SavedView, "SELECT id FROM saved_view WHERE account_id = ?1"),
        (
            Table::TeamMemberValueChain,
            "SELECT v.id FROM team_member_value_chain v JOIN team_member m ON m.id = v.member_id WHERE m.account_id = ?1",
        ),
        (Table::TeamMember, "SELECT id FROM team_member WHERE account_id = ?1"),
        (
            Table::TeamPartnerValueChain,
            "SELECT v.id FROM team_partner_value_chain v JOIN team_partner p ON p.id = v.partner_id WHERE p.account_id = ?1",
        ),
        (Table::TeamPartner, "SELECT id FROM team_partner WHERE account_id = ?1"),
        (
            Table::InteractionParticipant,
            "SELECT ip.id FROM interaction_participant ip JOIN interaction i ON i.id = ip.interaction_id WHERE i.account_id = ?1",
        ),
        (Table::Interaction, "SELECT id FROM interaction WHERE account_id = ?1"),
        (Table::KeyDate, "SELECT id FROM key_date WHERE account_id = ?1"),
        (
            Table::DecisionRole,
            "SELECT r.id FROM decision_role r JOIN opportunity o ON o.id = r.opportunity_id WHERE o.account_id = ?1",
        ),
        (Table::Opportunity, "SELECT id FROM opportunity WHERE account_id = ?1"),
        (Table::ValueDemand, "SELECT id FROM value_demand WHERE account_id = ?1"),
        (Table::ControlPoint, "SELECT id FROM control_point WHERE account_id = ?1"),
        (Table::RevenueActual, "SELECT id FROM revenue_actual WHERE account_id = ?1"),
        (Table::ValueScore, "SELECT id FROM value_score WHERE account_id = ?1"),
        (Table::TierDecision, "SELECT id FROM tier_decision WHERE account_id = ?1"),
        (Table::RelationshipChange, "SELECT id FROM relationship_change WHERE account_id = ?1"),
        (Table::AccountCompetitor, "SELECT id FROM account_competitor WHERE account_id = ?1"),
        (Table::AccountLoss, "SELECT id FROM account_loss WHERE account_id = ?1"),
    ];
    for &(table, sql) in rows {
        delete_all(w, table, sql, account_id)?;
    }
    delete_departments(w, account_id)?;
    for competitor in leaving {
        w.delete(Table::Competitor, competitor)?;
    }
    w.delete(Table::Account, account_id)?;
    Ok(impact)
}

impl Db {
    /// Marks the account archived (today); an archived account stays as it is.
    pub fn archive_account(&self, id: i64) -> Result<super::Account> {
        self.write(ActionLabel::ArchiveAccount, |w| {
            let account = load(w.conn(), id)?;
            if account.archived_on.is_none() {
                w.update(Table::Account, id, &[("archived_at", &today_text())])?;
            }
            Ok(())
        })?;
        self.get_account(id)
    }

    /// Makes an archived account active again; an account lost is no longer lost.
    pub fn unarchive_account(&self, id: i64) -> Result<super::Account> {
        self.write(ActionLabel::RestoreAccount, |w| {
            load(w.conn(), id)?;
            super::loss::clear(w, id)?;
            w.update(Table::Account, id, &[("archived_at", &rusqlite::types::Null)])
        })?;
        self.get_account(id)
    }

    /// What [`Db::delete_account`] would remove; writes nothing.
    pub fn account_deletion_impact(&self, id: i64) -> Result<AccountDeletionImpact> {
        self.read(|conn| impact(conn, id))
    }

    /// Deletes the account and everything that belongs to it as one undoable action.
    pub fn delete_account(&self, id: i64) -> Result<AccountDeletionImpact> {
        self.get_account(id)?;
        self.write(ActionLabel::DeleteAccount, |w| delete(w, id))
    }
}

#[cfg(test)]
#[path = "tests/lifecycle.rs"]
mod tests;
