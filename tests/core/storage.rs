use std::fs;

use symbio::storage::{latest_version, MIGRATIONS};
use symbio::{Db, ErrorKind};

#[test]
fn migrations_are_valid() {
    MIGRATIONS.validate().unwrap();
}

#[test]
fn a_new_file_is_created_migrated_and_marked_as_a_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.symbio");
    Db::open(&path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (app, version, journal_mode): (i64, i64, String) = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id),
                    (SELECT user_version FROM pragma_user_version),
                    (SELECT journal_mode FROM pragma_journal_mode)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(app, symbio::storage::APPLICATION_ID);
    assert_eq!(version, latest_version());
    assert_eq!(journal_mode, "wal");
}

#[test]
fn reopening_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        let db = Db::open(&path).unwrap();
        assert!(db.ensure_sample().unwrap());
    }
    let db = Db::open(&path).unwrap();
    assert!(!db.ensure_sample().unwrap(), "the sample is added once only");
    assert_eq!(db.list_accounts().unwrap().len(), 1);
}

fn refused(contents: &[u8]) -> (ErrorKind, String, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    fs::write(&path, contents).unwrap();
    let error = Db::open(&path).err().expect("the file must be refused");
    let after = fs::read(&path).unwrap();
    (error.kind(), error.to_string(), after)
}

#[test]
fn a_text_file_is_refused_and_left_untouched() {
    let contents = b"Quarterly notes: call Harbor Foods about the renewal.\n".repeat(200);
    let (kind, message, after) = refused(&contents);
    assert_eq!(kind, ErrorKind::NotAWorkspace);
    assert!(message.contains("not a Symbio workspace"), "{message}");
    assert_eq!(after, contents);
}

#[test]
fn another_apps_sqlite_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'x');",
        )
        .unwrap();
    }
    let before = fs::read(&path).unwrap();
    let error = Db::open(&path).err().unwrap();
    assert_eq!(error.kind(), ErrorKind::NotAWorkspace);
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_workspace_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    drop(Db::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", latest_version() + 5).unwrap();
    }
    let before = fs::read(&path).unwrap();
    let error = Db::open(&path).err().unwrap();
    assert_eq!(error.kind(), ErrorKind::TooNew);
    assert!(error.to_string().contains("newer version"), "{error}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_damaged_workspace_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        let db = Db::open(&path).unwrap();
        db.ensure_sample().unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut bytes = fs::read(&path).unwrap();
    // Overwrite the pages after the header and schema page with noise.
    let page = 4096;
    for b in bytes.iter_mut().skip(2 * page).take(8 * page) {
        *b = 0xA5;
    }
    fs::write(&path, &bytes).unwrap();
    let error = Db::open(&path).err().expect("damage must be detected");
    assert!(
        matches!(error.kind(), ErrorKind::Corrupt | ErrorKind::NotAWorkspace),
        "{error}"
    );
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn an_older_workspace_is_backed_up_before_it_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        // A workspace at version 1 with one account in it.
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        MIGRATIONS.to_version(&mut conn, 1).unwrap();
        conn.execute(
            "INSERT INTO account (name, created_at) VALUES ('Old Account', '2025-01-01')",
            [],
        )
        .unwrap();
    }
    let db = Db::open(&path).unwrap();
    assert_eq!(db.list_accounts().unwrap()[0].name, "Old Account");
    if latest_version() > 1 {
        let backup = migration_backup(&db);
        let copy = rusqlite::Connection::open(&backup).unwrap();
        let (name, version): (String, i64) = copy
            .query_row(
                "SELECT name, (SELECT user_version FROM pragma_user_version) FROM account",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((name.as_str(), version), ("Old Account", 1));
    }
}

