//! Accounts: the customer companies, with tier, relationship level and value figures.
//!
//! Contract: the decided tier is a human decision recorded with who, when and why (a reason
//! is required), kept as dated history ([`history`]); the suggested tier comes from the value
//! assessment (see [`crate::value`]) and never overwrites it. Every change of the relationship
//! level or target is kept with its date. Share of wallet is derived (revenue / purchase
//! volume), not stored. Names need not be unique ([`Db::accounts_named`] finds namesakes so
//! that the UI can warn). Archived accounts stay whole and listed, flagged `archived`; the
//! lifecycle (archive, delete with its impact) is in [`lifecycle`], the agenda of what is due
//! in [`agenda`], the competitors met at an account in [`competitors`].
//!
//! The account area, one module each: [`value`] (the value assessment per year and the value
//! return curve), [`tier_rule`] (the tier service rules and thresholds), [`history`] (tier
//! decisions, relationship levels), [`strategy`] (value demands, strategic control points),
//! [`opportunity`] (deals), [`interaction`] (the contacts log), [`key_date`], [`competitors`],
//! [`agenda`], [`lifecycle`] and [`loss`] (closing an account as lost), the [`portfolio`] of all
//! accounts per year; keeping the relationship alive: [`voice`] (customer voice),
//! [`issue`] (customer issues, tracked to closure) and [`initiative`] (symbiosis initiatives).

pub mod agenda;
pub mod competitors;
pub mod history;
pub mod initiative;
pub mod interaction;
pub mod issue;
pub mod key_date;
pub mod lifecycle;
pub mod loss;
pub mod opportunity;
pub(crate) mod parties;
pub mod portfolio;
pub mod strategy;
pub mod tier_rule;
pub mod value;
pub mod voice;

use rusqlite::{params, Connection, Row, ToSql};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::brain::Severity;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::Table;
use crate::validate;
use crate::vocabulary::{vocabulary, LifecycleStage, RelationshipLevel, SalesPattern, Tier, STRATEGIC_INFLUENCE};

/// Longest account notes, in characters.
pub const MAX_NOTES_CHARS: usize = 4000;

vocabulary!(
    /// The optional account fields a patch can empty.
    AccountField {
        AnnualRevenue = "annual_revenue",
        PurchaseVolume = "purchase_volume",
        ExpectedRevenue1y = "expected_revenue_1y",
        ExpectedRevenue3y = "expected_revenue_3y",
        RevenueBaseYear = "revenue_base_year",
        StrategicInfluence = "strategic_influence",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Account {
    pub id: i64,
    pub name: String,
    pub industry: String,
    pub region: String,
    pub tier: Option<Tier>,
    pub tier_decided_by: Option<String>,
    pub tier_decided_on: Option<String>,
    pub tier_reason: Option<String>,
    pub relationship_level: RelationshipLevel,
    pub relationship_target: RelationshipLevel,
    pub lifecycle_stage: LifecycleStage,
    pub sales_pattern: SalesPattern,
    pub annual_revenue: Option<f64>,
    pub purchase_volume: Option<f64>,
    /// What the purchase volume is counted in (e.g. "CNY / year", "million packs / year").
    pub purchase_volume_unit: String,
    /// Our revenue as a share (0..1) of what the account buys in our category.
    pub share_of_wallet: Option<f64>,
    pub expected_revenue_1y: Option<f64>,
    pub expected_revenue_3y: Option<f64>,
    /// The year the expected revenues count from (the value return curve's start).
    pub revenue_base_year: Option<i64>,
    /// Influence on its industry, 1..5: a core customer is big *and* a model in its sector.
    pub strategic_influence: Option<i64>,
    pub notes: String,
    /// When the account was archived (`YYYY-MM-DD`); None while active.
    pub archived_on: Option<String>,
    pub created_at: String,
}

/// One line of the account list.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AccountSummary {
    pub id: i64,
    pub name: String,
    pub industry: String,
    pub tier: Option<Tier>,
    pub relationship_level: RelationshipLevel,
    pub people: i64,
    /// Critical findings of the coverage and level-parity analyses.
    pub critical_findings: i64,
    pub archived: bool,
    /// Closed as lost ([`loss`]); a lost account is archived too.
    pub lost: bool,
}

#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
pub struct NewAccount {
    pub name: String,
    #[serde(default)]
    pub industry: String,
    #[serde(default)]
    pub region: String,
}

impl NewAccount {
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }
}

