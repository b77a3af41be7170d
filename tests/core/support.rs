//! Shared fixtures: a workspace with one account and a few people.

use symbio::account::NewAccount;
use symbio::person::NewPerson;
use symbio::vocabulary::{Level, Side};
use symbio::Db;

pub struct Fixture {
    pub db: Db,
    pub account: i64,
}

pub fn fixture() -> Fixture {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    Fixture { db, account }
}

impl Fixture {
    pub fn contact(&self, name: &str, level: Level) -> i64 {
        self.db
            .create_person(person(Some(self.account), Side::Customer, name, level))
            .unwrap()
            .id
    }

    pub fn staff(&self, name: &str, level: Level) -> i64 {
        self.db.create_person(person(None, Side::Ours, name, level)).unwrap().id
    }
}

pub fn person(account_id: Option<i64>, side: Side, name: &str, level: Level) -> NewPerson {
    NewPerson::new(account_id, side, name, level)
}

/// A canonical dump of every domain table, to compare whole-workspace states.
pub fn dump(db_path: &std::path::Path) -> String {
    let conn = rusqlite::Connection::open(db_path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'journal_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY id")).unwrap();
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