#[test]
fn journal_entries_of_an_older_workspace_are_carried_into_batches_and_still_undo() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        // A version-4 workspace whose journal holds one action that added an account.
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        MIGRATIONS.to_version(&mut conn, 4).unwrap();
        // Dated today: older actions would be compacted by the journal retention at opening.
        let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
        conn.execute_batch(&format!(
            "INSERT INTO account (id, name, created_at) VALUES (7, 'Old Account', '2025-01-01');
             INSERT INTO journal_action (id, label, author, at) VALUES (1, 'Create account Old Account', 'me', '{today}');
             INSERT INTO journal_entry (action_id, table_name, row_id, before, after)
             VALUES (1, 'account', 7, NULL, '{{\"id\":7,\"name\":\"Old Account\",\"created_at\":\"2025-01-01\"}}');",
        ))
        .unwrap();
    }
    let db = Db::open(&path).unwrap();
    let trail = db.journal(10).unwrap();
    assert_eq!(
        (&trail[0].label, trail[0].entries),
        (&symbio::journal::ActionLabel::CreateAccount, 1)
    );
    db.undo().unwrap();
    assert!(db.list_accounts().unwrap().is_empty());
    db.redo().unwrap();
    assert_eq!(db.list_accounts().unwrap()[0].name, "Old Account");
    assert!(migration_backup(&db).exists(), "backed up before migrating");
}

