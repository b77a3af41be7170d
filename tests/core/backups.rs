//! Backups: taken on open, before migrations and imports and by hand; listed with what they
//! hold; restored whole into the open workspace (itself backed up first), refused untouched
//! when damaged.

use std::path::Path;

use symbio::account::NewAccount;
use symbio::import::{ImportPlan, ImportSource};
use symbio::journal::Table;
use symbio::storage::backup::{BackupReason, BackupSettings};
use symbio::storage::{latest_version, MIGRATIONS};
use symbio::{Db, ErrorKind};

fn settings(dir: &Path) -> BackupSettings {
    BackupSettings::in_folder(dir.join("app-data").join("backups"))
}

fn reasons(db: &Db) -> Vec<BackupReason> {
    db.list_backups().unwrap().backups.iter().map(|b| b.reason).collect()
}

fn names(db: &Db) -> Vec<String> {
    db.list_accounts().unwrap().into_iter().map(|a| a.name).collect()
}

#[test]
fn a_restore_brings_back_the_earlier_state_and_keeps_the_current_one_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
    assert!(reasons(&db).is_empty(), "a new workspace has nothing to back up yet");
    db.create_account(NewAccount::named("Harbour Foods")).unwrap();
    let first = db.back_up_now().unwrap();
    assert_eq!(
        (first.reason, first.accounts, first.people),
        (BackupReason::Manual, Some(1), Some(0))
    );
    assert!(first.size > 0);
    db.create_account(NewAccount::named("Northfield Steel")).unwrap();

    let heard = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = heard.clone();
    db.on_change(move |changes| sink.lock().unwrap().push(changes.clone()));
    let mut pages = Vec::new();
    let changes = db.restore_backup(&first.name, &mut |p| pages.push(p)).unwrap();
    assert_eq!(names(&db), vec!["Harbour Foods"]);
    // Every table is named, so the UI refetches everything; the undo history is the backup's.
    let tables: Vec<Table> = changes.changes.iter().map(|c| c.table).collect();
    assert_eq!(tables, Table::ALL.to_vec());
    assert_eq!(heard.lock().unwrap().len(), 1);
    assert!(changes.undo.is_some());
    assert!(
        pages.last().is_some_and(|p| p.done == p.total && p.total > 0),
        "{pages:?}"
    );

    // The state before the restore is itself a backup, and can be restored in turn.
    let list = db.list_backups().unwrap().backups;
    let before = list.iter().find(|b| b.reason == BackupReason::Restore).unwrap();
    assert_eq!(before.accounts, Some(2));
    db.restore_backup(&before.name.clone(), &mut |_| {}).unwrap();
    assert_eq!(names(&db).len(), 2);
    // The workspace stays healthy and writable, through the same connection.
    db.create_account(NewAccount::named("Eastgate Mills")).unwrap();
    db.undo().unwrap();
    drop(db);
    let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
    assert_eq!(names(&db).len(), 2);
}

#[test]
fn a_damaged_or_unknown_backup_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
    db.create_account(NewAccount::named("Harbour Foods")).unwrap();
    let backup = db.back_up_now().unwrap();
    db.create_account(NewAccount::named("Northfield Steel")).unwrap();
    let file = db.backup_to_reveal(Some(&backup.name)).unwrap();
    std::fs::write(&file, b"SQLite format 3\0 but nothing else").unwrap();
    let before = db.list_backups().unwrap().backups.len();
    let error = db.restore_backup(&backup.name, &mut |_| {}).unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::NotAWorkspace | ErrorKind::Corrupt),
        "{error}"
    );
    assert_eq!(names(&db).len(), 2);
    assert_eq!(
        db.list_backups().unwrap().backups.len(),
        before,
        "no backup taken for nothing"
    );
    // Names that are not this workspace's backups reach no file.
    for name in ["../w.symbio", "w.symbio", "20990101-000000-000.manual.symbio"] {
        assert_eq!(
            db.restore_backup(name, &mut |_| {}).unwrap_err().kind(),
            ErrorKind::Io,
            "{name}"
        );
    }
    assert_eq!(names(&db).len(), 2);
    // No scratch file is left behind.
    let folder = db.backup_to_reveal(None).unwrap();
    let leftovers: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn opening_takes_the_daily_backup_once_a_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
        db.create_account(NewAccount::named("Harbour Foods")).unwrap();
    }
    let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
    assert_eq!(reasons(&db), vec![BackupReason::Daily]);
    drop(db);
    let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
    assert_eq!(reasons(&db), vec![BackupReason::Daily], "not twice in a day");
    let list = db.list_backups().unwrap();
    assert!(list.folder.contains("app-data"), "{}", list.folder);
    assert_eq!((list.keep_daily, list.keep_weekly), (7, 4));
    assert!(!dir.path().join("backups").exists(), "nothing beside the workspace");
}

