//! Taking one person (or their profile) out of a workspace connection: the live rows, then
//! every trace in the journal. Works on any connection to a workspace of format 12 or later
//! (the open workspace, a backup copy), inside the caller's transaction.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{Connection, OptionalExtension};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::journal::{Change, ChangeOp, Table};
use crate::selection::{OnDelete, DEPENDANTS, PERSON_REFERENCES};

/// What is forgotten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The person and every row about them.
    Person,
    /// Only their personal profile (birthday, family, hobbies...).
    Profile,
}

/// What identifies one person's data, read from the workspace before it is forgotten, so
/// that the same data can then be found and taken out of other copies (backups) as well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Traces {
    pub person_id: i64,
    pub scope: Scope,
    /// Texts of theirs (name, contact details, profile, key dates) that may have been copied
    /// into rows that do not point at them; a journal entry holding one counts as theirs.
    texts: Vec<String>,
}

impl Traces {
    /// Reads what identifies `person_id`'s data in `conn`; `NotFound` for an unknown person.
    pub fn of(conn: &Connection, person_id: i64, scope: Scope) -> Result<Self> {
        crate::validate::exists(conn, Table::Person, person_id)?;
        let mut texts = Vec::new();
        let mut add = |text: Option<String>| texts.extend(text.map(|t| t.trim().to_owned()).filter(|t| distinctive(t)));
        if scope == Scope::Person {
            let (name, email, phone): (String, String, String) = conn.query_row(
                "SELECT name, email, phone FROM person WHERE id = ?1",
                [person_id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?;
            [name, email, phone].into_iter().for_each(|t| add(Some(t)));
            let mut stmt = conn.prepare("SELECT label FROM key_date WHERE person_id = ?1")?;
            for label in stmt.query_map([person_id], |row| row.get(0))? {
                add(Some(label?));
            }
        }
        let profile = conn
            .query_row(
                "SELECT birthday, hobbies, family, home_area, education, clubs, notes
                 FROM person_profile WHERE person_id = ?1",
                [person_id],
                |row| {
                    (0..7)
                        .map(|i| row.get::<_, Option<String>>(i))
                        .collect::<rusqlite::Result<Vec<_>>>()
                },
            )
            .optional()?;
        profile.into_iter().flatten().for_each(add);
        texts.sort();
        texts.dedup();
        Ok(Self {
            person_id,
            scope,
            texts,
        })
    }
}

/// Long enough that finding it elsewhere means it was copied there, not a coincidence of a
/// few letters. Two CJK characters are a full name; four Latin letters are a short one.
fn distinctive(text: &str) -> bool {
    let chars = text.chars().count();
    chars >= 4 || (chars >= 2 && !text.is_ascii())
}

/// Removes the person's (or profile's) live rows and every journal action that mentions them;
/// returns the live changes. Runs inside the caller's transaction; see [`super`] for the rules.
pub(crate) fn purge_in(conn: &Connection, traces: &Traces) -> Result<Vec<Change>> {
    conn.pragma_update(None, "secure_delete", true)?;
    // Forgetting is an action: like any other it discards the redo stack.
    conn.execute(
        "UPDATE journal_action SET state = 'discarded' WHERE state = 'undone'",
        [],
    )?;
    let rows = match traces.scope {
        Scope::Person => person_rows(conn, traces.person_id)?,
        Scope::Profile => Rows {
            deletes: ids(conn, Table::PersonProfile, "person_id", traces.person_id)?
                .into_iter()
                .map(|id| (Table::PersonProfile, id))
                .collect(),
            ..Rows::default()
        },
    };
    let mut changes = rows.run(conn)?;
    if traces.scope == Scope::Person {
        changes.extend(scrub_snapshots(conn, traces)?);
    }
    let mut gone: BTreeSet<(String, i64)> = rows
        .deletes
        .iter()
        .map(|(t, id)| (t.as_str().to_owned(), *id))
        .collect();
    if traces.scope == Scope::Person {
        gone.insert(("person".to_owned(), traces.person_id));
    }
    scrub_journal(conn, traces, &gone)?;
    Ok(changes)
}

/// The live rows one person's forgetting deletes (in an order the foreign keys accept) or
/// clears. Like deleting them ([`crate::selection`]), except that a channel whose source they
/// were goes too, instead of keeping their name as its source.
#[derive(Debug, Default)]
struct Rows {
    deletes: Vec<(Table, i64)>,
    clears: Vec<(Table, i64, &'static str)>,
}

impl Rows {
    fn delete(&mut self, table: Table, id: i64) {
        if !self.deletes.contains(&(table, id)) {
            self.deletes.push((table, id));
        }
    }

    fn run(&self, conn: &Connection) -> Result<Vec<Change>> {
        let mut changes = Vec::new();
        for &(table, id, column) in &self.clears {
            if self.deletes.contains(&(table, id)) {
                continue;
            }
            conn.execute(
                &format!("UPDATE {} SET {column} = NULL WHERE id = ?1", table.as_str()),
                [id],
            )?;
            changes.push(Change {
                table,
                id,
                op: ChangeOp::Updated,
            });
        }
        // Participations go before their interactions, everything before the person.
        let rank = |table: Table| match table {
            Table::Interaction => 1,
            Table::Person => 2,
            _ => 0,
        };
        let mut order = self.deletes.clone();
        // Stable: within a rank, dependants' dependants stay first.
        order.sort_by_key(|(table, _)| rank(*table));
        for (table, id) in order {
            conn.execute(&format!("DELETE FROM {} WHERE id = ?1", table.as_str()), [id])?;
            changes.push(Change {
                table,
                id,
                op: ChangeOp::Deleted,
            });
        }
        Ok(changes)
    }
}

fn person_rows(conn: &Connection, person: i64) -> Result<Rows> {
    let mut rows = Rows::default();
    for reference in PERSON_REFERENCES.iter().filter(|r| table_exists(conn, r.table)) {
        for row in ids(conn, reference.table, reference.column, person)? {
            match reference.on_delete {
                OnDelete::Clear => rows.clears.push((reference.table, row, reference.column)),
                OnDelete::Delete | OnDelete::NameSource => {
                    for (_, dependant) in DEPENDANTS.iter().filter(|(parent, _)| *parent == reference.table) {
                        for child in ids(conn, dependant.table, dependant.column, row)? {
                            match dependant.on_delete {
                                OnDelete::Clear => rows.clears.push((dependant.table, child, dependant.column)),
                                _ => rows.delete(dependant.table, child),
                            }
                        }
                    }
                    rows.delete(reference.table, row);
                }
            }
        }
    }
    // A contact they alone took part in goes whole; a plan action it did stays, unlinked.
    let mut stmt = conn.prepare(
        "SELECT interaction_id FROM interaction_participant GROUP BY interaction_id
         HAVING min(person_id) = ?1 AND max(person_id) = ?1",
    )?;
    let lone = stmt
        .query_map([person], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    for interaction in lone {
        for action in ids(conn, Table::PlanAction, "interaction_id", interaction)? {
            rows.clears.push((Table::PlanAction, action, "interaction_id"));
        }
        rows.delete(Table::Interaction, interaction);
    }
    if table_exists(conn, Table::Person) && ids(conn, Table::Person, "id", person)?.contains(&person) {
        rows.delete(Table::Person, person);
    }
    Ok(rows)
}

/// Snapshots frozen as JSON (a plan's assessment at activation, its target versions, what a
/// review saw) name people as they were; the forgotten person's texts are blanked out there.
const SNAPSHOTS: &[(Table, &str)] = &[
    (Table::Plan, "assessment"),
    (Table::PlanVersion, "targets"),
    (Table::PlanReview, "findings"),
];

/// What stands in a snapshot where a forgotten person's text was (valid inside a JSON string).
const BLANK: &str = "…";

fn scrub_snapshots(conn: &Connection, traces: &Traces) -> Result<Vec<Change>> {
    // Longest first, so that a text holding a shorter one is blanked whole.
    let mut texts: Vec<&String> = traces.texts.iter().collect();
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let mut changes = Vec::new();
    for &(table, column) in SNAPSHOTS.iter().filter(|(t, _)| table_exists(conn, *t)) {
        for text in &texts {
            let sql = format!("SELECT id FROM {} WHERE instr({column}, ?1) > 0", table.as_str());
            let mut stmt = conn.prepare(&sql)?;
            let ids = stmt
                .query_map([text], |row| row.get(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            for id in ids {
                conn.execute(
                    &format!(
                        "UPDATE {} SET {column} = replace({column}, ?1, ?2) WHERE id = ?3",
                        table.as_str()
                    ),
                    rusqlite::params![text, BLANK, id],
                )?;
                changes.push(Change {
                    table,
                    id,
                    op: ChangeOp::Updated,
                });
            }
        }
    }
    changes.dedup();
    Ok(changes)
}

fn table_exists(conn: &Connection, table: Table) -> bool {
    conn.query_row(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
        [table.as_str()],
        |_| Ok(()),
    )
    .is_ok()
}

fn ids(conn: &Connection, table: Table, column: &str, id: i64) -> Result<Vec<i64>> {
    if !table_exists(conn, table) {
        return Ok(Vec::new());
    }
    let sql = format!("SELECT id FROM {} WHERE {column} = ?1 ORDER BY id", table.as_str());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([id], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Takes every mention of the forgotten rows out of the journal.
///
/// An entry mentions them when it is about one of the rows that went (`gone`), when one of its
/// row images points at one of them (any foreign key column), when it is about the person's
/// profile (profile scope), or when one of its texts holds one of the person's texts. A damaged
/// batch counts as mentioning them. A discarded action (never replayed again) that mentions
/// them is compacted alone. Undoable history is compacted up to and including the newest
/// action that mentions them: what stays undoable never touches a forgotten row, so undoing it
/// can neither bring one back nor half-restore a row that pointed at one.
fn scrub_journal(conn: &Connection, traces: &Traces, gone: &BTreeSet<(String, i64)>) -> Result<()> {
    let foreign_keys = foreign_keys(conn)?;
    let mut barrier: Option<i64> = None;
    let mut discarded = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT b.action_id, a.state, b.entries FROM journal_batch b
             JOIN journal_action a ON a.id = b.action_id ORDER BY b.id",
        )?;
        let mut batches = stmt.query([])?;
        while let Some(row) = batches.next()? {
            let (action, state, entries): (i64, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?);
            let mentions = match serde_json::from_str::<Vec<Value>>(&entries) {
                Ok(entries) => entries.iter().any(|e| mentions(e, traces, gone, &foreign_keys)),
                Err(_) => true,
            };
            if !mentions {
                continue;
            }
            if state == "discarded" {
                discarded.push(action);
            } else {
                barrier = barrier.max(Some(action));
            }
        }
    }
    let kept_column = has_column(conn, "journal_action", "kept")?;
    let compact = |condition: &str, value: i64| -> Result<()> {
        conn.execute(
            &format!("DELETE FROM journal_batch WHERE action_id {condition} ?1"),
            [value],
        )?;
        if kept_column {
            conn.execute(
                &format!("UPDATE journal_action SET kept = 'audit' WHERE kept = 'images' AND id {condition} ?1"),
                [value],
            )?;
        }
        Ok(())
    };
    if let Some(barrier) = barrier {
        compact("<=", barrier)?;
    }
    for action in discarded {
        compact("=", action)?;
    }
    scrub_legacy_labels(conn, traces)
}

/// Labels from before labels had keys kept their old text, which may hold a name.
fn scrub_legacy_labels(conn: &Connection, traces: &Traces) -> Result<()> {
    let mut stmt = conn.prepare("SELECT id, label_params FROM journal_action WHERE label_key = 'legacy'")?;
    let legacy = stmt
        .query_map([], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (id, params) in legacy {
        if traces.texts.iter().any(|t| params.contains(t.as_str())) {
            conn.execute(
                "UPDATE journal_action SET label_params = '{\"text\":\"…\"}' WHERE id = ?1",
                [id],
            )?;
        }
    }
    Ok(())
}

/// Per table, its foreign key columns and the table each points at.
type ForeignKeys = BTreeMap<String, Vec<(String, String)>>;

fn foreign_keys(conn: &Connection) -> Result<ForeignKeys> {
    let mut stmt = conn.prepare(
        "SELECT m.name, f.\"from\", f.\"table\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table'",
    )?;
    let mut keys = ForeignKeys::new();
    for row in stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?)))? {
        let (table, column, target) = row?;
        keys.entry(table).or_default().push((column, target));
    }
    Ok(keys)
}

fn has_column(conn: &Connection, table: &str, column: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2",
            [table, column],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Whether one journal entry (`{table, row_id, before, after}`) mentions the forgotten data.
fn mentions(entry: &Value, traces: &Traces, gone: &BTreeSet<(String, i64)>, keys: &ForeignKeys) -> bool {
    let table = entry["table"].as_str().unwrap_or_default();
    let Some(row_id) = entry["row_id"].as_i64() else {
        return true; // not an entry this version wrote: assume the worst
    };
    if gone.contains(&(table.to_owned(), row_id)) {
        return true;
    }
    let images = [&entry["before"], &entry["after"]];
    let points_at_gone = |image: &Value| {
        keys.get(table).is_some_and(|columns| {
            columns.iter().any(|(column, target)| {
                image[column.as_str()]
                    .as_i64()
                    .is_some_and(|id| gone.contains(&(target.clone(), id)))
            })
        })
    };
    let own_profile =
        |image: &Value| table == Table::PersonProfile.as_str() && image["person_id"].as_i64() == Some(traces.person_id);
    let holds_text = |image: &Value| {
        image.as_object().is_some_and(|object| {
            object.values().any(|value| {
                value
                    .as_str()
                    .is_some_and(|text| traces.texts.iter().any(|t| text.contains(t.as_str())))
            })
        })
    };
    images
        .iter()
        .any(|image| points_at_gone(image) || own_profile(image) || holds_text(image))
}

/// Vacuums the free pages away and empties the WAL, so that the bytes of deleted rows are
/// no longer anywhere in the file or beside it. Outside any transaction.
pub fn scrub_file(conn: &Connection) -> Result<()> {
    conn.execute_batch("VACUUM")?;
    // In memory there is no WAL; the pragma then reports and does nothing.
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .map_err(Error::from)
}

/// Forgets what `traces` identifies in any workspace connection (a backup copy): live rows and
/// journal, in one transaction of its own. The caller then vacuums ([`scrub_file`]).
pub fn purge(conn: &Connection, traces: &Traces) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    purge_in(&tx, traces)?;
    Ok(tx.commit()?)
}
