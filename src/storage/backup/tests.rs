use super::*;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

fn entry(text: &str) -> Entry {
    let at = at(text);
    Entry {
        name: file_name(at, BackupReason::Daily),
        at,
        reason: BackupReason::Daily,
    }
}

/// A small database with one account and two people, as a workspace has them.
fn workspace(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.execute_batch(
        "CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT);
         CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT);
         INSERT INTO account (name) VALUES ('Harbour Foods');
         INSERT INTO person (name) VALUES ('Zhao'), ('Qian');",
    )
    .unwrap();
    conn
}

#[test]
fn names_carry_the_time_and_reason_and_nothing_else_is_taken_for_a_backup() {
    let when = at("2026-03-04T05:06:07.089Z");
    let name = file_name(when, BackupReason::Import);
    assert_eq!(name, "20260304-050607-089.import.symbio");
    let parsed = parse_name(&name).unwrap();
    assert_eq!((parsed.at, parsed.reason), (when, BackupReason::Import));
    for foreign in [
        "notes.txt",
        "20260304-050607-089.import.symbio-journal",
        ".backup-12-0.partial",
        "20260304-050607-89.import.symbio",
        "20260304-050607-089.holiday.symbio",
        "20261304-050607-089.daily.symbio",
        "x.20260304-050607-089.daily.symbio",
    ] {
        assert!(parse_name(foreign).is_none(), "{foreign}");
    }
}

#[test]
fn rotation_keeps_the_last_day_seven_days_and_four_weeks() {
    let now = at("2026-06-30T12:00:00Z");
    // Three backups a day for 60 days (06:00, 12:00 and 18:00 before today's noon).
    let mut entries: Vec<Entry> = (0..180)
        .map(|i| entry(&(now - Duration::hours(6 * (i + 1)) + Duration::minutes(1)).to_rfc3339()))
        .collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.at));
    let keep = kept(&entries, now, 7, 4);
    let mut kept_at: Vec<DateTime<Utc>> = entries
        .iter()
        .filter(|e| keep.contains(e.name.as_str()))
        .map(|e| e.at)
        .collect();
    kept_at.sort();
    // Every backup of the last 24 hours.
    let recent = entries.iter().filter(|e| now - e.at < Duration::days(1)).count();
    assert_eq!(recent, 4);
    // The newest of each of 7 days, the newest of each of 4 weeks; some coincide.
    let days: HashSet<_> = kept_at.iter().map(|t| t.date_naive()).collect();
    assert!(days.len() >= 7, "{kept_at:?}");
    let weeks: HashSet<_> = kept_at.iter().map(|t| t.iso_week()).collect();
    assert!(weeks.len() >= 4, "{kept_at:?}");
    assert!(keep.len() <= 4 + 7 + 4, "{}", keep.len());
    let oldest = kept_at[0];
    assert!(
        now - oldest < Duration::weeks(5),
        "nothing older than four weeks: {oldest}"
    );
    // The newest backup is always kept, even with nothing else to keep.
    let lone = kept(&entries, now + Duration::days(400), 1, 0);
    assert_eq!(lone.len(), 1);
    assert!(lone.contains(entries[0].name.as_str()));
}

#[test]
fn a_backup_is_one_standalone_file_that_lists_with_its_counts_and_rotates() {
    let dir = tempfile::tempdir().unwrap();
    let live = workspace(&dir.path().join("w.symbio"));
    let backups = Backups::for_workspace(
        &BackupSettings::in_folder(dir.path().join("backups")),
        &dir.path().join("w.symbio"),
    );
    let name = backups.take(&live, BackupReason::Manual, None).unwrap();
    let path = backups.dir().join(&name);
    let header = std::fs::read(&path).unwrap();
    assert_eq!((header[18], header[19]), (1, 1), "rollback journal, not WAL");
    let files: Vec<String> = std::fs::read_dir(backups.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files, vec![name.clone()], "no -wal, -shm or partial file beside it");
    let listed = backups.list(None).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!((listed[0].accounts, listed[0].people), (Some(1), Some(2)));
    assert_eq!(listed[0].reason, BackupReason::Manual);
    assert!(listed[0].size > 0);
    // Listing wrote nothing beside it.
    assert_eq!(std::fs::read_dir(backups.dir()).unwrap().count(), 1);
    // A daily backup is not due a minute after one; it is a day later.
    assert_eq!(backups.daily(&live, Utc::now(), None).unwrap(), None);
    let later = backups.daily(&live, Utc::now() + Duration::days(1), None).unwrap();
    assert!(later.is_some());
    // A file rotation did not name is left alone, whatever its age.
    std::fs::write(backups.dir().join("mine.txt"), b"keep me").unwrap();
    backups.prune(Utc::now() + Duration::days(800)).unwrap();
    assert!(backups.dir().join("mine.txt").exists());
    assert_eq!(
        backups.list(None).unwrap().len(),
        1,
        "only the newest outlives rotation"
    );
    // Names that are not backups are refused, so nothing outside the folder is reachable.
    assert!(backups.path_of("../w.symbio").is_err());
    assert!(backups.path_of("mine.txt").is_err());
}

#[test]
fn two_workspaces_of_the_same_name_get_their_own_folders() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("a")).unwrap();
    std::fs::create_dir_all(dir.path().join("b")).unwrap();
    let settings = BackupSettings::in_folder(dir.path().join("backups"));
    let a = Backups::for_workspace(&settings, &dir.path().join("a/w.symbio"));
    let b = Backups::for_workspace(&settings, &dir.path().join("b/w.symbio"));
    assert_ne!(a.dir(), b.dir());
    assert!(a.dir().starts_with(dir.path().join("backups")));
}

#[test]
fn old_migration_backups_beside_the_workspace_move_into_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    drop(workspace(&path));
    {
        let old = workspace(&dir.path().join("w.symbio.v5.bak"));
        old.execute("INSERT INTO person (name) VALUES ('Sun')", []).unwrap();
    }
    std::fs::write(dir.path().join("w.symbio.vX.bak"), b"not ours").unwrap();
    let backups = Backups::for_workspace(&BackupSettings::beside(&path), &path);
    backups.adopt_legacy(&path).unwrap();
    assert!(!dir.path().join("w.symbio.v5.bak").exists());
    assert!(dir.path().join("w.symbio.vX.bak").exists(), "only <file>.v<N>.bak");
    let listed = backups.list(None).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!((listed[0].reason, listed[0].people), (BackupReason::Migration, Some(3)));
}
