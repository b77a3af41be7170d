//! Bounded fuzzing of opening a workspace file: random bytes, and a real workspace (with and
//! without a pending `-wal`) damaged by flipped bytes, cuts and overwritten headers. Opening
//! returns a typed refusal that leaves the file and its `-wal` byte for byte as they were, or a
//! workspace that passes `integrity_check` and reads; it never panics.
//!
//! Runs [`cases`] inputs per shape from a fixed seed (`SYMBIO_FUZZ_CASES` and `SYMBIO_FUZZ_SEED`
//! for a longer or another run) and prints how many opens it made.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use symbio::{Db, ErrorKind};

/// Inputs tried per shape: a few seconds in the regular suite.
pub fn cases() -> u32 {
    std::env::var("SYMBIO_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64)
}

fn wal(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// A saved sample workspace, and the same with changes pending in its `-wal`.
struct Seeds {
    saved: Vec<u8>,
    pending: (Vec<u8>, Vec<u8>),
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("seed.symbio");
        {
            let db = Db::open(&path).unwrap();
            db.ensure_sample().unwrap();
        }
        let saved = std::fs::read(&path).unwrap();
        // Changes committed into the -wal and not yet checkpointed, as a crash leaves them.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        conn.execute_batch("UPDATE person SET title = title || ' (acting)'; DELETE FROM key_date;")
            .unwrap();
        let pending = (std::fs::read(&path).unwrap(), std::fs::read(wal(&path)).unwrap());
        drop(conn);
        Seeds { saved, pending }
    })
}

/// Damage: bytes overwritten at places, then maybe cut short or extended.
#[derive(Debug, Clone)]
struct Damage {
    flips: Vec<(usize, u8)>,
    /// Overwrites within the first 100 bytes (SQLite's header) or the first page.
    header: Vec<(usize, u8)>,
    cut: Option<usize>,
    extra: Vec<u8>,
}

fn damage() -> impl Strategy<Value = Damage> {
    (
        proptest::collection::vec((any::<usize>(), any::<u8>()), 0..6),
        proptest::collection::vec((0..4096usize, any::<u8>()), 0..3),
        proptest::option::weighted(0.3, any::<usize>()),
        proptest::collection::vec(any::<u8>(), 0..64),
    )
        .prop_map(|(flips, header, cut, extra)| Damage {
            flips,
            header,
            cut,
            extra,
        })
}

fn damaged(bytes: &[u8], d: &Damage) -> Vec<u8> {
    let mut out = bytes.to_vec();
    if out.is_empty() {
        return d.extra.clone();
    }
    for &(at, value) in d.flips.iter().chain(&d.header) {
        let len = out.len();
        out[at % len] = value;
    }
    if let Some(cut) = d.cut {
        out.truncate(cut % (out.len() + 1));
    }
    if d.cut.is_none() && d.extra.len() % 2 == 1 {
        out.extend_from_slice(&d.extra);
    }
    out
}

/// Writes the file (and its -wal), opens it, and checks the outcome.
fn try_open(file: &[u8], wal_bytes: Option<&[u8]>) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzzed.symbio");
    std::fs::write(&path, file).unwrap();
    if let Some(w) = wal_bytes {
        std::fs::write(wal(&path), w).unwrap();
    }
    match Db::open(&path) {
        Err(error) => {
            prop_assert!(
                !matches!(error.kind(), ErrorKind::Invalid | ErrorKind::NotFound),
                "a refusal of a file is not an input or lookup error: {error}"
            );
            prop_assert!(error.to_string().len() < 2_000, "a short message: {error}");
            prop_assert!(
                std::fs::read(&path).unwrap() == file,
                "a refused file is left untouched"
            );
            let mut now = std::fs::read(wal(&path)).ok();
            if wal_bytes.is_none() && now.as_ref().is_some_and(Vec::is_empty) {
                // Known: the read-only inspection of a file in WAL mode leaves an empty -wal
                // (and -shm) beside it when there was none; the file itself is untouched.
                now = None;
            }
            prop_assert!(
                now.as_deref() == wal_bytes,
                "a refused file's -wal is left untouched ({error}; -wal before {:?} bytes, after {:?})",
                wal_bytes.map(<[u8]>::len),
                now.as_ref().map(Vec::len)
            );
        }
        Ok(db) => {
            db.list_accounts()
                .map_err(|e| TestCaseError::fail(format!("accepted but unreadable: {e}")))?;
            db.undo_state()
                .map_err(|e| TestCaseError::fail(format!("accepted, no undo state: {e}")))?;
            drop(db);
            let conn = rusqlite::Connection::open(&path).unwrap();
            let check: String = conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0)).unwrap();
            prop_assert_eq!(check, "ok", "an accepted workspace is healthy");
        }
    }
    Ok(())
}

/// Runs `test` on [`cases`] inputs of `strategy`; returns how many inputs it ran.
pub fn run<S: Strategy>(strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) -> usize {
    run_with(strategy, true, test)
}

/// [`run`], shrinking a failure only when `shrink` (a test whose failure leaves state behind
/// must report its first failing input, not a shrunk one that fails because of that state).
pub fn run_with<S: Strategy>(strategy: S, shrink: bool, test: impl Fn(S::Value) -> Result<(), TestCaseError>) -> usize {
    let ran = AtomicUsize::new(0);
    let config = Config {
        cases: cases(),
        failure_persistence: None,
        max_shrink_iters: if shrink { Config::default().max_shrink_iters } else { 0 },
        ..Config::default()
    };
    // The same inputs on every run of the suite (SYMBIO_FUZZ_SEED picks others).
    let seed: u64 = std::env::var("SYMBIO_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(13);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let counted = |value| {
        ran.fetch_add(1, Ordering::Relaxed);
        test(value)
    };
    if let Err(e) = runner.run(&strategy, counted) {
        panic!("{e}");
    }
    ran.load(Ordering::Relaxed)
}

#[test]
fn opening_random_bytes_is_refused_untouched() {
    let mut ran = run(proptest::collection::vec(any::<u8>(), 0..9000), |bytes| {
        try_open(&bytes, None)
    });
    // A file that starts like SQLite and then is noise.
    ran += run(proptest::collection::vec(any::<u8>(), 0..5000), |tail| {
        let mut bytes = b"SQLite format 3\0".to_vec();
        bytes.extend(tail);
        try_open(&bytes, None)
    });
    println!("fuzz: {ran} opens of random bytes");
}

#[test]
fn opening_a_damaged_workspace_is_refused_untouched_or_healthy() {
    let ran = run(damage(), |d| try_open(&damaged(&seeds().saved, &d), None));
    println!("fuzz: {ran} opens of a damaged workspace");
}

#[test]
fn opening_a_workspace_with_a_damaged_pending_wal_is_refused_untouched_or_healthy() {
    let (file, wal_bytes) = &seeds().pending;
    let mut ran = run((damage(), any::<bool>()), |(d, both)| {
        let main = if both { damaged(file, &d) } else { file.clone() };
        try_open(&main, Some(&damaged(wal_bytes, &d)))
    });
    // A -wal of random bytes beside a sound file.
    ran += run(proptest::collection::vec(any::<u8>(), 0..5000), |noise| {
        try_open(file, Some(&noise))
    });
    println!("fuzz: {ran} opens of a workspace with a damaged -wal");
}
