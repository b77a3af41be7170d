//! Opening is inspection first: a refused file (and its `-wal`) is left byte for byte as it
//! was, a truncated one is told as such, errors are short, and a damaged undo history is
//! reported while the data stays usable.

use std::fs;
use std::path::{Path, PathBuf};

use symbio::account::NewAccount;
use symbio::storage::latest_version;
use symbio::{Db, ErrorKind, Problem};

fn wal(path: &Path) -> PathBuf {
    path.with_file_name(format!("{}-wal", path.file_name().unwrap().to_string_lossy()))
}

/// A copy of a database taken while its writer still runs: `main` plus a `-wal` holding the
/// changes made by `change` (as a crash or a copy mid-session leaves them).
fn with_pending_wal(dir: &Path, setup: &str, change: &str) -> PathBuf {
    let live = dir.join("live.db");
    let conn = rusqlite::Connection::open(&live).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    conn.execute_batch(setup).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    conn.execute_batch(change).unwrap();
    let copy = dir.join("copy.symbio");
    fs::copy(&live, &copy).unwrap();
    fs::copy(wal(&live), wal(&copy)).unwrap();
    drop(conn);
    copy
}

fn bytes(path: &Path) -> (Vec<u8>, Vec<u8>) {
    (fs::read(path).unwrap(), fs::read(wal(path)).unwrap_or_default())
}

#[test]
fn a_newer_workspace_with_a_pending_wal_is_refused_without_merging_it() {
    let dir = tempfile::tempdir().unwrap();
    let setup = format!(
        "PRAGMA application_id = {}; PRAGMA user_version = {}; CREATE TABLE future (id INTEGER PRIMARY KEY);",
        symbio::storage::APPLICATION_ID,
        latest_version()
    );
    let change = format!(
        "PRAGMA user_version = {}; INSERT INTO future VALUES (1);",
        latest_version() + 1
    );
    let path = with_pending_wal(dir.path(), &setup, &change);
    let before = bytes(&path);
    assert!(!before.1.is_empty(), "the copy has a pending -wal");
    let error = Db::open(&path).err().expect("refused");
    assert_eq!(
        error.kind(),
        ErrorKind::TooNew,
        "the version in the -wal is the one read"
    );
    assert_eq!(bytes(&path), before, "neither the file nor its -wal changed");
}

#[test]
fn another_apps_database_with_a_pending_wal_is_refused_without_merging_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = with_pending_wal(
        dir.path(),
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);",
        "INSERT INTO notes VALUES (1, 'call Harbor Foods');",
    );
    let before = bytes(&path);
    let error = Db::open(&path).err().expect("refused");
    assert_eq!(error.kind(), ErrorKind::NotAWorkspace);
    assert_eq!(bytes(&path), before);
    assert!(
        !path.with_file_name("copy.symbio.lock").exists(),
        "refusing a file leaves no lock file beside it"
    );
}

#[test]
fn a_file_marked_as_a_workspace_without_a_version_is_refused_shortly_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", symbio::storage::APPLICATION_ID)
            .unwrap();
        conn.execute_batch("CREATE TABLE account (id INTEGER PRIMARY KEY);")
            .unwrap();
    }
    let before = fs::read(&path).unwrap();
    let error = Db::open(&path).err().expect("refused");
    assert_eq!(error.kind(), ErrorKind::Corrupt);
    assert!(error.to_string().len() < 200, "a short message: {error}");
    assert!(!error.to_string().contains("CREATE"), "no SQL text: {error}");
    assert_eq!(fs::read(&path).unwrap(), before, "not switched to WAL, not migrated");
    assert!(!wal(&path).exists());
}

fn saved_workspace(dir: &Path) -> (PathBuf, Vec<u8>) {
    let path = dir.join("w.symbio");
    {
        let db = Db::open(&path).unwrap();
        db.ensure_sample().unwrap();
    }
    let bytes = fs::read(&path).unwrap();
    assert!(!wal(&path).exists(), "closing checkpointed the -wal into the file");
    (path, bytes)
}

