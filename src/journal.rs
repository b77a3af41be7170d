//! The undo journal: every mutation, grouped per user action, replayable both ways.
//!
//! Contract: domain code writes only through [`Writer`]'s `insert`, `update` and `delete`,
//! which record each row's full image before and after the change; at commit the action's
//! changes are stored in order, in batches of [`BATCH`] (`journal_batch`, JSON arrays).
//! [`Db::undo`] restores the before-images of the latest done action in reverse order;
//! [`Db::redo`] re-applies the after-images of the earliest undone one. A new action
//! discards the redo stack (the rows stay, marked `discarded`, as audit trail).
//! Because tables address rows by `id` and foreign keys are NO ACTION, replay in order
//! always satisfies the constraints that held when the action ran.

use chrono::Utc;
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, ToSql, Transaction, TransactionBehavior};
use serde::Serialize;
use serde_json::Map;

pub use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Result};

crate::vocabulary::vocabulary!(
    /// The tables the journal may touch. Names are fixed here, never taken from input.
    Table {
        Account = "account",
        Competitor = "competitor",
        ValueCriterion = "value_criterion",
        TierRule = "tier_rule",
        ValueDemand = "value_demand",
        ControlPoint = "control_point",
        RevenueActual = "revenue_actual",
        ValueScore = "value_score",
        OrgUnit = "org_unit",
        Opportunity = "opportunity",
        Person = "person",
        PersonProfile = "person_profile",
        DecisionRole = "decision_role",
        AttitudeEvent = "attitude_event",
        InfluenceEvent = "influence_event",
        CompetitorLeaning = "competitor_leaning",
        InformationChannel = "information_channel",
        Tie = "tie",
        Interaction = "interaction",
        InteractionParticipant = "interaction_participant",
        KeyDate = "key_date",
        TeamMember = "team_member",
        TeamMemberValueChain = "team_member_value_chain",
        TeamPartner = "team_partner",
        TeamPartnerValueChain = "team_partner_value_chain",
        NodePosition = "node_position",
        SavedView = "saved_view",
        TierDecision = "tier_decision",
        RelationshipChange = "relationship_change",
        AccountCompetitor = "account_competitor",
        AccountLoss = "account_loss",
        Plan = "plan",
        PlanTarget = "plan_target",
        PlanVersion = "plan_version",
        PlanReview = "plan_review",
        CustomerVoice = "customer_voice",
        CustomerIssue = "customer_issue",
        SymbiosisInitiative = "symbiosis_initiative",
        PlanAction = "plan_action",
        PlanActionPerson = "plan_action_person",
        PlanCard = "plan_card",
        ImportMapping = "import_mapping",
        WorkspaceSetting = "workspace_setting",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ChangeOp {
    Inserted,
    Updated,
    Deleted,
}

/// One row that a committed action (or its undo/redo) changed.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Change {
    pub table: Table,
    pub id: i64,
    pub op: ChangeOp,
}

/// What one commit changed, for the UI to refresh just that, and what undo and redo would
/// act on afterwards, so that the UI needs no further call to update its undo buttons.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct ChangeSet {
    pub action_id: i64,
    pub label: ActionLabel,
    pub changes: Vec<Change>,
    /// The action undo would now revert.
    pub undo: Option<ActionLabel>,
    /// The action redo would now re-apply.
    pub redo: Option<ActionLabel>,
}

/// An action as the audit trail shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct JournalAction {
    pub id: i64,
    pub label: ActionLabel,
    pub author: String,
    pub at: String,
    pub state: String,
    pub entries: i64,
}

/// What the UI needs to enable its undo and redo buttons.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct UndoState {
    pub undo: Option<ActionLabel>,
    pub redo: Option<ActionLabel>,
}

type RowImage = Map<String, serde_json::Value>;

