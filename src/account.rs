//! Accounts: the customer companies, with tier, relationship level and value figures.
//!
//! Contract: the decided tier is a human decision recorded with who, when and why; the
//! suggested tier comes from the value assessment (see [`crate::value`]) and never
//! overwrites it. Share of wallet is derived (revenue / purchase volume), not stored.

use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::{Error, Result};
use crate::journal::Table;
use crate::validate;
use crate::vocabulary::{LifecycleStage, RelationshipLevel, SalesPattern, Tier};

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
    /// Our revenue as a share (0..1) of what the account buys in our category.
    pub share_of_wallet: Option<f64>,
    pub expected_revenue_1y: Option<f64>,
    pub expected_revenue_3y: Option<f64>,
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

/// Fields to change; absent fields stay as they are.
#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(default)]
pub struct AccountPatch {
    pub name: Option<String>,
    pub industry: Option<String>,
    pub region: Option<String>,
    pub relationship_level: Option<RelationshipLevel>,
    pub relationship_target: Option<RelationshipLevel>,
    pub lifecycle_stage: Option<LifecycleStage>,
    pub sales_pattern: Option<SalesPattern>,
    pub annual_revenue: Option<f64>,
    pub purchase_volume: Option<f64>,
    pub expected_revenue_1y: Option<f64>,
    pub expected_revenue_3y: Option<f64>,
}

/// A tier decision: the tier, who decided, on which date, and why.
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct TierDecision {
    pub tier: String,
    pub decided_by: String,
    pub decided_on: String,
    pub reason: String,
}

const COLUMNS: &str = "id, name, industry, region, tier, tier_decided_by, tier_decided_on, tier_reason,
    relationship_level, relationship_target, lifecycle_stage, sales_pattern, annual_revenue,
    purchase_volume, expected_revenue_1y, expected_revenue_3y";

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
    })
}

pub(crate) fn load(conn: &Connection, id: i64) -> Result<Account> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM account WHERE id = ?1"), [id], from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NotFound { entity: "account", id },
            other => other.into(),
        })
}

impl Db {
    pub fn list_accounts(&self) -> Result<Vec<AccountSummary>> {
        self.read(|conn| {
            let mut stmt = conn.prepare(
                "SELECT a.id, a.name, a.industry, a.tier, a.relationship_level,
                        (SELECT count(*) FROM person p WHERE p.account_id = a.id)
                 FROM account a ORDER BY a.name COLLATE NOCASE",
            )?;
            let rows = stmt.query_map([], |row| {
                Ok(AccountSummary {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    industry: row.get(2)?,
                    tier: row.get(3)?,
                    relationship_level: row.get(4)?,
                    people: row.get(5)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    pub fn get_account(&self, id: i64) -> Result<Account> {
        self.read(|conn| load(conn, id))
    }

    pub fn create_account(&self, input: NewAccount) -> Result<Account> {
        let name = validate::non_empty("name", &input.name)?;
        let id = self.write(&format!("Create account {name}"), |w| {
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
        let name = patch
            .name
            .as_deref()
            .map(|n| validate::non_empty("name", n))
            .transpose()?;
        let money = [
            ("annual_revenue", patch.annual_revenue),
            ("purchase_volume", patch.purchase_volume),
            ("expected_revenue_1y", patch.expected_revenue_1y),
            ("expected_revenue_3y", patch.expected_revenue_3y),
        ];
        for (field, value) in money {
            validate::non_negative(field, value)?;
        }
        self.write("Edit account", |w| {
            validate::exists(w.conn(), Table::Account, id)?;
            let mut values: Vec<(&str, &dyn rusqlite::ToSql)> = Vec::new();
            if let Some(name) = &name {
                values.push(("name", name));
            }
            if let Some(v) = &patch.industry {
                values.push(("industry", v));
            }
            if let Some(v) = &patch.region {
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
            for (field, value) in &money {
                if let Some(v) = value {
                    values.push((field, v));
                }
            }
            if !values.is_empty() {
                w.update(Table::Account, id, &values)?;
            }
            Ok(())
        })?;
        self.get_account(id)
    }

    /// Records the tier a person decided on; the score's suggestion is advice only.
    pub fn decide_tier(&self, id: i64, decision: TierDecision) -> Result<Account> {
        let tier = Tier::parse(decision.tier.trim())
            .ok_or_else(|| Error::invalid("tier", format!("'{}' is not a tier; use S, A, B or C", decision.tier)))?;
        let decided_by = validate::non_empty("decided_by", &decision.decided_by)?;
        let decided_on = validate::date("decided_on", &decision.decided_on)?;
        self.write(&format!("Decide tier {tier}"), |w| {
            w.update(
                Table::Account,
                id,
                &[
                    ("tier", &tier),
                    ("tier_decided_by", &decided_by),
                    ("tier_decided_on", &decided_on),
                    ("tier_reason", &decision.reason.trim()),
                ],
            )
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