#[test]
fn an_import_is_preceded_by_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
    let account = db.create_account(NewAccount::named("Harbour Foods")).unwrap().id;
    let source = ImportSource::Paste {
        text: "Grace Holloway, CEO, Executive Office\nMartin Reyes, Buyer, Procurement".to_owned(),
    };
    let preview = db.import_preview(account, &source, None).unwrap();
    let plan = ImportPlan {
        source,
        mapping: preview.mapping,
        choices: Vec::new(),
    };
    db.import_people(account, &plan).unwrap();
    let list = db.list_backups().unwrap().backups;
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].reason, list[0].people), (BackupReason::Import, Some(0)));
}

#[test]
fn an_older_workspace_is_backed_up_into_the_folder_and_that_backup_restores_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        MIGRATIONS.to_version(&mut conn, 1).unwrap();
        conn.execute(
            "INSERT INTO account (name, created_at) VALUES ('Old Account', '2025-01-01')",
            [],
        )
        .unwrap();
    }
    let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
    assert!(
        !dir.path().join("w.symbio.v1.bak").exists(),
        "no copy beside the workspace"
    );
    let list = db.list_backups().unwrap().backups;
    let migration = list.iter().find(|b| b.reason == BackupReason::Migration).unwrap();
    assert_eq!(migration.accounts, Some(1));
    let copy = rusqlite::Connection::open(db.backup_to_reveal(Some(&migration.name)).unwrap()).unwrap();
    let version: i64 = copy.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 1, "the copy is the workspace as it was");
    drop(copy);
    db.create_account(NewAccount::named("New Account")).unwrap();
    db.restore_backup(&migration.name.clone(), &mut |_| {}).unwrap();
    assert_eq!(names(&db), vec!["Old Account"]);
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        version,
        latest_version(),
        "restored, then brought to the current schema"
    );
    db.create_account(NewAccount::named("After")).unwrap();
}

#[test]
fn an_encrypted_workspace_has_encrypted_backups_that_list_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
    db.create_account(NewAccount::named("Harbour Foods")).unwrap();
    db.encrypt("correct horse battery").unwrap();
    let backup = db.back_up_now().unwrap();
    assert_eq!(backup.accounts, Some(1), "read with the workspace's key");
    let file = db.backup_to_reveal(Some(&backup.name)).unwrap();
    assert!(symbio::storage::cipher::is_encrypted_file(&file).unwrap());
    let bytes = std::fs::read(&file).unwrap();
    assert!(
        !bytes.windows(13).any(|w| w == b"Harbour Foods"),
        "no plain text in the backup"
    );
    db.create_account(NewAccount::named("Northfield Steel")).unwrap();
    db.restore_backup(&backup.name, &mut |_| {}).unwrap();
    assert_eq!(names(&db), vec!["Harbour Foods"]);
    drop(db);
    let db = Db::open_with_passphrase_and_backups(&path, "correct horse battery", &settings(dir.path())).unwrap();
    assert_eq!(names(&db), vec!["Harbour Foods"]);
}

/// The files under `folder` (recursively) whose bytes hold `text`.
fn holding(folder: &Path, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(holding(&path, text));
        } else if std::fs::read(&path)
            .unwrap()
            .windows(text.len())
            .any(|w| w == text.as_bytes())
        {
            out.push(path.display().to_string());
        }
    }
    out
}

#[test]
fn a_forgotten_person_is_in_no_backup_and_the_backups_stay() {
    use symbio::person::NewPerson;
    use symbio::profile::ProfileInput;
    use symbio::vocabulary::{Level, Side};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let secret = "Daughter studies oboe at Lakeside Conservatory";
    let person = {
        let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
        let account = db.create_account(NewAccount::named("Harbour Foods")).unwrap().id;
        let person = db
            .create_person(NewPerson::new(
                Some(account),
                Side::Customer,
                "Zhao Ming",
                Level::Manager,
            ))
            .unwrap()
            .id;
        db.set_profile(
            person,
            ProfileInput {
                family: secret.to_owned(),
                ..ProfileInput::default()
            },
        )
        .unwrap();
        db.back_up_now().unwrap();
        db.back_up_now().unwrap();
        person
    };
    let db = Db::open_with_backups(&path, &settings(dir.path())).unwrap();
    let backups = dir.path().join("app-data");
    assert!(holding(&backups, secret).len() >= 2, "{:?}", holding(&backups, secret));
    let before = db.list_backups().unwrap().backups.len();
    db.forget_person(person).unwrap();
    assert!(holding(&backups, secret).is_empty(), "{:?}", holding(&backups, secret));
    assert!(
        holding(&backups, "Zhao Ming").is_empty(),
        "{:?}",
        holding(&backups, "Zhao Ming")
    );
    let after = db.list_backups().unwrap().backups;
    assert_eq!(after.len(), before, "every backup purged, none lost");
    assert!(after.iter().all(|b| b.people == Some(0)), "{after:?}");
    // Restoring any of them cannot bring the person back.
    db.restore_backup(&after[after.len() - 1].name.clone(), &mut |_| {})
        .unwrap();
    assert!(holding(dir.path(), secret).is_empty());
}