/// Fields to change; absent fields stay as they are, fields listed in `clear` become empty.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct AccountPatch {
    pub name: Option<String>,
    pub industry: Option<String>,
    pub region: Option<String>,
    pub relationship_level: Option<RelationshipLevel>,
    pub relationship_target: Option<RelationshipLevel>,
    /// When a level or target change happened (`YYYY-MM-DD`); today when absent.
    pub relationship_changed_on: Option<String>,
    pub lifecycle_stage: Option<LifecycleStage>,
    pub sales_pattern: Option<SalesPattern>,
    pub annual_revenue: Option<f64>,
    pub purchase_volume: Option<f64>,
    pub purchase_volume_unit: Option<String>,
    pub expected_revenue_1y: Option<f64>,
    pub expected_revenue_3y: Option<f64>,
    pub revenue_base_year: Option<i64>,
    pub strategic_influence: Option<i64>,
    pub notes: Option<String>,
    /// Optional fields to empty.
    pub clear: Vec<AccountField>,
}

/// A tier decision: the tier, who decided, on which date, and why (required).
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct TierDecision {
    pub tier: String,
    pub decided_by: String,
    pub decided_on: String,
    pub reason: String,
}

const COLUMNS: &str = "id, name, industry, region, tier, tier_decided_by, tier_decided_on, tier_reason,
    relationship_level, relationship_target, lifecycle_stage, sales_pattern, annual_revenue,
    purchase_volume, expected_revenue_1y, expected_revenue_3y, purchase_volume_unit, revenue_base_year,
    strategic_influence, notes, archived_at, created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Account> {
    let annual_revenue: Option<f64> = row.get(12)?;
    let purchase_volume: Option<f64> = row.get(13)?;
    Ok(Account {
        id: row.get(0)?,
        name: row.get(1)?,
        industry: row.get(2)?,
        region: row.get(3)?,
        tier: row.get(4)?,
        tier_decided_by: row.get(5)?,
        tier_decided_on: row.get(6)?,
        tier_reason: row.get(7)?,
        relationship_level: row.get(8)?,
        relationship_target: row.get(9)?,
        lifecycle_stage: row.get(10)?,
        sales_pattern: row.get(11)?,
        annual_revenue,
        purchase_volume,
        share_of_wallet: match (annual_revenue, purchase_volume) {
            (Some(r), Some(v)) if v > 0.0 => Some(r / v),
            _ => None,
        },
        expected_revenue_1y: row.get(14)?,
        expected_revenue_3y: row.get(15)?,
        purchase_volume_unit: row.get(16)?,
        revenue_base_year: row.get(17)?,
        strategic_influence: row.get(18)?,
        notes: row.get(19)?,
        archived_on: row.get(20)?,
        created_at: row.get(21)?,
    })
}

pub(crate) fn load(conn: &Connection, id: i64) -> Result<Account> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM account WHERE id = ?1"), [id], from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NotFound { entity: "account", id },
            other => other.into(),
        })
}

/// The local date, `YYYY-MM-DD`.
pub(crate) fn today_text() -> String {
    chrono::Local::now().date_naive().format("%Y-%m-%d").to_string()
}

