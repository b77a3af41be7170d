//! Benchmarks of the account core against raw rusqlite doing the same work.
//!
//! - `map/*`: `Db::get_account_map` on a generated account of 1,000 people and 5,000 ties,
//!   against a raw read of the same rows (people, ties, latest attitude and influence, roles).
//!   Target: at most 2x the raw read.
//! - `people/*`: creating 100,000 people in one transaction through the core (validated,
//!   journaled) against raw prepared inserts. Target: at least half the raw throughput.
//! - `* encrypted`: the same core work on a workspace encrypted with SQLCipher (the cost of
//!   encryption at rest; the key derivation happens at opening, outside the timed part).
//! - `open/*`: opening a workspace, plain and encrypted (Argon2id key derivation included).

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use rusqlite::Connection;
use symbio::account::NewAccount;
use symbio::person::NewPerson;
use symbio::tie::NewTie;
use symbio::vocabulary::{Level, PersonalTie, Side, TieKind};
use symbio::Db;

const PASSPHRASE: &str = "benchmark passphrase";

/// A small deterministic generator (xorshift), so every run measures the same account.
struct Seq(u64);

impl Seq {
    fn next(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}

fn contact(account: i64, i: usize) -> NewPerson {
    NewPerson {
        account_id: Some(account),
        side: Side::Customer,
        name: format!("Contact {i}"),
        title: "Engineer".into(),
        org_unit_id: None,
        level: Level::ALL[i % 4],
        email: String::new(),
        phone: String::new(),
        employer_id: None,
    }
}

fn tie(from: i64, to: i64, kind: TieKind, strength: i64) -> NewTie {
    NewTie {
        from_person_id: from,
        to_person_id: to,
        kind,
        personal_kind: (kind == TieKind::Personal).then_some(PersonalTie::FormerColleague),
        coverage_role: None,
        hidden: false,
        strength: Some(strength),
        note: String::new(),
    }
}

/// 1,000 people: a reporting tree (999 ties) plus 4,001 influence and personal ties.
fn generated_account(db: &Db) -> i64 {
    let account = db.create_account(NewAccount::named("Generated")).unwrap().id;
    let inputs: Vec<NewPerson> = (0..1000).map(|i| contact(account, i)).collect();
    let ids = db.create_people(&inputs).unwrap();
    let mut seq = Seq(0x5EED);
    let mut ties: Vec<NewTie> = (1..ids.len())
        .map(|i| tie(ids[i], ids[(i - 1) / 4], TieKind::ReportsTo, 3))
        .collect();
    let mut seen = std::collections::HashSet::new();
    while ties.len() < 5000 {
        let (a, b) = (seq.next(ids.len()), seq.next(ids.len()));
        let kind = if seq.next(2) == 0 {
            TieKind::Influences
        } else {
            TieKind::Personal
        };
        if a != b && seen.insert((a, b, kind)) {
            ties.push(tie(ids[a], ids[b], kind, 1 + seq.next(5) as i64));
        }
    }
    db.create_ties(&ties).unwrap();
    for (i, id) in ids.iter().enumerate() {
        let value = (i % 7) as i64 - 3;
        let input = symbio::assessment::NewAssessment {
            person_id: *id,
            value,
            observed_on: None,
            evidence: "Quarterly review".into(),
        };
        db.assess(symbio::assessment::Scale::Attitude, input).unwrap();
    }
    account
}

/// The same rows `get_account_map` returns, read with plain queries.
fn raw_map(conn: &Connection, account: i64) -> usize {
    let mut rows = 0;
    let mut people = conn
        .prepare_cached("SELECT id, name, title, side, level, org_unit_id, status FROM person WHERE account_id = ?1")
        .unwrap();
    let mut q = people.query([account]).unwrap();
    while let Some(row) = q.next().unwrap() {
        let _: (i64, String, String, String, String, Option<i64>, String) = (
            row.get(0).unwrap(),
            row.get(1).unwrap(),
            row.get(2).unwrap(),
            row.get(3).unwrap(),
            row.get(4).unwrap(),
            row.get(5).unwrap(),
            row.get(6).unwrap(),
        );
        rows += 1;
    }
    let mut ties = conn
        .prepare_cached(
            "SELECT t.id, t.from_person_id, t.to_person_id, t.kind, t.personal_kind, t.coverage_role, t.hidden, t.strength, t.note
             FROM tie t JOIN person p ON p.id = t.from_person_id WHERE p.account_id = ?1",
        )
        .unwrap();
    let mut q = ties.query([account]).unwrap();
    while let Some(row) = q.next().unwrap() {
        let _: (i64, i64, i64, String, Option<String>, Option<String>, bool, i64, String) = (
            row.get(0).unwrap(),
            row.get(1).unwrap(),
            row.get(2).unwrap(),
            row.get(3).unwrap(),
            row.get(4).unwrap(),
            row.get(5).unwrap(),
            row.get(6).unwrap(),
            row.get(7).unwrap(),
            row.get(8).unwrap(),
        );
        rows += 1;
    }
    for table in ["attitude_event", "influence_event"] {
        let mut stmt = conn
            .prepare_cached(&format!(
                "SELECT person_id, value FROM (SELECT e.person_id, e.value, row_number() OVER
                 (PARTITION BY e.person_id ORDER BY e.observed_on DESC, e.id DESC) n
                 FROM {table} e JOIN person p ON p.id = e.person_id WHERE p.account_id = ?1) WHERE n = 1"
            ))
            .unwrap();
        let mut q = stmt.query([account]).unwrap();
        while let Some(row) = q.next().unwrap() {
            let _: (i64, i64) = (row.get(0).unwrap(), row.get(1).unwrap());
            rows += 1;
        }
    }
    let mut roles = conn
        .prepare_cached("SELECT r.person_id, r.role FROM decision_role r JOIN person p ON p.id = r.person_id WHERE p.account_id = ?1")
        .unwrap();
    let mut q = roles.query([account]).unwrap();
    while let Some(row) = q.next().unwrap() {
        let _: (i64, String) = (row.get(0).unwrap(), row.get(1).unwrap());
        rows += 1;
    }
    rows
}

