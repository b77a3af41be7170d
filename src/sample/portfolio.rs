//! Three small invented accounts beside the sample, so that the portfolio has something to show:
//! Northgate Beverages (tier B, a steady customer since 2022), Pinecrest Snacks (tier C, new in
//! 2026) and Riverside Bakeries (tier B, lost in September 2026 after a price-led tender). Each
//! has two contacts with their roles and attitudes, its tier decision, its relationship history
//! and its actual revenue; nothing of our team covers them yet. Written in the sample's journal
//! action ([`super::build`]).

use rusqlite::ToSql;

use super::{assess, customer};
use crate::error::Result;
use crate::journal::{Table, Writer};
use crate::person;
use crate::vocabulary::{DecisionRole, Level};

struct Companion {
    name: &'static str,
    industry: &'static str,
    region: &'static str,
    created_at: &'static str,
    tier: &'static str,
    decided_on: &'static str,
    tier_reason: &'static str,
    /// Relationship level and target from each date on, oldest first.
    ladder: &'static [(&'static str, &'static str, &'static str)],
    revenue: &'static [(i64, f64)],
    /// Name, title, level, role, attitude, influence.
    people: &'static [(&'static str, &'static str, Level, DecisionRole, i64, i64)],
    /// Lost on, and why.
    lost: Option<(&'static str, &'static str)>,
}

const COMPANIONS: &[Companion] = &[
    Companion {
        name: "Northgate Beverages",
        industry: "Tea and juice drinks",
        region: "South China",
        created_at: "2022-06-01T02:00:00+00:00",
        tier: "B",
        decided_on: "2024-02-20",
        tier_reason: "Steady mid-size buyer of carton packs; little influence beyond its region",
        ladder: &[
            ("2022-06-01", "vendor", "preferred_supplier"),
            ("2024-09-15", "preferred_supplier", "partner"),
        ],
        revenue: &[(2024, 4_100_000.0), (2025, 4_600_000.0), (2026, 4_900_000.0)],
        people: &[
            (
                "Fang Jie",
                "Procurement Director",
                Level::SeniorManager,
                DecisionRole::Buyer,
                1,
                4,
            ),
            (
                "Luo Hao",
                "Plant Manager",
                Level::Manager,
                DecisionRole::Influencer,
                0,
                3,
            ),
        ],
        lost: None,
    },
    Companion {
        name: "Pinecrest Snacks",
        industry: "Snacks",
        region: "North China",
        created_at: "2026-05-18T02:00:00+00:00",
        tier: "C",
        decided_on: "2026-06-10",
        tier_reason: "First order for snack-bar wraps; small volume so far",
        ladder: &[("2026-05-18", "vendor", "preferred_supplier")],
        revenue: &[(2026, 600_000.0)],
        people: &[
            (
                "Tan Wei",
                "General Manager",
                Level::Executive,
                DecisionRole::Decider,
                0,
                5,
            ),
            (
                "Gao Ying",
                "Purchasing Manager",
                Level::Manager,
                DecisionRole::Buyer,
                1,
                3,
            ),
        ],
        lost: None,
    },
    Companion {
        name: "Riverside Bakeries",
        industry: "Bakery",
        region: "Central China",
        created_at: "2021-03-10T02:00:00+00:00",
        tier: "B",
        decided_on: "2023-03-01",
        tier_reason: "Regional bakery chain with steady volume",
        ladder: &[("2021-03-10", "vendor", "preferred_supplier")],
        revenue: &[(2025, 3_200_000.0), (2026, 1_100_000.0)],
        people: &[
            (
                "He Lin",
                "Head of Procurement",
                Level::SeniorManager,
                DecisionRole::Decider,
                -1,
                4,
            ),
            (
                "Xu Ping",
                "Quality Manager",
                Level::Manager,
                DecisionRole::Influencer,
                1,
                2,
            ),
        ],
        lost: Some((
            "2026-09-18",
            "Moved all its packaging to Crestline Packaging after a price-led tender; our offer was 12% higher",
        )),
    },
];

pub(super) fn companions(w: &mut Writer<'_>) -> Result<()> {
    for c in COMPANIONS {
        let (level, target) = c
            .ladder
            .last()
            .map_or(("vendor", "preferred_supplier"), |(_, l, t)| (*l, *t));
        let archived_at = c.lost.map(|(on, _)| on);
        let values: [(&str, &dyn ToSql); 13] = [
            ("name", &c.name),
            ("industry", &c.industry),
            ("region", &c.region),
            ("tier", &c.tier),
            ("tier_decided_by", &"Elena Marsh"),
            ("tier_decided_on", &c.decided_on),
            ("tier_reason", &c.tier_reason),
            ("relationship_level", &level),
            ("relationship_target", &target),
            ("annual_revenue", &c.revenue.last().map(|(_, r)| *r)),
            ("purchase_volume_unit", &"CNY / year"),
            ("created_at", &c.created_at),
            ("archived_at", &archived_at),
        ];
        let account = w.insert(Table::Account, &values)?;
        w.insert(
            Table::TierDecision,
            &[
                ("account_id", &account),
                ("tier", &c.tier),
                ("decided_by", &"Elena Marsh"),
                ("decided_on", &c.decided_on),
                ("reason", &c.tier_reason),
            ],
        )?;
        for (on, level, target) in c.ladder {
            w.insert(
                Table::RelationshipChange,
                &[
                    ("account_id", &account),
                    ("level", level),
                    ("target", target),
                    ("changed_on", on),
                    ("author", &"Elena Marsh"),
                ],
            )?;
        }
        for (year, revenue) in c.revenue {
            w.insert(
                Table::RevenueActual,
                &[("account_id", &account), ("year", year), ("revenue", revenue)],
            )?;
        }
        for (name, title, level, role, attitude, influence) in c.people {
            let id = person::insert(w, &customer(account, name, title, None, *level))?;
            w.insert(Table::DecisionRole, &[("person_id", &id), ("role", role)])?;
            assess(w, id, *attitude, *influence)?;
        }
        if let Some((on, reason)) = c.lost {
            w.insert(
                Table::AccountLoss,
                &[
                    ("account_id", &account),
                    ("lost_on", &on),
                    ("reason", &reason),
                    ("tier_at_loss", &c.tier),
                ],
            )?;
        }
    }
    Ok(())
}
