//! Support balance: how much of the decision chain's weight is with us, and with each competitor.
//!
//! The decision chain of an account is everyone holding a decision role (for one deal: a role on
//! that deal or on every deal) plus the hidden decision chain of its deciders (see
//! [`super::hidden_chain`]); people who left are not counted. The formula, shown to users as
//! [`FORMULA`]:
//!
//! ```text
//! w_i = current influence of person i (1..5; 3 when never assessed)
//! a_i = current attitude toward us (-3..+3; 0 when never assessed)
//! l_ic = how strongly person i leans to competitor c (1..5; 0 when not at all)
//! W   = sum of w_i
//! ours        = sum(w_i * max(a_i, 0) / 3) / W        0..1, share of the chain's weight supporting us
//! opposition  = sum(w_i * max(-a_i, 0) / 3) / W       0..1, share opposing us
//! competitor c = sum(w_i * l_ic / 5) / W              0..1, share leaning to c
//! weighted attitude = sum(w_i * a_i) / W              -3..+3
//! margin      = ours - the strongest competitor's share (ours alone when none)
//! ```
//!
//! Gaps: `balance.competitor_ahead` (warning) when a competitor's share exceeds ours;
//! `balance.decider_against` (warning) when the margin reads ahead (above 0) while a decider
//! opposes us (attitude -1 or worse) or supports a competitor (leaning
//! [`SUPPORTER_LEANING`] or more): the decider's one voice can outweigh the sum, so the balance
//! never reads ahead without saying so (params `name`, `attitude` when they oppose us,
//! `competitor` and `strength` when they lean to one); `balance.unassessed` (info) for chain
//! members whose attitude or influence was never assessed; `balance.no_chain` (info) when nobody
//! holds a decision role. Contract: read-only; an unknown
//! account or deal is `NotFound`; a deal of another account is invalid.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::Connection;
use serde::Serialize;

use super::hidden_chain;
use super::parity::SUPPORTER_LEANING;
use super::{current, load_person, roles, sort_gaps, Gap, PersonRef, Rule, Scale, Severity};
use crate::db::Db;
use crate::error::Result;
use crate::vocabulary::{DecisionRole, PersonStatus};

/// The formula, in words users can read next to the numbers.
pub const FORMULA: &str =
    "Each person in the decision chain (role holders plus the hidden chain) weighs their current \
influence w (1-5; 3 if never assessed). Ours = sum(w x max(attitude, 0) / 3) / sum(w): the share of the chain's \
weight that supports us, 1 when everyone is an exclusive supporter (+3). Opposition = the same with max(-attitude, 0). \
A competitor's share = sum(w x leaning / 5) / sum(w). Weighted attitude = sum(w x attitude) / sum(w), on -3..+3. \
Margin = ours minus the strongest competitor's share.";

/// Influence assumed for a chain member never assessed: the middle of the scale.
pub const DEFAULT_INFLUENCE: i64 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ChainMember {
    pub person: PersonRef,
    pub roles: Vec<DecisionRole>,
    /// In the chain through the hidden decision chain.
    pub hidden_chain: bool,
    /// The weight used (the default when never assessed).
    pub influence: i64,
    pub influence_assessed: bool,
    pub attitude: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CompetitorSupport {
    pub competitor_id: i64,
    pub competitor: String,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SupportBalance {
    pub account_id: i64,
    pub opportunity_id: Option<i64>,
    pub formula: String,
    pub total_influence: f64,
    pub ours: f64,
    pub opposition: f64,
    pub weighted_attitude: f64,
    /// Strongest first.
    pub competitors: Vec<CompetitorSupport>,
    pub margin: f64,
    pub members: Vec<ChainMember>,
    pub gaps: Vec<Gap>,
}

/// Leanings of the chain: person -> competitor -> strength, and competitor names.
type Leanings = (HashMap<i64, HashMap<i64, i64>>, BTreeMap<i64, String>);

fn leanings(conn: &Connection, account_id: i64) -> Result<Leanings> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.person_id, l.competitor_id, c.name, l.strength FROM competitor_leaning l
         JOIN competitor c ON c.id = l.competitor_id JOIN person p ON p.id = l.person_id
         WHERE p.account_id = ?1",
    )?;
    let (mut by_person, mut names): Leanings = Default::default();
    for row in stmt.query_map([account_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))? {
        let (person, competitor, name, strength): (i64, i64, String, i64) = row?;
        by_person.entry(person).or_default().insert(competitor, strength);
        names.insert(competitor, name);
    }
    Ok((by_person, names))
}

/// `balance.decider_against` for a decider who opposes us or leans to a competitor, if they do.
fn decider_against(m: &ChainMember, opposes: Option<i64>, rival: Option<(&str, i64)>) -> Option<Gap> {
    let name = &m.person.name;
    let why = match (opposes, rival) {
        (None, None) => return None,
        (Some(a), None) => format!("opposes us (attitude {a})"),
        (None, Some((c, s))) => format!("leans to {c} (strength {s})"),
        (Some(a), Some((c, s))) => format!("opposes us (attitude {a}) and leans to {c} (strength {s})"),
    };
    let msg = format!("The balance reads ahead, but the decider {name} {why}: their voice can outweigh the sum");
    let mut gap = Gap::new(Rule::BalanceDeciderAgainst, Severity::Warning, Some(m.person.id), msg).with("name", name);
    if let Some(a) = opposes {
        gap = gap.with("attitude", a);
    }
    if let Some((c, s)) = rival {
        gap = gap.with("competitor", c).with("strength", s);
    }
    Some(gap)
}

