//! One writer per workspace file: the lock, its release on exit and after kill -9, IMMEDIATE
//! write transactions, read-only files and a `--db` in a missing folder.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use symbio::account::NewAccount;
use symbio::{Db, ErrorKind, Problem};

/// Set in a child process: the workspace it opens and holds.
const CHILD_PATH: &str = "SYMBIO_TEST_HOLD_WORKSPACE";
/// Set in a child process: `hold` (sleep until killed) or `exit` (leave without dropping the Db).
const CHILD_MODE: &str = "SYMBIO_TEST_HOLD_MODE";

/// Not a test of its own: the body of the child processes below. In the ordinary run the
/// variables are unset and it returns at once.
#[test]
fn child_process_that_holds_a_workspace() {
    let Some(path) = std::env::var_os(CHILD_PATH) else {
        return;
    };
    let db = Db::open(Path::new(&path)).expect("the child opens the workspace");
    db.create_account(NewAccount::named("Held by the child")).unwrap();
    println!("holding");
    if std::env::var(CHILD_MODE).as_deref() == Ok("exit") {
        // An exit that runs no destructor: the OS alone must release the lock.
        std::process::exit(0);
    }
    loop {
        std::thread::sleep(Duration::from_secs(60));
    }
}

/// Starts this test binary as a child holding `path`; returns once the child holds it.
fn spawn_holder(path: &Path, mode: &str) -> Child {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "one_writer::child_process_that_holds_a_workspace",
            "--nocapture",
        ])
        .env(CHILD_PATH, path)
        .env(CHILD_MODE, mode)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let holding = BufReader::new(stdout)
        .lines()
        .any(|line| line.unwrap().trim() == "holding");
    assert!(holding, "the child never held the workspace");
    child
}

fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.symbio");
    (dir, path)
}

#[test]
fn a_second_db_on_the_same_file_is_refused_as_in_use_until_the_first_is_dropped() {
    let (_dir, path) = workspace();
    let first = Db::open(&path).unwrap();
    let error = Db::open(&path).err().expect("a second writer is refused");
    assert_eq!(error.kind(), ErrorKind::InUse);
    assert_eq!(
        error.to_problem(),
        Problem::InUse {
            path: path.display().to_string()
        }
    );
    assert_eq!(
        error.to_string(),
        format!("{} is open in another Symbio window", path.display())
    );
    // The same file under another name is the same file.
    let other_name = path.parent().unwrap().join(".").join("w.symbio");
    assert_eq!(Db::open(&other_name).err().map(|e| e.kind()), Some(ErrorKind::InUse));
    assert!(first.is_open_at(&other_name));
    drop(first);
    Db::open(&path).expect("free again once the first is closed");
}

#[test]
fn another_process_holding_the_workspace_keeps_it_until_killed_with_sigkill() {
    let (_dir, path) = workspace();
    let mut child = spawn_holder(&path, "hold");
    let refused = Db::open(&path).err().map(|e| e.kind());
    child.kill().unwrap(); // SIGKILL on Unix: no destructor, no exit handler runs
    child.wait().unwrap();
    assert_eq!(refused, Some(ErrorKind::InUse));
    let db = Db::open(&path).expect("a crashed holder leaves the workspace free");
    let names: Vec<String> = db.list_accounts().unwrap().into_iter().map(|a| a.name).collect();
    assert_eq!(names, ["Held by the child"], "what the child committed is there");
    db.create_account(NewAccount::named("After the crash")).unwrap();
}

#[test]
fn a_process_that_exits_without_closing_releases_the_workspace() {
    let (_dir, path) = workspace();
    let mut child = spawn_holder(&path, "exit");
    assert!(child.wait().unwrap().success());
    Db::open(&path).expect("free after the holder exited");
}

