//! A workspace file with the sample in it, and a dump of every table (the journal included) to
//! prove that a refused write changed nothing.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use symbio::{Db, Error, ErrorKind, Problem};

pub struct Workspace {
    pub db: Db,
    pub path: PathBuf,
    pub account: i64,
    _dir: tempfile::TempDir,
}

/// A workspace file holding the realistic sample account.
pub fn sample() -> Workspace {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let db = Db::open(&path).unwrap();
    db.ensure_sample().unwrap();
    let account = db.list_accounts().unwrap()[0].id;
    Workspace {
        db,
        path,
        account,
        _dir: dir,
    }
}

impl Workspace {
    pub fn dump(&self) -> String {
        dump(&self.path)
    }

    /// The dump without the journal: what one undo must restore exactly.
    pub fn data(&self) -> String {
        let mut keep = true;
        let lines = self
            .dump()
            .lines()
            .filter(|l| {
                if let Some(table) = l.strip_prefix("# ") {
                    keep = !table.starts_with("journal_");
                }
                keep
            })
            .map(|l| format!("{l}\n"))
            .collect();
        lines
    }

    /// Ids of `table`, in order.
    pub fn ids(&self, sql: &str) -> Vec<i64> {
        let conn = rusqlite::Connection::open(&self.path).unwrap();
        let mut stmt = conn.prepare(sql).unwrap();
        let ids = stmt.query_map([], |r| r.get(0)).unwrap();
        ids.collect::<Result<_, _>>().unwrap()
    }

    pub fn id(&self, sql: &str) -> i64 {
        *self.ids(sql).first().unwrap_or_else(|| panic!("no row: {sql}"))
    }
}

/// Every row of every table of the workspace file (journal and sequences included), in order.
pub fn dump(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1")).unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |row| {
                let values: Vec<String> = (0..columns)
                    .map(|i| format!("{:?}", row.get::<_, rusqlite::types::Value>(i).unwrap()))
                    .collect();
                Ok(values.join("|"))
            })
            .unwrap();
        out.push_str(&format!("# {table}\n"));
        for row in rows {
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}

/// An input built from JSON, as the shell receives it.
pub fn input<T: DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).unwrap()
}

/// The problem of a refused input, or a panic naming what came back instead.
pub fn refusal<T: std::fmt::Debug>(result: Result<T, Error>) -> Problem {
    match result {
        Err(Error::Invalid { problem, .. }) => problem,
        other => panic!("expected a refused input, got {}", short(&other)),
    }
}

pub fn kind<T: std::fmt::Debug>(result: Result<T, Error>) -> ErrorKind {
    match result {
        Err(e) => e.kind(),
        Ok(v) => panic!("expected an error, got {}", short(&v)),
    }
}

/// A value's debug form cut short (a refused megabyte would flood the report).
pub fn short(value: &impl std::fmt::Debug) -> String {
    let text = format!("{value:?}");
    match text.char_indices().nth(300) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}