pub struct Writer<'c> {
    tx: Transaction<'c>,
    action_id: i64,
    label: ActionLabel,
    changes: Vec<Change>,
    /// The journal entries of the changes so far, as JSON objects, written at commit.
    entries: Vec<String>,
}

/// Changes stored per journal row: large enough that bulk edits cost little more than the
/// rows they write, small enough that no row grows beyond a few hundred kilobytes.
pub const BATCH: usize = 500;

impl<'c> Writer<'c> {
    /// Starts the action's transaction as IMMEDIATE: it takes the write lock first (waiting
    /// the busy timeout), so a read inside the action can never meet a writer that got in
    /// between and fail with "database is locked" half-way.
    pub(crate) fn begin(conn: &'c mut Connection, label: ActionLabel, author: &str) -> Result<Self> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE journal_action SET state = 'discarded' WHERE state = 'undone'",
            [],
        )?;
        let (key, values) = label.to_parts();
        tx.execute(
            "INSERT INTO journal_action (label_key, label_params, author, at) VALUES (?1, ?2, ?3, ?4)",
            params![key, values, author, now()],
        )?;
        let action_id = tx.last_insert_rowid();
        Ok(Self {
            tx,
            action_id,
            label,
            changes: Vec::new(),
            entries: Vec::new(),
        })
    }

    /// The open transaction, for reads and checks inside the action.
    pub fn conn(&self) -> &Connection {
        &self.tx
    }

    pub fn insert(&mut self, table: Table, values: &[(&str, &dyn ToSql)]) -> Result<i64> {
        let columns: Vec<&str> = values.iter().map(|(c, _)| *c).collect();
        let placeholders = vec!["?"; values.len()].join(", ");
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({placeholders})",
            table.as_str(),
            columns.join(", ")
        );
        self.tx
            .prepare_cached(&sql)?
            .execute(params_from_iter(values.iter().map(|(_, v)| *v)))?;
        let id = self.tx.last_insert_rowid();
        // The given values are the after-image: columns left out take their schema default,
        // which a redo (re-inserting these values) reproduces, so no read-back is needed.
        // It is written straight to JSON: bulk inserts spend their time here.
        let outputs = values
            .iter()
            .map(|(column, value)| Ok((*column, value.to_sql()?)))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let after =
            serde_json::to_string(&InsertImage { id, values: &outputs }).map_err(|e| Error::Journal(e.to_string()))?;
        self.record(table, id, ChangeOp::Inserted, None, Some(after))?;
        Ok(id)
    }

    pub fn update(&mut self, table: Table, id: i64, values: &[(&str, &dyn ToSql)]) -> Result<()> {
        let before = row_image(&self.tx, table, id)?.ok_or(Error::NotFound {
            entity: table.as_str(),
            id,
        })?;
        let assignments: Vec<String> = values.iter().map(|(c, _)| format!("{c} = ?")).collect();
        let sql = format!("UPDATE {} SET {} WHERE id = ?", table.as_str(), assignments.join(", "));
        let mut args: Vec<&dyn ToSql> = values.iter().map(|(_, v)| *v).collect();
        args.push(&id);
        self.tx.prepare_cached(&sql)?.execute(params_from_iter(args))?;
        let after = row_image(&self.tx, table, id)?;
        if after.as_ref() != Some(&before) {
            self.record(table, id, ChangeOp::Updated, to_json(Some(before))?, to_json(after)?)?;
        }
        Ok(())
    }

    pub fn delete(&mut self, table: Table, id: i64) -> Result<()> {
        let before = row_image(&self.tx, table, id)?.ok_or(Error::NotFound {
            entity: table.as_str(),
            id,
        })?;
        self.tx
            .execute(&format!("DELETE FROM {} WHERE id = ?1", table.as_str()), [id])?;
        self.record(table, id, ChangeOp::Deleted, to_json(Some(before))?, None)
    }

    fn record(
        &mut self,
        table: Table,
        id: i64,
        op: ChangeOp,
        before: Option<String>,
        after: Option<String>,
    ) -> Result<()> {
        // Table names are fixed identifiers and the images are JSON already: no escaping needed.
        self.entries.push(format!(
            r#"{{"table":"{}","row_id":{id},"before":{},"after":{}}}"#,
            table.as_str(),
            before.as_deref().unwrap_or("null"),
            after.as_deref().unwrap_or("null"),
        ));
        self.changes.push(Change { table, id, op });
        Ok(())
    }

    /// Commits the action; `None` when it changed nothing.
    pub(crate) fn commit(self) -> Result<Option<ChangeSet>> {
        if self.changes.is_empty() {
            // Nothing changed: leave no empty action behind (and keep the redo stack).
            drop(self.tx);
            return Ok(None);
        }
        {
            let mut insert = self
                .tx
                .prepare_cached("INSERT INTO journal_batch (action_id, changes, entries) VALUES (?1, ?2, ?3)")?;
            for batch in self.entries.chunks(BATCH) {
                insert.execute(params![
                    self.action_id,
                    batch.len() as i64,
                    format!("[{}]", batch.join(","))
                ])?;
            }
        }
        self.tx.commit()?;
        // A new action is the one undo reverts, and it discarded the redo stack.
        Ok(Some(ChangeSet {
            action_id: self.action_id,
            undo: Some(self.label.clone()),
            label: self.label,
            changes: self.changes,
            redo: None,
        }))
    }
}

