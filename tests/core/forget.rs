//! Forgetting reaches the bytes: after `forget_person`, neither the workspace file, nor its
//! `-wal`, nor any backup beside it holds a byte of the person's profile, name or key dates.

use std::path::{Path, PathBuf};

use symbio::forget::purge::{self, Scope, Traces};
use symbio::profile::ProfileInput;
use symbio::Db;

/// The sample CEO's texts, each found nowhere else in the sample.
const CEO_TEXTS: &[&str] = &[
    "Zhao Mingyuan",
    "1966-11-18",
    "Go (weiqi), long-distance hiking",
    "Married; son studying in Canada",
    "Jiangnan University, food science",
    "Lakeshore Entrepreneurs' Association",
    "10th year as CEO",
];

fn ceo(db: &Db, account: i64) -> i64 {
    db.list_people(account)
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Zhao Mingyuan")
        .unwrap()
        .id
}

/// Every file under `folder`, recursively (the workspace, its -wal and -shm, backups).
fn files(folder: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The texts found in the bytes of any file under `folder`, with the file.
fn found(folder: &Path, texts: &[&str]) -> Vec<String> {
    let mut hits = Vec::new();
    for file in files(folder) {
        let bytes = std::fs::read(&file).unwrap();
        for text in texts {
            if bytes.windows(text.len()).any(|w| w == text.as_bytes()) {
                hits.push(format!("{text} in {}", file.display()));
            }
        }
    }
    hits
}

#[test]
fn after_forgetting_no_file_holds_the_persons_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forget.symbio");
    let db = Db::open(&path).unwrap();
    let account = db.create_sample_account().unwrap().id;
    let ceo = ceo(&db, account);
    // An edit of the profile leaves an older version in the history too.
    let profile = ProfileInput {
        hobbies: "Go (weiqi), long-distance hiking".into(),
        family: "Married; son studying in Canada".into(),
        education: "Jiangnan University, food science".into(),
        clubs: "Lakeshore Entrepreneurs' Association".into(),
        birthday: Some("1966-11-18".into()),
        notes: "Prefers green tea at meetings".into(),
        ..Default::default()
    };
    db.set_profile(ceo, profile).unwrap();
    assert!(
        !found(dir.path(), &["Prefers green tea"]).is_empty(),
        "the text is on disk before"
    );

    db.forget_person(ceo).unwrap();
    let mut texts = CEO_TEXTS.to_vec();
    texts.push("Prefers green tea at meetings");
    assert_eq!(found(dir.path(), &texts), Vec::<String>::new(), "while open");
    drop(db);
    assert_eq!(found(dir.path(), &texts), Vec::<String>::new(), "after closing");

    // The workspace opens healthy, its other people intact.
    let db = Db::open(&path).unwrap();
    assert!(db.list_people(account).unwrap().len() > 20);
    assert!(db
        .list_people(account)
        .unwrap()
        .iter()
        .all(|p| p.name != "Zhao Mingyuan"));
}

#[test]
fn the_purge_takes_a_forgotten_person_out_of_a_backup_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live.symbio");
    let backup_path = dir.path().join("backups").join("live-daily.symbio");
    std::fs::create_dir_all(backup_path.parent().unwrap()).unwrap();
    let db = Db::open(&path).unwrap();
    let account = db.create_sample_account().unwrap().id;
    let ceo = ceo(&db, account);
    drop(db);
    // A backup taken while the CEO was still there.
    {
        let live = rusqlite::Connection::open(&path).unwrap();
        live.backup(rusqlite::MAIN_DB, &backup_path, None).unwrap();
    }
    assert!(!found(backup_path.parent().unwrap(), CEO_TEXTS).is_empty());

    // What identifies them is read before they are forgotten, then applied to the copy.
    let traces = {
        let live = rusqlite::Connection::open(&path).unwrap();
        Traces::of(&live, ceo, Scope::Person).unwrap()
    };
    let db = Db::open(&path).unwrap();
    db.forget_person(ceo).unwrap();
    drop(db);
    let backup = rusqlite::Connection::open(&backup_path).unwrap();
    purge::purge(&backup, &traces).unwrap();
    purge::scrub_file(&backup).unwrap();
    let fk: i64 = backup
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 0);
    drop(backup);
    assert_eq!(found(dir.path(), CEO_TEXTS), Vec::<String>::new());
}

#[test]
fn opening_compacts_history_older_than_the_retention_setting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.symbio");
    let db = Db::open(&path).unwrap();
    let account = db.create_sample_account().unwrap().id;
    let ceo = ceo(&db, account);
    db.set_profile(
        ceo,
        ProfileInput {
            notes: "Recent note".into(),
            ..Default::default()
        },
    )
    .unwrap();
    drop(db);
    // The sample was made 400 days ago; the profile edit today.
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute(
        "UPDATE journal_action SET at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-400 days') WHERE id = 1",
        [],
    )
    .unwrap();
    drop(raw);

    let db = Db::open(&path).unwrap();
    let trail = db.journal(10).unwrap();
    assert_eq!(trail.len(), 2, "both audit lines stay");
    assert_eq!((trail[0].entries > 0, trail[1].entries), (true, 0));
    db.undo().unwrap();
    assert_eq!(db.undo().unwrap_err().kind(), symbio::ErrorKind::NothingToUndo);
    assert!(db.list_people(account).unwrap().len() > 20, "the data stays");
}
