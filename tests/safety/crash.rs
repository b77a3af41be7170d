//! The kill -9 trial: a writer process is killed at a random moment, the workspace is reopened
//! and must be healthy (`integrity_check`, `foreign_key_check`) with every write the writer saw
//! acknowledged still there, and every acknowledged deletion or undo still in effect.
//!
//! The writer is this test binary run again with [`WRITER`] set: [`writer_process`] then does
//! real [`Db`] writes (single people, batches, ties, deletions, undos) and prints one line per
//! acknowledged write. Some trials kill it while it migrates an old-version workspace, whose
//! rows must all survive, migrated or not. `cargo xtask crash-trials N` runs N trials (the
//! regular suite runs [`DEFAULT_TRIALS`]); `SYMBIO_CRASH_SEED` replays a run's kill moments.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use symbio::account::NewAccount;
use symbio::tie::NewTie;
use symbio::vocabulary::{Level, PersonalTie, Side, TieKind};
use symbio::Db;

use symbio::person::NewPerson;

/// Set in the writer process: the workspace it writes to.
const WRITER: &str = "SYMBIO_CRASH_WRITER";
/// Set in the writer process: a tag that makes its names unique across trials.
const TAG: &str = "SYMBIO_CRASH_TAG";
const TRIALS: &str = "SYMBIO_CRASH_TRIALS";
const SEED: &str = "SYMBIO_CRASH_SEED";
const DEFAULT_TRIALS: usize = 20;
/// One trial in this many kills a writer that is migrating an old-version workspace.
const MIGRATION_EVERY: usize = 5;
/// Rows of the old-version workspace, so that its migration takes a while.
const OLD_ACCOUNTS: usize = 300;
const ACCOUNT: &str = "Crash Trial Foods";

/// The writer's body; does nothing in a normal test run.
#[test]
fn writer_process() {
    let Some(path) = std::env::var_os(WRITER) else { return };
    let tag = std::env::var(TAG).unwrap_or_default();
    let mut out = std::io::stdout().lock();
    let mut ack = |line: String| {
        // A line is written only after the write returned Ok: it is an acknowledgement.
        writeln!(out, "{line}").unwrap();
        out.flush().unwrap();
    };
    ack("opening".into());
    let db = Db::open(Path::new(&path)).unwrap();
    let account = match db.accounts_named(ACCOUNT, None).unwrap().first() {
        Some(a) => a.id,
        None => db.create_account(NewAccount::named(ACCOUNT)).unwrap().id,
    };
    ack("ready".into());
    let mut mine: Vec<(i64, String)> = Vec::new();
    let add = |name: &str| NewPerson::new(Some(account), Side::Customer, name, Level::Manager);
    for i in 0.. {
        match i % 8 {
            0..=2 => {
                let name = format!("p{tag}-{i}");
                let id = db.create_person(add(&name)).unwrap().id;
                ack(format!("created {name}"));
                mine.push((id, name));
            }
            3 => {
                // A larger transaction, so that some kills land inside one.
                let size = if i % 24 == 3 { 120 } else { 12 };
                let names: Vec<String> = (0..size).map(|k| format!("b{tag}-{i}-{k}")).collect();
                let ids = db
                    .create_people(&names.iter().map(|n| add(n)).collect::<Vec<_>>())
                    .unwrap();
                for (id, name) in ids.into_iter().zip(names) {
                    ack(format!("created {name}"));
                    mine.push((id, name));
                }
            }
            4 if mine.len() >= 2 => {
                let (a, b) = (&mine[mine.len() - 1], &mine[mine.len() / 2]);
                db.create_tie(NewTie {
                    from_person_id: a.0,
                    to_person_id: b.0,
                    kind: TieKind::Personal,
                    personal_kind: Some(PersonalTie::Friend),
                    coverage_role: None,
                    hidden: false,
                    strength: Some(3),
                    note: format!("t{tag}-{i}"),
                })
                .unwrap();
                ack(format!("tied t{tag}-{i} {} {}", a.1, b.1));
            }
            5 if mine.len() > 4 => {
                let (id, name) = mine.remove(mine.len() / 3);
                ack(format!("deleting {name}"));
                db.delete_person(id).unwrap();
                ack(format!("gone {name}"));
            }
            6 => {
                let name = format!("u{tag}-{i}");
                db.create_person(add(&name)).unwrap();
                ack(format!("deleting {name}"));
                db.undo().unwrap();
                ack(format!("gone {name}"));
            }
            _ => {
                let name = format!("q{tag}-{i}");
                let id = db.create_person(add(&name)).unwrap().id;
                ack(format!("created {name}"));
                mine.push((id, name));
            }
        }
    }
}