/// The label stored in columns `at` (key) and `at + 1` (values).
fn label(row: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<ActionLabel> {
    let key: String = row.get(at)?;
    let values: String = row.get(at + 1)?;
    Ok(ActionLabel::from_parts(&key, &values))
}

/// The action undo (`backwards`) or redo would replay next, with its label. Forgettings
/// (`kept = 'event'`) are stepped over; an action whose images were compacted away stops the
/// walk: compacted actions are the oldest ones, so nothing beyond it can be replayed either.
fn next_action(conn: &Connection, backwards: bool) -> Result<Option<(i64, ActionLabel)>> {
    let (state, order) = if backwards { ("done", "DESC") } else { ("undone", "ASC") };
    let action = conn
        .query_row(
            &format!(
                "SELECT id, label_key, label_params, kept FROM journal_action
                 WHERE state = ?1 AND kept <> 'event' ORDER BY id {order} LIMIT 1"
            ),
            [state],
            |row| Ok((row.get::<_, i64>(0)?, label(row, 1)?, row.get::<_, String>(3)?)),
        )
        .optional()?;
    Ok(action
        .filter(|(_, _, kept)| kept == "images")
        .map(|(id, label, _)| (id, label)))
}

pub(crate) fn undo_state(conn: &Connection) -> Result<UndoState> {
    Ok(UndoState {
        undo: next_action(conn, true)?.map(|(_, label)| label),
        redo: next_action(conn, false)?.map(|(_, label)| label),
    })
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn to_json(image: Option<RowImage>) -> Result<Option<String>> {
    image
        .map(|m| serde_json::to_string(&m).map_err(|e| Error::Journal(e.to_string())))
        .transpose()
}

/// An inserted row's values as a JSON object, serialized without building a map first.
struct InsertImage<'a> {
    id: i64,
    values: &'a [(&'a str, ToSqlOutput<'a>)],
}

impl Serialize for InsertImage<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.values.len() + 1))?;
        map.serialize_entry("id", &self.id)?;
        for (column, output) in self.values {
            let value = match output {
                ToSqlOutput::Borrowed(value) => *value,
                ToSqlOutput::Owned(value) => value.into(),
                // No domain column is a blob or zero-blob; the arm only satisfies exhaustiveness.
                _ => ValueRef::Null,
            };
            map.serialize_entry(column, &SqlValue(value))?;
        }
        map.end()
    }
}

/// One SQLite value as JSON, borrowed: null, integer, real or text (blobs do not occur).
struct SqlValue<'a>(ValueRef<'a>);

