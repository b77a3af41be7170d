//! Opportunities: the named deals of an account, to which decision roles can be scoped.
//!
//! Contract: a deal's name is unique within its account (compared without case). A deal is
//! open until closed won or lost on a date (not in the future); a closed deal can be reopened,
//! which clears the date. Amounts are 0 or more; the expected close date is any valid date.
//! Deleting a deal removes the decision roles scoped to it in the same undoable action; roles
//! that apply to every deal (no opportunity) are untouched. A deal's decision chain is every
//! person of its account with a role on it: roles scoped to the deal and roles for every deal
//! (the same reading as the analyses', [`crate::brain`]).

use rusqlite::{params, Connection, OptionalExtension, Row, ToSql};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;
use crate::vocabulary::{vocabulary, DecisionRole};

vocabulary!(
    /// Where a deal stands.
    DealStatus { Open = "open", Won = "won", Lost = "lost" }
);

vocabulary!(
    /// How a deal closed.
    DealOutcome { Won = "won", Lost = "lost" }
);

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Opportunity {
    pub id: i64,
    pub account_id: i64,
    pub name: String,
    /// Decision roles scoped to this deal.
    pub roles: i64,
    pub status: DealStatus,
    /// When it was won or lost.
    pub closed_on: Option<String>,
    pub amount: Option<f64>,
    pub expected_close_on: Option<String>,
    pub notes: String,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewOpportunity {
    pub account_id: i64,
    pub name: String,
}

/// Fields to change; absent fields stay, `clear_amount` / `clear_expected_close` empty them.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct OpportunityPatch {
    pub name: Option<String>,
    pub amount: Option<f64>,
    pub expected_close_on: Option<String>,
    pub notes: Option<String>,
    pub clear_amount: bool,
    pub clear_expected_close: bool,
}

/// One person of a deal's decision chain and their roles on it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct DealChainMember {
    pub person_id: i64,
    pub name: String,
    pub roles: Vec<DecisionRole>,
}