/// What the writers acknowledged, over all the trials on one workspace file.
#[derive(Default)]
struct Acknowledged {
    present: BTreeSet<String>,
    gone: BTreeSet<String>,
    /// A tie's note and the names of its two people (it goes when one of them goes).
    ties: BTreeMap<String, [String; 2]>,
    /// Names whose deletion was under way when the writer died: either state is right.
    uncertain: BTreeSet<String>,
    writes: usize,
}

impl Acknowledged {
    fn take(&mut self, line: &str) {
        let Some((what, name)) = line.split_once(' ') else {
            return;
        };
        let name = name.to_owned();
        match what {
            "created" => {
                self.present.insert(name);
            }
            "tied" => {
                let parts: Vec<&str> = name.split(' ').collect();
                let &[note, a, b] = parts.as_slice() else { return };
                self.ties.insert(note.to_owned(), [a.to_owned(), b.to_owned()]);
            }
            "deleting" => {
                self.present.remove(&name);
                self.uncertain.insert(name);
                return;
            }
            "gone" => {
                self.uncertain.remove(&name);
                self.gone.insert(name);
            }
            _ => return,
        }
        self.writes += 1;
    }
}

/// A small deterministic generator (xorshift), seeded per run and printed for replay.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn spawn_writer(path: &Path, tag: &str) -> (Child, Receiver<String>) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crash::writer_process",
            "--nocapture",
            "--test-threads=1",
            "-q",
        ])
        .env(WRITER, path)
        .env(TAG, tag)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    (child, receive)
}

/// Waits for the writer to say `word`; returns the lines seen until then.
fn wait_for(lines: &Receiver<String>, word: &str) -> Vec<String> {
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while let Ok(line) = lines.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        let done = line == word;
        seen.push(line);
        if done {
            return seen;
        }
    }
    panic!("the writer never said {word:?} (it said {seen:?})");
}

fn strings(conn: &rusqlite::Connection, sql: &str) -> BTreeSet<String> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Reopens the workspace as the app does, then checks its health and the acknowledged writes.
fn check(path: &Path, acked: &Acknowledged, old_accounts: usize, trial: usize) {
    let db = Db::open(path).unwrap_or_else(|e| panic!("trial {trial}: the workspace does not reopen: {e}"));
    db.undo_state().unwrap();
    db.journal(20).unwrap();
    let conn = rusqlite::Connection::open(path).unwrap();
    let integrity = strings(&conn, "PRAGMA integrity_check");
    assert_eq!(integrity, BTreeSet::from(["ok".to_owned()]), "trial {trial}");
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(dangling, 0, "trial {trial}: rows point at missing rows");
    let people = strings(&conn, "SELECT name FROM person");
    let lost: Vec<_> = acked.present.difference(&people).collect();
    assert!(lost.is_empty(), "trial {trial}: acknowledged people lost: {lost:?}");
    let back: Vec<_> = acked.gone.intersection(&people).collect();
    assert!(
        back.is_empty(),
        "trial {trial}: acknowledged deletions undone: {back:?}"
    );
    let notes = strings(&conn, "SELECT note FROM tie");
    let ties: Vec<_> = acked
        .ties
        .iter()
        .filter(|(note, ends)| ends.iter().all(|e| acked.present.contains(e)) && !notes.contains(*note))
        .collect();
    assert!(ties.is_empty(), "trial {trial}: acknowledged ties lost: {ties:?}");
    let old: i64 = conn
        .query_row(
            "SELECT count(*) FROM account WHERE name LIKE 'Old Account %'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        old as usize, old_accounts,
        "trial {trial}: rows of the old workspace lost"
    );
}

