//! The weekly review of a plan: what changed in the account since the last review mark.
//!
//! Contract: [`Db::plan_weekly_review`] reads, writes nothing. Its window starts after the
//! journal action the latest review mark saw, or — before the first mark — after the action that
//! activated the plan (created it, for a draft; the sample's creation for the sample's plan). From the undo journal's actions still done in that
//! window it reports, as the data stands now: the attitude moves of the account's people (from
//! the attitude current before the window to the current one; a move back to where it was is
//! no move), the people added to the account, the people whose status changed (left, moved:
//! the job changes), and the contacts logged with the account, each once, gone rows left out.
//! Against what the latest mark saw (before the first mark: the findings and met targets frozen
//! at activation, for a draft those of now) it lists the coverage, parity and deal-balance findings
//! that appeared and those that cleared, and the targets met now that were not then. From the
//! action plan: the actions done in the window (by their date) and those open past their due
//! date. [`Db::mark_plan_reviewed`] records a mark (now, a note, what it saw) as one journal
//! action; a closed plan takes no marks (`status`: `plan_is`). Marks list newest first.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::assessment::{findings_now, of_plan, Finding, FindingKey};
use super::lifecycle::{editable, plan_row, PlanRow};
use super::target::{met_ids, targets};
use crate::account::today_text;
use crate::action_label::ActionLabel;
use crate::assessment::{current, Scale};
use crate::brain::{person_ref, PersonRef, PERSON_REF};
use crate::db::Db;
use crate::error::{Error, Result};
use crate::journal::Table;
use crate::vocabulary::InteractionKind;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AttitudeMove {
    pub person: PersonRef,
    /// The attitude before the window; None when never assessed before.
    pub from: Option<i64>,
    pub to: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ContactLogged {
    pub interaction_id: i64,
    pub kind: InteractionKind,
    pub occurred_on: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct WeeklyReview {
    pub plan_id: i64,
    /// Where the window starts: the latest mark's time, or that of the action that activated
    /// (for a draft: created) the plan.
    pub since: String,
    pub since_review_id: Option<i64>,
    pub attitude_moves: Vec<AttitudeMove>,
    pub new_people: Vec<PersonRef>,
    /// People whose status changed; their status now is on the ref.
    pub status_changes: Vec<PersonRef>,
    /// By date.
    pub contacts_logged: Vec<ContactLogged>,
    pub findings_appeared: Vec<Finding>,
    pub findings_cleared: Vec<Finding>,
    /// Targets met now that were not at the window's start.
    pub targets_met_now: Vec<i64>,
    pub actions_done: i64,
    pub actions_overdue: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct PlanReview {
    pub id: i64,
    pub plan_id: i64,
    pub reviewed_at: String,
    pub note: String,
    /// Findings the review saw.
    pub findings: i64,
}

/// What a mark saw, stored as its `findings` JSON.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Seen {
    findings: Vec<Finding>,
    targets_met: Vec<i64>,
}

fn seen(json: &str) -> Result<Seen> {
    serde_json::from_str(json).map_err(|e| Error::Journal(format!("plan review: {e}")))
}

/// The window's start: (since, review id, the last journal action seen, what was seen).
fn baseline(conn: &Connection, plan: &PlanRow) -> Result<(String, Option<i64>, Option<i64>, Seen)> {
    let latest = conn
        .query_row(
            "SELECT id, reviewed_at, last_action_id, findings FROM plan_review WHERE plan_id = ?1
             ORDER BY reviewed_at DESC, id DESC LIMIT 1",
            [plan.id],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                ))
            },
        )
        .optional()?;
    if let Some((id, at, last, json)) = latest {
        return Ok((at, Some(id), Some(last), seen(&json)?));
    }
    let (since, anchor) = match anchor(conn, plan.id)? {
        Some((id, at)) => (at, Some(id)),
        None => (
            plan.activated_on.clone().unwrap_or_else(|| plan.created_on.clone()),
            None,
        ),
    };
    let then = of_plan(conn, plan)?;
    Ok((
        since,
        None,
        anchor,
        Seen {
            findings: then.findings,
            targets_met: then.targets_met,
        },
    ))
}