const SELECT: &str = "SELECT o.id, o.account_id, o.name,
        (SELECT count(*) FROM decision_role r WHERE r.opportunity_id = o.id),
        o.status, o.closed_on, o.amount, o.expected_close_on, o.notes
    FROM opportunity o";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Opportunity> {
    Ok(Opportunity {
        id: row.get(0)?,
        account_id: row.get(1)?,
        name: row.get(2)?,
        roles: row.get(3)?,
        status: row.get(4)?,
        closed_on: row.get(5)?,
        amount: row.get(6)?,
        expected_close_on: row.get(7)?,
        notes: row.get(8)?,
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
        return Err(Error::problem("name", Problem::DuplicateName { name: name.to_owned() }));
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
        let name = validate::name("name", &input.name)?;
        let id = self.write(ActionLabel::AddDeal, |w| {
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
        let name = validate::name("name", name)?;
        self.write(ActionLabel::RenameDeal, |w| {
            let deal = load(w.conn(), id)?;
            check_name_free(w.conn(), deal.account_id, &name, Some(id))?;
            w.update(Table::Opportunity, id, &[("name", &name)])
        })?;
        self.read(|conn| load(conn, id))
    }

    /// Changes a deal's name, amount, expected close date or notes in one action.
    pub fn update_opportunity(&self, id: i64, patch: OpportunityPatch) -> Result<Opportunity> {
        let name = patch.name.as_deref().map(|n| validate::name("name", n)).transpose()?;
        if let Some(amount) = patch.amount {
            if !amount.is_finite() {
                return Err(Error::problem("amount", Problem::NotFinite));
            }
            validate::non_negative("amount", Some(amount))?;
        }
        let expected = patch
            .expected_close_on
            .as_deref()
            .map(|d| validate::date("expected_close_on", d))
            .transpose()?;
        let notes = patch.notes.as_deref().map(str::trim);
        self.write(ActionLabel::EditDeal, |w| {
            let deal = load(w.conn(), id)?;
            if let Some(name) = &name {
                check_name_free(w.conn(), deal.account_id, name, Some(id))?;
            }
            let none: Option<f64> = None;
            let no_date: Option<String> = None;
            let mut values: Vec<(&str, &dyn ToSql)> = Vec::new();
            if let Some(v) = &name {
                values.push(("name", v));
            }
            match (&patch.amount, patch.clear_amount) {
                (_, true) => values.push(("amount", &none)),
                (Some(v), false) => values.push(("amount", v)),
                (None, false) => {}
            }
            match (&expected, patch.clear_expected_close) {
                (_, true) => values.push(("expected_close_on", &no_date)),
                (Some(v), false) => values.push(("expected_close_on", v)),
                (None, false) => {}
            }
            if let Some(v) = &notes {
                values.push(("notes", v));
            }
            if !values.is_empty() {
                w.update(Table::Opportunity, id, &values)?;
            }
            Ok(())
        })?;
        self.read(|conn| load(conn, id))
    }

    /// Closes a deal as won or lost on `closed_on` (not in the future).
    pub fn close_opportunity(&self, id: i64, outcome: DealOutcome, closed_on: &str) -> Result<Opportunity> {
        let closed_on = validate::date("closed_on", closed_on)?;
        if closed_on > crate::account::today_text() {
            return Err(Error::problem("closed_on", Problem::InFuture { value: closed_on }));
        }
        let status = match outcome {
            DealOutcome::Won => DealStatus::Won,
            DealOutcome::Lost => DealStatus::Lost,
        };
        self.write(
            ActionLabel::CloseDeal {
                won: outcome == DealOutcome::Won,
            },
            |w| {
                load(w.conn(), id)?;
                w.update(
                    Table::Opportunity,
                    id,
                    &[("status", &status), ("closed_on", &closed_on)],
                )
            },
        )?;
        self.read(|conn| load(conn, id))
    }

    /// Opens a closed deal again.
    pub fn reopen_opportunity(&self, id: i64) -> Result<Opportunity> {
        self.write(ActionLabel::ReopenDeal, |w| {
            load(w.conn(), id)?;
            w.update(
                Table::Opportunity,
                id,
                &[("status", &DealStatus::Open), ("closed_on", &None::<String>)],
            )
        })?;
        self.read(|conn| load(conn, id))
    }

    /// The people with a role on the deal (scoped to it, or for every deal), by name.
    pub fn deal_chain(&self, id: i64) -> Result<Vec<DealChainMember>> {
        self.read(|conn| {
            let deal = load(conn, id)?;
            let mut stmt = conn.prepare_cached(
                "SELECT DISTINCT p.id, p.name, r.role FROM decision_role r JOIN person p ON p.id = r.person_id
                 WHERE p.account_id = ?1 AND (r.opportunity_id IS NULL OR r.opportunity_id = ?2)
                 ORDER BY p.name COLLATE NOCASE, p.id, r.role",
            )?;
            let rows = stmt.query_map(params![deal.account_id, id], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, DecisionRole>(2)?,
                ))
            })?;
            let mut chain: Vec<DealChainMember> = Vec::new();
            for row in rows {
                let (person_id, name, role) = row?;
                match chain.last_mut() {
                    Some(last) if last.person_id == person_id => last.roles.push(role),
                    _ => chain.push(DealChainMember {
                        person_id,
                        name,
                        roles: vec![role],
                    }),
                }
            }
            for member in &mut chain {
                member.roles.sort();
            }
            Ok(chain)
        })
    }

    /// Deletes a deal and the decision roles scoped to it.
    pub fn delete_opportunity(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteDeal, |w| {
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

    #[test]
    fn deals_are_edited_closed_won_or_lost_and_reopened() {
        let (db, a, _) = setup();
        let line = db.create_opportunity(deal(a, "Aseptic line")).unwrap();
        assert_eq!(
            (line.status, line.amount, line.notes.as_str()),
            (DealStatus::Open, None, "")
        );
        let patch = OpportunityPatch {
            amount: Some(2.4e6),
            expected_close_on: Some("2027-03-31".into()),
            notes: Some(" Tender in Q1 ".into()),
            ..Default::default()
        };
        let edited = db.update_opportunity(line.id, patch).unwrap();
        assert_eq!(edited.amount, Some(2.4e6));
        assert_eq!(edited.expected_close_on.as_deref(), Some("2027-03-31"));
        assert_eq!(edited.notes, "Tender in Q1");
        let cleared = db
            .update_opportunity(
                line.id,
                OpportunityPatch {
                    clear_amount: true,
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!((cleared.amount, cleared.notes.as_str()), (None, "Tender in Q1"));
        let won = db.close_opportunity(line.id, DealOutcome::Won, "2026-11-30").unwrap();
        assert_eq!(
            (won.status, won.closed_on.as_deref()),
            (DealStatus::Won, Some("2026-11-30"))
        );
        let lost = db.close_opportunity(line.id, DealOutcome::Lost, "2026-12-01").unwrap();
        assert_eq!(lost.status, DealStatus::Lost);
        let open = db.reopen_opportunity(line.id).unwrap();
        assert_eq!((open.status, open.closed_on), (DealStatus::Open, None));
        db.undo().unwrap();
        assert_eq!(db.list_opportunities(a).unwrap()[0].status, DealStatus::Lost);
    }

    #[test]
    fn bad_deal_input_names_the_field_and_writes_nothing() {
        let (db, a, _) = setup();
        let line = db.create_opportunity(deal(a, "Aseptic line")).unwrap();
        db.create_opportunity(deal(a, "Cups")).unwrap();
        let before = db.journal(100).unwrap().len();
        let field = |patch: OpportunityPatch| {
            db.update_opportunity(line.id, patch)
                .unwrap_err()
                .field()
                .map(str::to_owned)
        };
        assert_eq!(
            field(OpportunityPatch {
                amount: Some(-1.0),
                ..Default::default()
            })
            .as_deref(),
            Some("amount")
        );
        assert_eq!(
            field(OpportunityPatch {
                expected_close_on: Some("next spring".into()),
                ..Default::default()
            })
            .as_deref(),
            Some("expected_close_on")
        );
        assert_eq!(
            field(OpportunityPatch {
                name: Some("cups".into()),
                ..Default::default()
            })
            .as_deref(),
            Some("name")
        );
        let tomorrow = (chrono::Local::now().date_naive() + chrono::Days::new(1))
            .format("%Y-%m-%d")
            .to_string();
        let future = db.close_opportunity(line.id, DealOutcome::Won, &tomorrow).unwrap_err();
        assert_eq!(future.field(), Some("closed_on"));
        assert_eq!(
            db.close_opportunity(999, DealOutcome::Won, "2026-01-01")
                .unwrap_err()
                .kind(),
            ErrorKind::NotFound
        );
        assert_eq!(db.journal(100).unwrap().len(), before);
    }

    #[test]
    fn a_deals_chain_holds_its_own_roles_and_the_roles_for_every_deal() {
        let (db, a, _) = setup();
        let person = |name: &str| {
            db.create_person(NewPerson::new(Some(a), Side::Customer, name, Level::Manager))
                .unwrap()
                .id
        };
        let (qian, zhao, sun) = (person("Qian"), person("Zhao"), person("Sun"));
        let line = db.create_opportunity(deal(a, "Aseptic line")).unwrap().id;
        let cups = db.create_opportunity(deal(a, "Cups")).unwrap().id;
        let role = |person_id, role, opportunity_id| {
            db.add_decision_role(NewDecisionRole {
                person_id,
                role,
                opportunity_id,
            })
            .unwrap();
        };
        role(qian, DecisionRole::Buyer, Some(line));
        role(qian, DecisionRole::Decider, Some(line));
        role(zhao, DecisionRole::Gatekeeper, None);
        role(sun, DecisionRole::User, Some(cups));
        let chain = db.deal_chain(line).unwrap();
        let seen: Vec<(&str, &[DecisionRole])> = chain.iter().map(|m| (m.name.as_str(), m.roles.as_slice())).collect();
        assert_eq!(
            seen,
            [
                ("Qian", &[DecisionRole::Decider, DecisionRole::Buyer][..]),
                ("Zhao", &[DecisionRole::Gatekeeper][..])
            ]
        );
        assert_eq!(db.deal_chain(999).unwrap_err().kind(), ErrorKind::NotFound);
    }
}