/// A workspace of schema version 1 holding [`OLD_ACCOUNTS`] accounts, as an old Symbio left it.
fn old_workspace(path: &Path) {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    symbio::storage::MIGRATIONS.to_version(&mut conn, 1).unwrap();
    let tx = conn.transaction().unwrap();
    for i in 0..OLD_ACCOUNTS {
        tx.execute(
            "INSERT INTO account (name, created_at) VALUES (?1, '2025-01-01')",
            [format!("Old Account {i}")],
        )
        .unwrap();
    }
    tx.commit().unwrap();
}

/// How long a writer takes to open (back up and migrate) the old workspace, as the parent sees
/// it, to aim the kills of the migration trials inside that span.
fn migration_time(dir: &Path) -> Duration {
    let path = dir.join("timing.symbio");
    old_workspace(&path);
    let (mut child, lines) = spawn_writer(&path, "timing");
    wait_for(&lines, "opening");
    let began = Instant::now();
    wait_for(&lines, "ready");
    let took = began.elapsed();
    child.kill().unwrap();
    child.wait().unwrap();
    took
}

/// What a run of trials saw.
#[derive(Default)]
struct Tally {
    /// Acknowledged writes checked after the kills.
    writes: usize,
    migrations: usize,
    /// Migration trials whose writer died before it had opened the workspace.
    killed_opening: usize,
    /// ... of which the file was left at its old version (the kill hit before the migration committed).
    left_old: usize,
}

fn user_version(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
}

/// Runs `trials` kill -9 trials.
fn run_trials(trials: usize, seed: u64) -> Tally {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(seed | 1);
    let migrating_for = migration_time(dir.path());
    let steady = dir.path().join("steady.symbio");
    let mut acked = Acknowledged::default();
    let mut tally = Tally::default();
    for trial in 0..trials {
        let migration = trial % MIGRATION_EVERY == MIGRATION_EVERY - 1;
        let path: PathBuf = if migration {
            let path = dir.path().join(format!("old-{trial}.symbio"));
            old_workspace(&path);
            path
        } else {
            steady.clone()
        };
        let mut fresh = Acknowledged::default();
        let acks = if migration { &mut fresh } else { &mut acked };
        let (mut child, lines) = spawn_writer(&path, &trial.to_string());
        let early = rng.below(10) == 0;
        let wait = if migration {
            // From the writer's first word to a moment before, in or just after the migration.
            wait_for(&lines, "opening");
            let span = migrating_for.as_micros() as u64 * 2 + 1;
            Duration::from_micros(rng.below(span))
        } else if early {
            // While it opens the workspace.
            Duration::from_micros(rng.below(30_000))
        } else {
            wait_for(&lines, "ready").iter().for_each(|l| acks.take(l));
            Duration::from_micros(rng.below(400_000))
        };
        std::thread::sleep(wait);
        child.kill().unwrap();
        child.wait().unwrap();
        let mut opened = false;
        for line in lines.iter() {
            opened |= line == "ready";
            acks.take(&line);
        }
        if migration {
            tally.migrations += 1;
            if !opened {
                tally.killed_opening += 1;
                tally.left_old += usize::from(user_version(&path) == 1);
            }
        }
        check(&path, acks, if migration { OLD_ACCOUNTS } else { 0 }, trial);
        tally.writes += fresh.writes;
    }
    tally.writes += acked.writes;
    tally
}

#[test]
fn kill_nine_trials() {
    let trials = std::env::var(TRIALS)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_TRIALS);
    let seed = std::env::var(SEED)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(7, |d| d.as_nanos() as u64)
        });
    println!("kill -9 trials: {trials}, seed {seed}");
    let began = Instant::now();
    let tally = run_trials(trials, seed);
    println!(
        "kill -9 trials: {trials} passed in {:.1} s, {} acknowledged writes checked; {} trials on an \
         old-version workspace, {} killed while opening it ({} before its migration committed); seed {seed}",
        began.elapsed().as_secs_f64(),
        tally.writes,
        tally.migrations,
        tally.killed_opening,
        tally.left_old,
    );
}