#[test]
fn english_labels_of_an_older_workspace_become_keys_with_values_and_lose_the_names() {
    use symbio::journal::ActionLabel as L;
    use symbio::vocabulary::{DecisionRole, PersonStatus, TieKind, Tier};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    let labels = [
        "Create account Harbor Foods",
        "Add Zhao Ming",
        "Add 12 people",
        "Set attitude to -2",
        "Set influence to 4",
        "Connect (reports_to)",
        "Add role decider",
        "Mark left",
        "Decide tier A",
        "Score value 4",
        "Clear value score",
        "Record 2025 revenue",
        "Delete 3 ties",
        "Move 2 people",
        "Add department Quality",
        "Edit personal profile",
        "Set attitude to lots",
        "Something older",
    ];
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        MIGRATIONS.to_version(&mut conn, 5).unwrap();
        for (i, label) in labels.iter().enumerate() {
            conn.execute(
                "INSERT INTO journal_action (id, label, author, at, state) VALUES (?1, ?2, 'me', '2025-06-01', 'discarded')",
                rusqlite::params![i as i64 + 1, label],
            )
            .unwrap();
        }
    }
    let db = Db::open(&path).unwrap();
    let mut trail: Vec<L> = db.journal(100).unwrap().into_iter().map(|a| a.label).collect();
    trail.reverse();
    assert_eq!(
        trail,
        vec![
            L::CreateAccount,
            L::AddPerson,
            L::AddPeople { count: 12 },
            L::SetAttitude { value: -2 },
            L::SetInfluence { value: 4 },
            L::Connect {
                kind: TieKind::ReportsTo
            },
            L::AddRole {
                role: DecisionRole::Decider
            },
            L::MarkStatus {
                status: PersonStatus::Left
            },
            L::DecideTier { tier: Tier::A },
            L::ScoreValue { year: 2025, score: 4 },
            L::ClearValueScore { year: 2025 },
            L::RecordRevenue { year: 2025 },
            L::DeleteTies { count: 3 },
            L::PlaceOnMap { count: 2 },
            L::AddDepartment,
            L::EditProfile,
            L::Legacy {
                text: "Set attitude to lots".into()
            },
            L::Legacy {
                text: "Something older".into()
            },
        ]
    );
    drop(db);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let names: i64 = conn
        .query_row(
            "SELECT count(*) FROM journal_action WHERE label_params LIKE '%Harbor%' OR label_params LIKE '%Zhao%'
             OR label_params LIKE '%Quality%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(names, 0, "the names are gone from the labels");
    let old_column: i64 = conn
        .query_row(
            "SELECT count(*) FROM pragma_table_info('journal_action') WHERE name = 'label'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(old_column, 0);
}

#[test]
fn a_bulk_action_spans_several_journal_batches_and_undoes_whole() {
    use symbio::person::NewPerson;
    use symbio::vocabulary::{Level, Side};
    let db = Db::open_in_memory().unwrap();
    let account = db
        .create_account(symbio::account::NewAccount::named("Bulk"))
        .unwrap()
        .id;
    let people: Vec<NewPerson> = (0..(symbio::journal::BATCH * 2 + 7))
        .map(|i| NewPerson::new(Some(account), Side::Customer, format!("Contact {i}"), Level::Staff))
        .collect();
    db.create_people(&people).unwrap();
    assert_eq!(db.journal(1).unwrap()[0].entries, people.len() as i64);
    db.undo().unwrap();
    assert!(db.list_people(account).unwrap().is_empty());
    db.redo().unwrap();
    assert_eq!(db.list_people(account).unwrap().len(), people.len());
}

#[test]
fn a_version_7_workspace_keeps_its_people_and_what_refers_to_them_when_the_board_level_arrives() {
    use symbio::assessment::Scale;
    use symbio::person::NewPerson;
    use symbio::vocabulary::{Level, Side, Tier};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        MIGRATIONS.to_version(&mut conn, 7).unwrap();
        conn.execute_batch(
            "INSERT INTO account (id, name, created_at) VALUES (3, 'Old Account', '2025-01-01');
             INSERT INTO person (id, account_id, side, name, level) VALUES (11, 3, 'customer', 'Zhao', 'executive');
             INSERT INTO person (id, account_id, side, name, level) VALUES (12, 3, 'customer', 'Lin', 'manager');
             INSERT INTO person (id, account_id, side, name, level) VALUES (13, NULL, 'ours', 'Elena', 'manager');
             INSERT INTO tie (from_person_id, to_person_id, kind) VALUES (12, 11, 'reports_to');
             INSERT INTO tie (from_person_id, to_person_id, kind, coverage_role) VALUES (13, 11, 'coverage', 'A');
             INSERT INTO attitude_event (person_id, value, observed_on, evidence, author)
             VALUES (11, 2, '2025-06-01', 'Backed our pilot', 'Elena');",
        )
        .unwrap();
    }
    let db = Db::open(&path).unwrap();
    let map = db.get_account_map(3).unwrap();
    let mut ids: Vec<i64> = map.people.iter().map(|p| p.id).collect();
    ids.sort_unstable();
    assert_eq!(ids, [11, 12, 13], "ids kept");
    assert_eq!(map.ties.len(), 2);
    assert_eq!(db.assessment_history(Scale::Attitude, 11).unwrap()[0].value, 2);
    let board = db
        .create_person(NewPerson::new(Some(3), Side::ThirdParty, "Li", Level::Board))
        .unwrap();
    assert_eq!(board.level, Level::Board);
    let rules = db.list_tier_rules().unwrap();
    let c = rules.iter().find(|r| r.tier == Tier::C).unwrap();
    assert_eq!(
        (c.require_b_owner, c.require_sponsor, c.min_channels),
        (false, false, 0)
    );
    drop(db);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let problems: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(problems, 0);
    let person_sql: String = conn
        .query_row("SELECT sql FROM sqlite_schema WHERE name = 'person'", [], |r| r.get(0))
        .unwrap();
    assert!(
        person_sql.contains("'board'") && person_sql.starts_with("CREATE TABLE \"person\""),
        "{person_sql}"
    );
}

/// The file of the backup taken before the workspace was migrated.
fn migration_backup(db: &Db) -> std::path::PathBuf {
    let list = db.list_backups().unwrap().backups;
    let backup = list
        .iter()
        .find(|b| b.reason == symbio::storage::backup::BackupReason::Migration)
        .expect("a backup before migrating");
    db.backup_to_reveal(Some(&backup.name)).unwrap()
}
