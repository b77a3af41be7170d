//! Encryption at rest on real files: what the file holds, what opens it, and that every refusal
//! leaves the file exactly as it was.

use std::fs;
use std::path::{Path, PathBuf};

use symbio::account::NewAccount;
use symbio::storage::cipher::is_encrypted_file;
use symbio::{Db, ErrorKind, Problem};

const PASSPHRASE: &str = "harbour lights at dawn";
const ACCOUNT: &str = "Ningbo Cold Chain Logistics";

/// A workspace with one named account, encrypted with [`PASSPHRASE`] and closed.
fn encrypted_workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let db = Db::open(&path).unwrap();
    db.create_account(NewAccount::named(ACCOUNT)).unwrap();
    db.encrypt(PASSPHRASE).unwrap();
    assert!(db.is_encrypted());
    (dir, path)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The file and its WAL, byte for byte (a refusal must leave both as they were).
fn snapshot(path: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    (fs::read(path).unwrap(), fs::read(PathBuf::from(wal)).ok())
}

fn account_names(db: &Db) -> Vec<String> {
    db.list_accounts().unwrap().into_iter().map(|a| a.name).collect()
}

#[test]
fn an_encrypted_workspace_holds_no_readable_text_and_waits_for_its_passphrase() {
    let (_dir, path) = encrypted_workspace();
    let bytes = fs::read(&path).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3"), "no plain SQLite header");
    assert!(
        !contains(&bytes, ACCOUNT.as_bytes()),
        "the account name is not in the file"
    );
    assert!(is_encrypted_file(&path).unwrap());

    let before = snapshot(&path);
    let error = Db::open(&path).err().expect("no passphrase, no opening");
    assert_eq!(error.kind(), ErrorKind::Encrypted);
    assert_eq!(
        error.to_problem(),
        Problem::Encrypted {
            path: path.display().to_string()
        }
    );
    assert_eq!(snapshot(&path), before, "detected before anything was written");

    let error = Db::open_with_passphrase(&path, "harbour lights at dusk")
        .err()
        .expect("wrong passphrase");
    assert_eq!(error.kind(), ErrorKind::WrongPassphrase);
    assert_eq!(error.to_problem(), Problem::WrongPassphrase);
    assert_eq!(snapshot(&path), before, "a wrong passphrase changes nothing");

    let db = Db::open_with_passphrase(&path, PASSPHRASE).unwrap();
    assert!(db.is_encrypted());
    assert_eq!(account_names(&db), [ACCOUNT]);
    // The undo history came along: the account's creation is still undoable, and edits go on.
    db.undo().unwrap();
    assert!(account_names(&db).is_empty());
    db.redo().unwrap();
    db.create_account(NewAccount::named("Harbour Foods")).unwrap();
    drop(db);
    let db = Db::open_with_passphrase(&path, PASSPHRASE).unwrap();
    assert_eq!(account_names(&db).len(), 2);
}

#[test]
fn the_schema_version_and_workspace_mark_survive_encryption() {
    let (_dir, path) = encrypted_workspace();
    let db = Db::open_with_passphrase(&path, PASSPHRASE).unwrap();
    db.decrypt(PASSPHRASE).unwrap();
    drop(db);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (app, version): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(app, symbio::storage::APPLICATION_ID);
    assert_eq!(version, symbio::storage::latest_version());
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let fk: Option<String> = conn.query_row("PRAGMA foreign_key_check", [], |r| r.get(0)).ok();
    assert_eq!(fk, None, "no dangling reference after the round trip");
}

#[test]
fn changing_the_passphrase_needs_the_current_one_and_then_only_the_new_one_opens() {
    let (_dir, path) = encrypted_workspace();
    let db = Db::open_with_passphrase(&path, PASSPHRASE).unwrap();
    let before = snapshot(&path);
    let error = db
        .change_passphrase("not the passphrase", "a brand new passphrase")
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::WrongPassphrase);
    assert_eq!(snapshot(&path), before);

    let error = db.change_passphrase(PASSPHRASE, "short").unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Invalid);
    assert_eq!(error.field(), Some("passphrase"));
    assert_eq!(error.to_problem(), Problem::TooShort { min: 8 });
    assert_eq!(snapshot(&path), before);

    db.change_passphrase(PASSPHRASE, "一个全新的密码短语").unwrap();
    assert_eq!(account_names(&db), [ACCOUNT], "the open workspace goes on");
    drop(db);
    assert_eq!(
        Db::open_with_passphrase(&path, PASSPHRASE).err().unwrap().kind(),
        ErrorKind::WrongPassphrase
    );
    let db = Db::open_with_passphrase(&path, "一个全新的密码短语").unwrap();
    assert_eq!(account_names(&db), [ACCOUNT]);
}