impl Serialize for SqlValue<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        match self.0 {
            ValueRef::Null | ValueRef::Blob(_) => serializer.serialize_unit(),
            ValueRef::Integer(n) => serializer.serialize_i64(n),
            ValueRef::Real(x) => serializer.serialize_f64(x),
            ValueRef::Text(t) => serializer.serialize_str(&String::from_utf8_lossy(t)),
        }
    }
}

fn value_ref_json(value: ValueRef<'_>) -> serde_json::Value {
    match value {
        ValueRef::Null | ValueRef::Blob(_) => serde_json::Value::Null,
        ValueRef::Integer(n) => n.into(),
        ValueRef::Real(x) => x.into(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
    }
}

fn row_image(conn: &Connection, table: Table, id: i64) -> Result<Option<RowImage>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT * FROM {} WHERE id = ?1", table.as_str()))?;
    let names: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
    let image = stmt
        .query_row([id], |row| {
            let mut image = Map::new();
            for (i, name) in names.iter().enumerate() {
                image.insert(name.clone(), value_ref_json(row.get_ref(i)?));
            }
            Ok(image)
        })
        .optional()?;
    Ok(image)
}

fn sql_value(value: &serde_json::Value) -> Result<Value> {
    Ok(match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Number(n) if n.is_i64() => Value::Integer(n.as_i64().unwrap_or_default()),
        serde_json::Value::Number(n) => Value::Real(n.as_f64().unwrap_or_default()),
        serde_json::Value::String(s) => Value::Text(s.clone()),
        other => return Err(Error::Journal(format!("unexpected value {other}"))),
    })
}

/// Puts row `id` of `table` into the state `image` (None: absent), whatever it is now.
/// An existing row is updated in place, so rows referring to it keep a valid parent.
fn restore(tx: &Transaction<'_>, table: Table, id: i64, image: Option<&RowImage>) -> Result<()> {
    let Some(image) = image else {
        tx.execute(&format!("DELETE FROM {} WHERE id = ?1", table.as_str()), [id])?;
        return Ok(());
    };
    let columns: Vec<&str> = image.keys().map(String::as_str).collect();
    let mut values = image.values().map(sql_value).collect::<Result<Vec<_>>>()?;
    let assignments: Vec<String> = columns.iter().map(|c| format!("{c} = ?")).collect();
    let update = format!("UPDATE {} SET {} WHERE id = ?", table.as_str(), assignments.join(", "));
    values.push(Value::Integer(id));
    if tx.execute(&update, params_from_iter(values.iter()))? == 0 {
        values.pop();
        let placeholders = vec!["?"; values.len()].join(", ");
        let insert = format!(
            "INSERT INTO {} ({}) VALUES ({placeholders})",
            table.as_str(),
            columns.join(", ")
        );
        tx.execute(&insert, params_from_iter(values))?;
    }
    Ok(())
}

#[derive(serde::Deserialize)]
pub(crate) struct Entry {
    table: String,
    row_id: i64,
    before: Option<RowImage>,
    after: Option<RowImage>,
}

/// The changes of one action, in the order they happened.
fn entries(tx: &Transaction<'_>, action_id: i64) -> Result<Vec<(Table, Entry)>> {
    let mut stmt = tx.prepare("SELECT entries FROM journal_batch WHERE action_id = ?1 ORDER BY id")?;
    let batches = stmt.query_map([action_id], |row| row.get::<_, String>(0))?;
    let mut out = Vec::new();
    for batch in batches {
        out.extend(parse_batch(&batch?)?);
    }
    Ok(out)
}