fn map(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.symbio");
    let db = Db::open(&path).unwrap();
    let account = generated_account(&db);
    let raw = Connection::open(&path).unwrap();
    assert_eq!(db.get_account_map(account).unwrap().people.len(), 1000);
    let mut group = c.benchmark_group("map");
    group.bench_function("get_account_map 1000 people 5000 ties", |b| {
        b.iter(|| db.get_account_map(account).unwrap())
    });
    group.bench_function("raw read of the same rows", |b| b.iter(|| raw_map(&raw, account)));
    let encrypted = Db::open(&dir.path().join("encrypted.symbio")).unwrap();
    let encrypted_account = generated_account(&encrypted);
    encrypted.encrypt(PASSPHRASE).unwrap();
    group.bench_function("get_account_map 1000 people 5000 ties encrypted", |b| {
        b.iter(|| encrypted.get_account_map(encrypted_account).unwrap())
    });
    group.finish();
}

fn people(c: &mut Criterion) {
    const N: usize = 100_000;
    let mut group = c.benchmark_group("people");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .throughput(Throughput::Elements(N as u64));
    group.bench_function("core create_people 100k", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let db = Db::open(&dir.path().join("p.symbio")).unwrap();
                let account = db.create_account(NewAccount::named("Bulk")).unwrap().id;
                let inputs: Vec<NewPerson> = (0..N).map(|i| contact(account, i)).collect();
                (dir, db, inputs)
            },
            |(dir, db, inputs)| {
                db.create_people(&inputs).unwrap();
                (dir, db)
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("core create_people 100k encrypted", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let db = Db::open(&dir.path().join("p.symbio")).unwrap();
                let account = db.create_account(NewAccount::named("Bulk")).unwrap().id;
                db.encrypt(PASSPHRASE).unwrap();
                let inputs: Vec<NewPerson> = (0..N).map(|i| contact(account, i)).collect();
                (dir, db, inputs)
            },
            |(dir, db, inputs)| {
                db.create_people(&inputs).unwrap();
                (dir, db)
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("raw prepared inserts 100k", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let db = Db::open(&dir.path().join("p.symbio")).unwrap();
                let account = db.create_account(NewAccount::named("Bulk")).unwrap().id;
                drop(db);
                let conn = Connection::open(dir.path().join("p.symbio")).unwrap();
                conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
                conn.pragma_update(None, "foreign_keys", true).unwrap();
                (dir, conn, account)
            },
            |(dir, mut conn, account)| {
                let tx = conn.transaction().unwrap();
                {
                    let mut insert = tx
                        .prepare("INSERT INTO person (account_id, side, name, title, level) VALUES (?1, 'customer', ?2, 'Engineer', ?3)")
                        .unwrap();
                    for i in 0..N {
                        insert.execute(rusqlite::params![account, format!("Contact {i}"), Level::ALL[i % 4]]).unwrap();
                    }
                }
                tx.commit().unwrap();
                (dir, conn)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// Opening a workspace: plain, and encrypted (the Argon2id key derivation, then the same checks).
fn open(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.symbio");
    let encrypted = dir.path().join("encrypted.symbio");
    drop(Db::open(&plain).unwrap());
    Db::open(&encrypted).unwrap().encrypt(PASSPHRASE).unwrap();
    let mut group = c.benchmark_group("open");
    group.sample_size(10);
    group.bench_function("open plain", |b| b.iter(|| Db::open(&plain).unwrap()));
    group.bench_function("open encrypted", |b| {
        b.iter(|| Db::open_with_passphrase(&encrypted, PASSPHRASE).unwrap())
    });
    group.finish();
}

criterion_group!(benches, map, people, open);
criterion_main!(benches);