#[test]
fn turning_encryption_off_needs_the_passphrase_and_leaves_a_plain_workspace() {
    let (_dir, path) = encrypted_workspace();
    let db = Db::open_with_passphrase(&path, PASSPHRASE).unwrap();
    assert_eq!(
        db.decrypt("guess guess guess").unwrap_err().kind(),
        ErrorKind::WrongPassphrase
    );
    assert!(db.is_encrypted());
    db.decrypt(PASSPHRASE).unwrap();
    assert!(!db.is_encrypted());
    db.create_account(NewAccount::named("Harbour Foods")).unwrap();
    drop(db);
    assert!(fs::read(&path).unwrap().starts_with(b"SQLite format 3\0"));
    assert_eq!(account_names(&Db::open(&path).unwrap()).len(), 2);
}

#[test]
fn a_short_passphrase_is_refused_and_the_workspace_stays_plain() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let db = Db::open(&path).unwrap();
    db.create_account(NewAccount::named(ACCOUNT)).unwrap();
    for (passphrase, problem) in [
        ("", Problem::Empty),
        ("   ", Problem::Empty),
        ("seven77", Problem::TooShort { min: 8 }),
    ] {
        let error = db.encrypt(passphrase).unwrap_err();
        assert_eq!((error.field(), error.to_problem()), (Some("passphrase"), problem));
    }
    assert!(!db.is_encrypted());
    drop(db);
    assert!(!is_encrypted_file(&path).unwrap());
}

#[test]
fn a_failed_rewrite_leaves_the_workspace_as_it_was_and_usable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let db = Db::open(&path).unwrap();
    db.create_account(NewAccount::named(ACCOUNT)).unwrap();
    // The temporary copy cannot be created: a folder stands where it would go.
    fs::create_dir(dir.path().join("w.symbio.rekeying")).unwrap();
    assert_eq!(db.encrypt(PASSPHRASE).unwrap_err().kind(), ErrorKind::Io);
    assert!(!db.is_encrypted());
    db.create_account(NewAccount::named("Harbour Foods")).unwrap();
    drop(db);
    assert!(!is_encrypted_file(&path).unwrap());
    assert_eq!(account_names(&Db::open(&path).unwrap()).len(), 2);
}

#[test]
fn a_saved_copy_of_an_encrypted_workspace_is_encrypted_with_the_same_passphrase() {
    let (dir, path) = encrypted_workspace();
    let db = Db::open_with_passphrase(&path, PASSPHRASE).unwrap();
    let copy = dir.path().join("copy.symbio");
    db.save_copy(&copy).unwrap();
    let bytes = fs::read(&copy).unwrap();
    assert!(!contains(&bytes, ACCOUNT.as_bytes()));
    assert_eq!(Db::open(&copy).err().unwrap().kind(), ErrorKind::Encrypted);
    assert_eq!(
        account_names(&Db::open_with_passphrase(&copy, PASSPHRASE).unwrap()),
        [ACCOUNT]
    );
}

#[test]
fn a_text_file_of_whole_pages_is_not_taken_for_a_plain_workspace() {
    // A file that is not SQLite but made of whole pages looks like an encrypted one: it asks for
    // a passphrase, and no passphrase opens it; it is never written.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let contents = vec![0x5Au8; 8192];
    fs::write(&path, &contents).unwrap();
    assert_eq!(Db::open(&path).err().unwrap().kind(), ErrorKind::Encrypted);
    assert_eq!(
        Db::open_with_passphrase(&path, PASSPHRASE).err().unwrap().kind(),
        ErrorKind::WrongPassphrase
    );
    assert_eq!(fs::read(&path).unwrap(), contents);
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn backups_follow_the_workspace_key_and_hold_no_readable_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    drop(Db::open(&path).unwrap());
    {
        let db = Db::open(&path).unwrap();
        db.create_account(NewAccount::named(ACCOUNT)).unwrap();
    }
    // Reopened: a backup of the plain workspace is taken.
    let db = Db::open(&path).unwrap();
    let backups = || -> Vec<PathBuf> {
        files_under(dir.path())
            .into_iter()
            .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with("w.symbio"))
            .filter(|p| fs::metadata(p).unwrap().len() >= 512)
            .collect()
    };
    assert!(!backups().is_empty(), "a backup was taken at opening");
    db.encrypt(PASSPHRASE).unwrap();
    for backup in backups() {
        let bytes = fs::read(&backup).unwrap();
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "{} is still plain",
            backup.display()
        );
        assert!(
            !contains(&bytes, ACCOUNT.as_bytes()),
            "{} holds the account name",
            backup.display()
        );
        assert!(is_encrypted_file(&backup).unwrap());
    }
    db.change_passphrase(PASSPHRASE, "a second passphrase").unwrap();
    db.decrypt("a second passphrase").unwrap();
    for backup in backups() {
        assert!(
            fs::read(&backup).unwrap().starts_with(b"SQLite format 3\0"),
            "{} follows to plain",
            backup.display()
        );
    }
}