#[test]
fn undo_waits_for_another_writer_instead_of_failing_as_locked() {
    // Another program (not Symbio: it ignores the lock file) writes for a moment while the
    // user undoes. IMMEDIATE transactions wait the busy timeout instead of failing at once.
    let (_dir, path) = workspace();
    let db = Db::open(&path).unwrap();
    db.create_account(NewAccount::named("Harbor Foods")).unwrap();
    db.create_account(NewAccount::named("Northwind Dairy")).unwrap();
    let (started, wait_started) = std::sync::mpsc::channel();
    let other = {
        let path = path.clone();
        std::thread::spawn(move || {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch("BEGIN IMMEDIATE; UPDATE account SET industry = 'Dairy';")
                .unwrap();
            started.send(()).unwrap();
            std::thread::sleep(Duration::from_millis(400));
            conn.execute_batch("COMMIT").unwrap();
        })
    };
    wait_started.recv().unwrap();
    let undone = db.undo();
    other.join().unwrap();
    undone.expect("undo waited for the other writer");
    assert_eq!(db.list_accounts().unwrap().len(), 1);
    db.create_account(NewAccount::named("Lakeside Foods"))
        .expect("and a write as well");
}

#[cfg(unix)]
fn set_read_only(path: &Path, read_only: bool) {
    let mut permissions = std::fs::metadata(path).unwrap().permissions();
    permissions.set_readonly(read_only);
    std::fs::set_permissions(path, permissions).unwrap();
}

#[cfg(unix)]
#[test]
fn a_read_only_file_opens_for_viewing_and_refuses_every_edit_untouched() {
    let (_dir, path) = workspace();
    {
        let db = Db::open(&path).unwrap();
        db.ensure_sample().unwrap();
    }
    set_read_only(&path, true);
    let before = std::fs::read(&path).unwrap();
    let db = Db::open(&path).expect("a read-only workspace opens");
    assert!(db.is_read_only());
    let accounts = db.list_accounts().unwrap();
    assert_eq!(accounts.len(), 1, "viewing works");
    db.get_account_map(accounts[0].id).unwrap();
    let edit = db.create_account(NewAccount::named("Refused")).unwrap_err();
    assert_eq!(edit.kind(), ErrorKind::ReadOnly);
    assert_eq!(
        edit.to_problem(),
        Problem::ReadOnly {
            path: path.display().to_string()
        }
    );
    assert_eq!(db.undo().unwrap_err().kind(), ErrorKind::ReadOnly);
    assert_eq!(db.redo().unwrap_err().kind(), ErrorKind::ReadOnly);
    // A viewer takes no lock: a second viewer is welcome.
    assert!(Db::open(&path).unwrap().is_read_only());
    drop(db);
    assert_eq!(std::fs::read(&path).unwrap(), before, "not a byte changed");
    set_read_only(&path, false);
    let db = Db::open(&path).unwrap();
    assert!(!db.is_read_only());
    db.create_account(NewAccount::named("Writable again")).unwrap();
}

#[cfg(unix)]
#[test]
fn a_read_only_file_that_needs_upgrading_is_refused_untouched() {
    let (_dir, path) = workspace();
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        symbio::storage::MIGRATIONS.to_version(&mut conn, 3).unwrap();
    }
    set_read_only(&path, true);
    let before = std::fs::read(&path).unwrap();
    let error = Db::open(&path).err().expect("refused");
    assert_eq!(error.kind(), ErrorKind::ReadOnly);
    assert!(matches!(error.to_problem(), Problem::ReadOnlyOutdated { .. }));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!path.with_file_name("w.symbio.v3.bak").exists(), "no backup either");
}

#[test]
fn a_workspace_in_a_missing_folder_is_refused_and_no_folder_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo/nested/w.symbio");
    let error = Db::open(&path).err().expect("refused");
    assert_eq!(error.kind(), ErrorKind::Io);
    assert_eq!(
        error.to_problem(),
        Problem::FolderMissing {
            folder: dir.path().join("typo/nested").display().to_string()
        }
    );
    assert!(!dir.path().join("typo").exists());
}