/// The journal action that activated the plan (for a draft: that created it) and when.
fn anchor(conn: &Connection, plan_id: i64) -> Result<Option<(i64, String)>> {
    let row = format!(r#""table":"plan","row_id":{plan_id},"#);
    Ok(conn
        .query_row(
            "SELECT a.id, a.at FROM journal_action a JOIN journal_batch b ON b.action_id = a.id
             WHERE a.state = 'done' AND a.label_key IN ('activate_plan', 'create_plan', 'create_sample')
               AND instr(b.entries, ?1) > 0
             ORDER BY a.id DESC LIMIT 1",
            [row],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

#[derive(Deserialize)]
struct Entry {
    table: String,
    row_id: i64,
    before: Option<serde_json::Map<String, serde_json::Value>>,
    after: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Rows the window's actions inserted, per table, and people whose status changed.
#[derive(Default)]
struct Touched {
    inserted: BTreeMap<String, BTreeSet<i64>>,
    status_changed: BTreeSet<i64>,
}

fn touched(conn: &Connection, last_action: Option<i64>, since: &str) -> Result<Touched> {
    // Only batches that touch the tables read below (bulk edits elsewhere are not parsed).
    let mut stmt = conn.prepare(
        r#"SELECT b.entries FROM journal_action a JOIN journal_batch b ON b.action_id = a.id
         WHERE a.state = 'done' AND (a.id > ?1 OR (?1 IS NULL AND a.at >= ?2))
           AND (instr(b.entries, '"table":"attitude_event"') > 0 OR instr(b.entries, '"table":"person"') > 0
                OR instr(b.entries, '"table":"interaction"') > 0)
         ORDER BY a.id, b.id"#,
    )?;
    let batches = stmt
        .query_map(params![last_action, since], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Touched::default();
    for batch in batches {
        let entries: Vec<Entry> = serde_json::from_str(&batch).map_err(|e| Error::Journal(e.to_string()))?;
        for entry in entries {
            match (&entry.before, &entry.after) {
                (None, Some(_)) => {
                    out.inserted.entry(entry.table).or_default().insert(entry.row_id);
                }
                (Some(before), Some(after))
                    if entry.table == "person" && before.get("status") != after.get("status") =>
                {
                    out.status_changed.insert(entry.row_id);
                }
                _ => {}
            }
        }
    }
    Ok(out)
}

/// The account's people among `ids` as they are now, by name.
fn people(conn: &Connection, account_id: i64, ids: impl IntoIterator<Item = i64>) -> Result<Vec<PersonRef>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PERSON_REF} FROM person p WHERE p.id = ?1 AND p.account_id = ?2"
    ))?;
    let mut out = Vec::new();
    for id in ids {
        if let Some(p) = stmt.query_row([id, account_id], |r| person_ref(r, 0)).optional()? {
            out.push(p);
        }
    }
    out.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
    Ok(out)
}

fn attitude_moves(conn: &Connection, account_id: i64, events: &BTreeSet<i64>) -> Result<Vec<AttitudeMove>> {
    let mut owner = conn.prepare_cached("SELECT person_id FROM attitude_event WHERE id = ?1")?;
    let mut moved = BTreeSet::new();
    for event in events {
        if let Some(person) = owner.query_row([event], |r| r.get::<_, i64>(0)).optional()? {
            moved.insert(person);
        }
    }
    let now = current(conn, Scale::Attitude, Some(account_id))?;
    let mut history = conn.prepare_cached(
        "SELECT id, value FROM attitude_event WHERE person_id = ?1 ORDER BY observed_on DESC, id DESC",
    )?;
    let mut out = Vec::new();
    for person in people(conn, account_id, moved)? {
        let Some(&to) = now.get(&person.id) else { continue };
        let earlier = history
            .query_map([person.id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let from = earlier.into_iter().find(|(id, _)| !events.contains(id)).map(|(_, v)| v);
        if from != Some(to) {
            out.push(AttitudeMove { person, from, to });
        }
    }
    Ok(out)
}

fn contacts(conn: &Connection, account_id: i64, ids: &BTreeSet<i64>) -> Result<Vec<ContactLogged>> {
    let mut stmt =
        conn.prepare_cached("SELECT kind, occurred_on FROM interaction WHERE id = ?1 AND account_id = ?2")?;
    let mut out = Vec::new();
    for &id in ids {
        let row = stmt
            .query_row([id, account_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if let Some((kind, occurred_on)) = row {
            out.push(ContactLogged {
                interaction_id: id,
                kind,
                occurred_on,
            });
        }
    }
    out.sort_by(|a, b| (&a.occurred_on, a.interaction_id).cmp(&(&b.occurred_on, b.interaction_id)));
    Ok(out)
}

fn review(conn: &Connection, plan_id: i64) -> Result<WeeklyReview> {
    let plan = plan_row(conn, plan_id)?;
    let (since, since_review_id, last_action, then) = baseline(conn, &plan)?;
    let touched = touched(conn, last_action, &since)?;
    let inserted = |table: &str| touched.inserted.get(table).cloned().unwrap_or_default();
    let now = findings_now(conn, plan.account_id)?;
    let before: BTreeSet<FindingKey> = then.findings.iter().map(Finding::key).collect();
    let after: BTreeSet<FindingKey> = now.iter().map(Finding::key).collect();
    let met_then: BTreeSet<i64> = then.targets_met.iter().copied().collect();
    let today = today_text();
    let since_day: String = since.chars().take(10).collect();
    let count = |sql: &str, day: &str| conn.query_row(sql, params![plan_id, day], |r| r.get::<_, i64>(0));
    Ok(WeeklyReview {
        plan_id,
        attitude_moves: attitude_moves(conn, plan.account_id, &inserted("attitude_event"))?,
        new_people: people(conn, plan.account_id, inserted("person"))?,
        status_changes: people(conn, plan.account_id, touched.status_changed.iter().copied())?,
        contacts_logged: contacts(conn, plan.account_id, &inserted("interaction"))?,
        findings_appeared: now.iter().filter(|f| !before.contains(&f.key())).cloned().collect(),
        findings_cleared: then
            .findings
            .iter()
            .filter(|f| !after.contains(&f.key()))
            .cloned()
            .collect(),
        targets_met_now: met_ids(&targets(conn, plan_id)?)
            .into_iter()
            .filter(|id| !met_then.contains(id))
            .collect(),
        actions_done: count(
            "SELECT count(*) FROM plan_action WHERE plan_id = ?1 AND status = 'done' AND done_on >= ?2",
            &since_day,
        )?,
        actions_overdue: count(
            "SELECT count(*) FROM plan_action WHERE plan_id = ?1 AND status = 'open' AND due_on < ?2",
            &today,
        )?,
        since,
        since_review_id,
    })
}

fn reviews(conn: &Connection, plan_id: i64) -> Result<Vec<PlanReview>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, plan_id, reviewed_at, note, findings FROM plan_review WHERE plan_id = ?1
         ORDER BY reviewed_at DESC, id DESC",
    )?;
    let raw = stmt
        .query_map([plan_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get::<_, String>(4)?))
        })?
        .collect::<rusqlite::Result<Vec<(i64, i64, String, String, String)>>>()?;
    raw.into_iter()
        .map(|(id, plan_id, reviewed_at, note, json)| {
            Ok(PlanReview {
                id,
                plan_id,
                reviewed_at,
                note,
                findings: seen(&json)?.findings.len() as i64,
            })
        })
        .collect()
}

impl Db {
    /// What changed in the plan's account since the last review mark (see the module doc).
    pub fn plan_weekly_review(&self, plan_id: i64) -> Result<WeeklyReview> {
        self.read(|conn| review(conn, plan_id))
    }

    /// Records that the plan was reviewed now, with a note and what the review saw.
    pub fn mark_plan_reviewed(&self, plan_id: i64, note: &str) -> Result<PlanReview> {
        let id = self.write(ActionLabel::ReviewPlan, |w| {
            let plan = plan_row(w.conn(), plan_id)?;
            editable(&plan)?;
            let last_action: i64 = w
                .conn()
                .query_row("SELECT ifnull(max(id), 0) FROM journal_action", [], |r| r.get(0))?;
            let seen = Seen {
                findings: findings_now(w.conn(), plan.account_id)?,
                targets_met: met_ids(&targets(w.conn(), plan_id)?),
            };
            let json = serde_json::to_string(&seen).map_err(|e| Error::Journal(e.to_string()))?;
            let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
            w.insert(
                Table::PlanReview,
                &[
                    ("plan_id", &plan_id),
                    ("reviewed_at", &at),
                    ("note", &note.trim()),
                    ("last_action_id", &last_action),
                    ("findings", &json),
                ],
            )
        })?;
        self.read(|conn| {
            reviews(conn, plan_id)?
                .into_iter()
                .find(|r| r.id == id)
                .ok_or(Error::NotFound {
                    entity: "plan_review",
                    id,
                })
        })
    }

    /// The plan's review marks, newest first.
    pub fn list_plan_reviews(&self, plan_id: i64) -> Result<Vec<PlanReview>> {
        self.read(|conn| {
            plan_row(conn, plan_id)?;
            reviews(conn, plan_id)
        })
    }
}