/// One journal batch as written by [`Writer::commit`]: a JSON array of entries on known
/// tables whose row images hold only plain values. Anything else is a damaged history.
pub(crate) fn parse_batch(batch: &str) -> Result<Vec<(Table, Entry)>> {
    let batch: Vec<Entry> = serde_json::from_str(batch).map_err(|e| Error::Journal(e.to_string()))?;
    batch
        .into_iter()
        .map(|entry| {
            let table =
                Table::parse(&entry.table).ok_or_else(|| Error::Journal(format!("unknown table {}", entry.table)))?;
            for image in [&entry.before, &entry.after].into_iter().flatten() {
                // Column names become SQL identifiers on replay: only plain ones are accepted.
                let plain_column = |c: &String| {
                    !c.is_empty()
                        && c.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                };
                if !image.keys().all(plain_column)
                    || image.values().any(|v| v.is_array() || v.is_object() || v.is_boolean())
                {
                    return Err(Error::Journal(format!(
                        "a row image of {} is not as written",
                        entry.table
                    )));
                }
            }
            Ok((table, entry))
        })
        .collect()
}

impl Db {
    /// Reverts the latest action still done.
    pub fn undo(&self) -> Result<ChangeSet> {
        let changes = self.replay("undone", true)?;
        self.notify(&changes);
        Ok(changes)
    }

    /// Re-applies the earliest undone action.
    pub fn redo(&self) -> Result<ChangeSet> {
        let changes = self.replay("done", false)?;
        self.notify(&changes);
        Ok(changes)
    }

    fn replay(&self, to: &str, backwards: bool) -> Result<ChangeSet> {
        self.refuse_if_read_only()?;
        let mut conn = self.lock_conn();
        // IMMEDIATE, as every write (see `Writer::begin`): undo reads the journal first.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let Some((action_id, label)) = next_action(&tx, backwards)? else {
            return Err(if backwards {
                Error::NothingToUndo
            } else {
                Error::NothingToRedo
            });
        };
        let mut entries = entries(&tx, action_id)?;
        if backwards {
            entries.reverse();
        }
        let mut changes = Vec::with_capacity(entries.len());
        for (table, entry) in &entries {
            let (image, op) = match (backwards, &entry.before, &entry.after) {
                (true, None, _) => (None, ChangeOp::Deleted),
                (true, Some(b), None) => (Some(b), ChangeOp::Inserted),
                (true, Some(b), Some(_)) => (Some(b), ChangeOp::Updated),
                (false, _, None) => (None, ChangeOp::Deleted),
                (false, None, Some(a)) => (Some(a), ChangeOp::Inserted),
                (false, Some(_), Some(a)) => (Some(a), ChangeOp::Updated),
            };
            restore(&tx, *table, entry.row_id, image)?;
            changes.push(Change {
                table: *table,
                id: entry.row_id,
                op,
            });
        }
        let undone_at = if backwards { Some(now()) } else { None };
        tx.execute(
            "UPDATE journal_action SET state = ?1, undone_at = ?2 WHERE id = ?3",
            params![to, undone_at, action_id],
        )?;
        let after = undo_state(&tx)?;
        tx.commit()?;
        Ok(ChangeSet {
            action_id,
            label,
            changes,
            undo: after.undo,
            redo: after.redo,
        })
    }

    /// Labels of the action undo and redo would act on.
    pub fn undo_state(&self) -> Result<UndoState> {
        self.read(undo_state)
    }

    /// The audit trail, newest first.
    pub fn journal(&self, limit: u32) -> Result<Vec<JournalAction>> {
        self.read(|conn| {
            let mut stmt = conn.prepare(
                "SELECT a.id, a.label_key, a.label_params, a.author, a.at, a.state, ifnull(sum(e.changes), 0)
                 FROM journal_action a LEFT JOIN journal_batch e ON e.action_id = a.id
                 GROUP BY a.id ORDER BY a.id DESC LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit], |row| {
                Ok(JournalAction {
                    id: row.get(0)?,
                    label: label(row, 1)?,
                    author: row.get(3)?,
                    at: row.get(4)?,
                    state: row.get(5)?,
                    entries: row.get(6)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}
