//! Workspace files as the user handles them: a copy saved elsewhere, another file opened.
//!
//! Contract: [`Db::save_copy`] writes a consistent snapshot of the open workspace with SQLite's
//! online backup API into a new temporary file in the target's folder, then renames it onto the
//! target, so the target is never a half-written file; on failure the temporary file is removed.
//! The open workspace itself is never the target. [`Db::open_existing`] opens a workspace file
//! that must already exist, through the same inspection and migration as at start-up
//! ([`super::open`]): a file that is not a workspace, is damaged or is too new is refused
//! untouched.

use std::path::Path;

use super::backup::BackupSettings;
use crate::db::Db;
use crate::document::file::temporary_path;
use crate::error::{Error, Result};

fn io(context: String) -> impl FnOnce(std::io::Error) -> Error {
    move |source| Error::Io { context, source }
}

impl Db {
    /// Saves a copy of the open workspace at `target` (replacing a file already there).
    pub fn save_copy(&self, target: &Path) -> Result<()> {
        let same = |a: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(target)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if self.path().is_some_and(same) {
            return Err(Error::Io {
                context: format!("cannot save a copy over the open workspace {}", target.display()),
                source: std::io::Error::from(std::io::ErrorKind::AlreadyExists),
            });
        }
        let partial = temporary_path(target);
        // Created empty (create-new: never follows an existing file or link), then filled.
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&partial)
            .map_err(io(format!("cannot save {}", target.display())))?;
        let copied = self
            .read(|conn| super::cipher::copy_to(conn, self.key().as_ref(), &partial))
            .and_then(|()| std::fs::rename(&partial, target).map_err(io(format!("cannot save {}", target.display()))));
        if copied.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        copied
    }

    /// Opens the workspace file at `path`, which must exist (see the module doc), with its
    /// backups kept as `backups` say.
    pub fn open_existing(path: &Path, backups: &BackupSettings) -> Result<Db> {
        if !path.is_file() {
            return Err(Error::Io {
                context: format!("cannot open {}", path.display()),
                source: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        }
        Db::open_with_backups(path, backups)
    }
}

#[cfg(test)]
mod tests {
    use crate::db::Db;
    use crate::storage::backup::BackupSettings;

    #[test]
    fn a_saved_copy_opens_with_the_same_counts_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("mine.symbio")).unwrap();
        db.ensure_sample().unwrap();
        let target = dir.path().join("copy.symbio");
        std::fs::write(&target, b"an older file").unwrap();
        db.save_copy(&target).unwrap();
        let copy = Db::open_existing(&target, &BackupSettings::beside(&target)).unwrap();
        let count = |db: &Db, table: &str| -> i64 {
            db.read(|c| Ok(c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?))
                .unwrap()
        };
        for table in [
            "account",
            "person",
            "tie",
            "attitude_event",
            "person_profile",
            "journal_action",
        ] {
            assert_eq!(count(&copy, table), count(&db, table), "{table}");
        }
        assert!(count(&copy, "person") > 20);
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".partial"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
        // Never over the open workspace itself; a missing file is not created by opening it.
        assert!(db.save_copy(&dir.path().join("mine.symbio")).is_err());
        let absent = dir.path().join("absent.symbio");
        assert!(Db::open_existing(&absent, &BackupSettings::beside(&absent)).is_err());
        assert!(!dir.path().join("absent.symbio").exists());
        // A file that is not a workspace is refused untouched.
        let junk = dir.path().join("junk.symbio");
        std::fs::write(&junk, b"not a workspace").unwrap();
        assert!(Db::open_existing(&junk, &BackupSettings::beside(&junk)).is_err());
        assert_eq!(std::fs::read(&junk).unwrap(), b"not a workspace");
    }
}