fn summaries(conn: &Connection) -> Result<Vec<AccountSummary>> {
    let mut stmt = conn.prepare(
        "SELECT a.id, a.name, a.industry, a.tier, a.relationship_level,
                (SELECT count(*) FROM person p WHERE p.account_id = a.id), a.archived_at IS NOT NULL,
                EXISTS (SELECT 1 FROM account_loss l WHERE l.account_id = a.id)
         FROM account a ORDER BY a.name COLLATE NOCASE, a.id",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(AccountSummary {
            id: row.get(0)?,
            name: row.get(1)?,
            industry: row.get(2)?,
            tier: row.get(3)?,
            relationship_level: row.get(4)?,
            people: row.get(5)?,
            critical_findings: 0,
            archived: row.get(6)?,
            lost: row.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every account with its critical findings (coverage and level parity, as of today), in one read.
pub(crate) fn list(conn: &Connection) -> Result<Vec<AccountSummary>> {
    let mut list = summaries(conn)?;
    let today = crate::brain::today();
    for account in &mut list {
        let coverage = crate::brain::coverage::compute(conn, account.id, today)?;
        let parity = crate::brain::parity::compute(conn, account.id)?;
        account.critical_findings = coverage
            .gaps
            .iter()
            .chain(&parity.gaps)
            .filter(|g| g.severity == Severity::Critical)
            .count() as i64;
    }
    Ok(list)
}

/// A money field of a patch: finite and 0 or more.
fn money(field: &str, value: Option<f64>) -> Result<()> {
    match value {
        Some(v) if !v.is_finite() => Err(Error::problem(field, Problem::NotFinite)),
        other => validate::non_negative(field, other).map(|_| ()),
    }
}

fn short_text(field: &str, value: Option<&str>, max: usize) -> Result<Option<String>> {
    let Some(text) = value.map(str::trim) else {
        return Ok(None);
    };
    if text.chars().count() > max {
        return Err(Error::problem(field, Problem::TooLong { max: max as i64 }));
    }
    Ok(Some(text.to_owned()))
}

impl Db {
    /// Every account, archived ones included (flagged), by name, with its critical findings.
    pub fn list_accounts(&self) -> Result<Vec<AccountSummary>> {
        self.read(list)
    }

    pub fn get_account(&self, id: i64) -> Result<Account> {
        self.read(|conn| load(conn, id))
    }

    /// Other accounts with this name (ignoring case and surrounding spaces), so that the UI
    /// can warn before a second one is made; `except` leaves out the account being renamed.
    pub fn accounts_named(&self, name: &str, except: Option<i64>) -> Result<Vec<AccountSummary>> {
        let name = name.trim().to_lowercase();
        Ok(self
            .read(summaries)?
            .into_iter()
            .filter(|a| a.name.trim().to_lowercase() == name && Some(a.id) != except)
            .collect())
    }

    pub fn create_account(&self, input: NewAccount) -> Result<Account> {
        let name = validate::name("name", &input.name)?;
        let id = self.write(ActionLabel::CreateAccount, |w| {
            let created_at = chrono::Utc::now().to_rfc3339();
            w.insert(
                Table::Account,
                &[
                    ("name", &name),
                    ("industry", &input.industry.trim()),
                    ("region", &input.region.trim()),
                    ("created_at", &created_at),
                ],
            )
        })?;
        self.get_account(id)
    }

    pub fn update_account(&self, id: i64, patch: AccountPatch) -> Result<Account> {
        let name = patch.name.as_deref().map(|n| validate::name("name", n)).transpose()?;
        let amounts = [
            ("annual_revenue", patch.annual_revenue),
            ("purchase_volume", patch.purchase_volume),
            ("expected_revenue_1y", patch.expected_revenue_1y),
            ("expected_revenue_3y", patch.expected_revenue_3y),
        ];
        for (field, value) in amounts {
            money(field, value)?;
        }
        if let Some(year) = patch.revenue_base_year {
            validate::in_range("revenue_base_year", year, 1900, 9999)?;
        }
        if let Some(influence) = patch.strategic_influence {
            validate::in_range(
                "strategic_influence",
                influence,
                STRATEGIC_INFLUENCE.min,
                STRATEGIC_INFLUENCE.max,
            )?;
        }
        let unit = short_text("purchase_volume_unit", patch.purchase_volume_unit.as_deref(), 40)?;
        let notes = short_text("notes", patch.notes.as_deref(), MAX_NOTES_CHARS)?;
        let changed_on = patch
            .relationship_changed_on
            .as_deref()
            .map(|d| validate::date("relationship_changed_on", d))
            .transpose()?
            .unwrap_or_else(today_text);
        let author = self.author().to_owned();
        self.write(ActionLabel::EditAccount, |w| {
            let before = load(w.conn(), id)?;
            let mut values: Vec<(&str, &dyn ToSql)> = Vec::new();
            if let Some(name) = &name {
                values.push(("name", name));
            }
            let industry = patch.industry.as_deref().map(str::trim);
            if let Some(v) = &industry {
                values.push(("industry", v));
            }
            let region = patch.region.as_deref().map(str::trim);
            if let Some(v) = &region {
                values.push(("region", v));
            }
            if let Some(v) = &patch.relationship_level {
                values.push(("relationship_level", v));
            }
            if let Some(v) = &patch.relationship_target {
                values.push(("relationship_target", v));
            }
            if let Some(v) = &patch.lifecycle_stage {
                values.push(("lifecycle_stage", v));
            }
            if let Some(v) = &patch.sales_pattern {
                values.push(("sales_pattern", v));
            }
            for (field, value) in &amounts {
                if let Some(v) = value {
                    values.push((field, v));
                }
            }
            if let Some(v) = &unit {
                values.push(("purchase_volume_unit", v));
            }
            if let Some(v) = &patch.revenue_base_year {
                values.push(("revenue_base_year", v));
            }
            if let Some(v) = &patch.strategic_influence {
                values.push(("strategic_influence", v));
            }
            if let Some(v) = &notes {
                values.push(("notes", v));
            }
            for field in &patch.clear {
                values.push((field.as_str(), &rusqlite::types::Null));
            }
            if !values.is_empty() {
                w.update(Table::Account, id, &values)?;
            }
            let after = load(w.conn(), id)?;
            let ladder = |a: &Account| (a.relationship_level, a.relationship_target);
            if ladder(&after) != ladder(&before) {
                history::record_change(w, &before, &after, &changed_on, &author)?;
            }
            Ok(())
        })?;
        self.get_account(id)
    }

    /// Records the tier a person decided on, with the reason; the score's suggestion is
    /// advice only. The decision joins the account's tier history; the account's tier is the
    /// latest decision by date.
    pub fn decide_tier(&self, id: i64, decision: TierDecision) -> Result<Account> {
        let tier = Tier::parse(decision.tier.trim()).ok_or_else(|| {
            Error::problem(
                "tier",
                Problem::NotOneOf {
                    value: decision.tier.clone(),
                    allowed: Tier::ALL.iter().map(|t| t.as_str().to_owned()).collect(),
                },
            )
        })?;
        let decided_by = validate::name("decided_by", &decision.decided_by)?;
        let decided_on = validate::date("decided_on", &decision.decided_on)?;
        let reason = validate::non_empty("reason", &decision.reason)?;
        let assessment = self.value_assessment(id)?;
        self.write(ActionLabel::DecideTier { tier }, |w| {
            validate::exists(w.conn(), Table::Account, id)?;
            let made = history::NewTierDecision {
                tier,
                decided_by: &decided_by,
                decided_on: &decided_on,
                reason: &reason,
                score: assessment.complete.then_some(assessment.weighted_score),
                suggested: assessment.suggested_tier,
            };
            history::record_tier_decision(w, id, &made)
        })?;
        self.get_account(id)
    }
}

pub(crate) fn account_of_person(conn: &Connection, person_id: i64) -> Result<Option<i64>> {
    conn.query_row(
        "SELECT account_id FROM person WHERE id = ?1",
        params![person_id],
        |row| row.get(0),
    )
    .map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => Error::NotFound {
            entity: "person",
            id: person_id,
        },
        other => other.into(),
    })
}