#[test]
fn a_workspace_cut_short_by_a_few_bytes_or_whole_pages_is_refused_as_truncated() {
    let dir = tempfile::tempdir().unwrap();
    let (path, full) = saved_workspace(dir.path());
    for cut in [3, 4096, 3 * 4096] {
        let short = &full[..full.len() - cut];
        fs::write(&path, short).unwrap();
        let error = Db::open(&path)
            .err()
            .unwrap_or_else(|| panic!("cut by {cut} bytes: refused"));
        assert_eq!(error.kind(), ErrorKind::Corrupt, "cut by {cut}");
        assert_eq!(
            error.to_problem(),
            Problem::Truncated {
                path: path.display().to_string()
            }
        );
        assert_eq!(fs::read(&path).unwrap(), short, "left untouched");
    }
    // The header alone, and less than a header.
    for keep in [100, 40] {
        fs::write(&path, &full[..keep]).unwrap();
        assert_eq!(
            Db::open(&path).err().map(|e| e.kind()),
            Some(ErrorKind::Corrupt),
            "{keep} bytes"
        );
    }
}

#[test]
fn a_damaged_undo_history_is_reported_and_the_data_stays_usable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        let db = Db::open(&path).unwrap();
        db.create_account(NewAccount::named("Harbor Foods")).unwrap();
        db.create_account(NewAccount::named("Northwind Dairy")).unwrap();
        assert!(!db.history_damaged());
    }
    {
        // The latest action's batch zeroed half-way, as a torn copy leaves it.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "UPDATE journal_batch SET entries = substr(entries, 1, 20) || zeroblob(8)
             WHERE action_id = (SELECT max(id) FROM journal_action)",
            [],
        )
        .unwrap();
    }
    let db = Db::open(&path).expect("the workspace still opens");
    assert!(db.history_damaged());
    assert_eq!(db.list_accounts().unwrap().len(), 2, "the data is intact");
    let error = db.undo().unwrap_err();
    assert_eq!(error.to_problem(), Problem::DamagedHistory);
    assert_eq!(db.list_accounts().unwrap().len(), 2, "a refused undo changed nothing");
    // New work is undone as usual.
    db.create_account(NewAccount::named("Lakeside Foods")).unwrap();
    db.undo().unwrap();
    assert_eq!(db.list_accounts().unwrap().len(), 2);
}

#[test]
fn a_journal_image_with_an_unsafe_column_name_counts_as_damage_and_is_never_replayed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        let db = Db::open(&path).unwrap();
        db.create_account(NewAccount::named("Harbor Foods")).unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            r#"UPDATE journal_batch SET entries =
               '[{"table":"account","row_id":1,"before":null,"after":{"id":1,"name = name; DROP TABLE person; --":"x"}}]'"#,
            [],
        )
        .unwrap();
    }
    let db = Db::open(&path).unwrap();
    assert!(db.history_damaged());
    assert_eq!(db.undo().unwrap_err().to_problem(), Problem::DamagedHistory);
    assert!(db.list_accounts().unwrap().len() == 1);
}

#[test]
fn storage_and_upgrade_errors_carry_sqlites_words_but_no_sql_text() {
    // A failing migration used to print its whole SQL (some 22 KB) into the message.
    let sql = "CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (name <> ''));\n".repeat(300);
    let failure = || {
        rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
            Some("CHECK constraint failed: name <> ''".into()),
        )
    };
    let upgrade = symbio::Error::Migration(rusqlite_migration::Error::RusqliteError {
        query: sql.clone(),
        err: failure(),
    });
    let storage = symbio::Error::Storage(rusqlite::Error::SqlInputError {
        error: rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ERROR),
        msg: "near \"FORM\": syntax error".into(),
        sql: sql.clone(),
        offset: 9,
    });
    for error in [upgrade, storage] {
        let text = error.to_string();
        assert!(text.len() < 200, "{} bytes: {text}", text.len());
        assert!(!text.contains("CREATE TABLE"), "{text}");
        assert_eq!(error.to_problem(), Problem::Storage);
    }
}