pub(crate) fn compute(conn: &Connection, account_id: i64, deal: Option<i64>) -> Result<SupportBalance> {
    let hidden = hidden_chain::compute(conn, account_id, deal)?; // also checks the account and the deal
    let mut role_map = roles(conn, Some(account_id), deal)?;
    let influence = current(conn, Scale::Influence, Some(account_id))?;
    let attitude = current(conn, Scale::Attitude, Some(account_id))?;
    let (leaning, competitor_names) = leanings(conn, account_id)?;

    let hidden_ids: HashSet<i64> = hidden.members.iter().map(|m| m.person.id).collect();
    let mut ids: Vec<i64> = role_map.keys().copied().chain(hidden_ids.iter().copied()).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut members = Vec::new();
    for id in ids {
        let person = load_person(conn, id)?;
        if person.status == PersonStatus::Left {
            continue;
        }
        members.push(ChainMember {
            roles: role_map.remove(&id).unwrap_or_default(),
            hidden_chain: hidden_ids.contains(&id),
            influence: influence.get(&id).copied().unwrap_or(DEFAULT_INFLUENCE),
            influence_assessed: influence.contains_key(&id),
            attitude: attitude.get(&id).copied(),
            person,
        });
    }
    members.sort_by(|a, b| b.influence.cmp(&a.influence).then(a.person.name.cmp(&b.person.name)));

    let total: f64 = members.iter().map(|m| m.influence as f64).sum();
    let share = |f: &dyn Fn(&ChainMember) -> f64| {
        if total > 0.0 {
            members.iter().map(|m| m.influence as f64 * f(m)).sum::<f64>() / total
        } else {
            0.0
        }
    };
    let ours = share(&|m| m.attitude.unwrap_or(0).max(0) as f64 / 3.0);
    let opposition = share(&|m| (-m.attitude.unwrap_or(0)).max(0) as f64 / 3.0);
    let weighted_attitude = share(&|m| m.attitude.unwrap_or(0) as f64);
    let mut competitors: Vec<CompetitorSupport> = competitor_names
        .iter()
        .map(|(&id, name)| CompetitorSupport {
            competitor_id: id,
            share: share(&|m| leaning.get(&m.person.id).and_then(|l| l.get(&id)).copied().unwrap_or(0) as f64 / 5.0),
            competitor: name.clone(),
        })
        .filter(|c| c.share > 0.0)
        .collect();
    competitors.sort_by(|a, b| b.share.total_cmp(&a.share).then(a.competitor_id.cmp(&b.competitor_id)));
    let margin = ours - competitors.first().map_or(0.0, |c| c.share);

    let mut gaps = Vec::new();
    if members.is_empty() {
        gaps.push(Gap::new(
            Rule::BalanceNoChain,
            Severity::Info,
            None,
            "Nobody holds a decision role yet: the balance cannot be read".to_owned(),
        ));
    }
    if let Some(top) = competitors.first().filter(|c| c.share > ours) {
        let msg = format!(
            "{} holds {:.0}% of the decision chain's weight, we hold {:.0}%",
            top.competitor,
            top.share * 100.0,
            ours * 100.0
        );
        let gap = Gap::new(Rule::BalanceCompetitorAhead, Severity::Warning, None, msg)
            .with("competitor", &top.competitor)
            .with("theirs", format!("{:.0}", top.share * 100.0))
            .with("ours", format!("{:.0}", ours * 100.0));
        gaps.push(gap);
    }
    if margin > 0.0 {
        let deciders = members.iter().filter(|m| m.roles.contains(&DecisionRole::Decider));
        for m in deciders {
            let opposes = m.attitude.filter(|&a| a < 0);
            let rival = leaning
                .get(&m.person.id)
                .and_then(|l| {
                    l.iter()
                        .filter(|(_, &s)| s >= SUPPORTER_LEANING)
                        .max_by_key(|(&c, &s)| (s, -c))
                })
                .and_then(|(c, &s)| competitor_names.get(c).map(|name| (name.as_str(), s)));
            if let Some(gap) = decider_against(m, opposes, rival) {
                gaps.push(gap);
            }
        }
    }
    for m in members.iter().filter(|m| m.attitude.is_none() || !m.influence_assessed) {
        let msg = format!(
            "{}'s attitude or influence was never assessed; defaults are used",
            m.person.name
        );
        gaps.push(
            Gap::new(Rule::BalanceUnassessed, Severity::Info, Some(m.person.id), msg).with("name", &m.person.name),
        );
    }
    sort_gaps(&mut gaps);
    Ok(SupportBalance {
        account_id,
        opportunity_id: deal,
        formula: FORMULA.to_owned(),
        total_influence: total,
        ours,
        opposition,
        weighted_attitude,
        competitors,
        margin,
        members,
        gaps,
    })
}

impl Db {
    /// Influence-weighted support over the decision chain (of one deal, or of the account), ours against competitors'.
    pub fn support_balance(&self, account_id: i64, opportunity_id: Option<i64>) -> Result<SupportBalance> {
        self.read(|conn| compute(conn, account_id, opportunity_id))
    }
}

#[cfg(test)]
#[path = "tests/balance.rs"]
mod tests;
