//! One writer per workspace file: an exclusive lock on `<workspace>.lock`.
//!
//! Contract: [`WorkspaceLock::acquire`] takes an exclusive, non-blocking OS lock
//! (`flock` on Unix, `LockFileEx` on Windows, through [`std::fs::File::try_lock`]) on a small
//! file beside the workspace, before anything reads or writes the workspace. A second process,
//! or a second [`crate::Db`] in this one, gets [`Error::InUse`] at once. The OS drops the lock
//! when the holder's file handle closes: when the `Db` is dropped, when the app exits, and when
//! the process dies in any way (kill -9 included), so a crash never leaves a workspace locked.
//! The lock file of an opened workspace stays (removing it would let two processes lock two
//! different files of the same name); it holds nothing but the holder's process id, for a person
//! looking at it. One created for a file that is then refused is removed again, so refusing a
//! file leaves nothing beside it.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Held by the open [`crate::Db`] for as long as it lives; dropping it releases the lock.
#[derive(Debug)]
pub struct WorkspaceLock {
    _file: File,
    /// The lock file this lock created, removed on drop unless the workspace was accepted.
    created: Option<PathBuf>,
}

/// Why the lock could not be taken.
pub(crate) enum Refusal {
    /// Another process (or another `Db` here) holds it.
    Held(Error),
    /// The lock file cannot be created or opened (a read-only folder, for instance).
    Unavailable(std::io::Error),
}

impl WorkspaceLock {
    pub(crate) fn acquire(workspace: &Path) -> std::result::Result<Self, Refusal> {
        let path = lock_path(workspace);
        let existed = path.exists();
        // Not truncated on open: truncating a file another process has locked is allowed and
        // would only lose its note, but there is no reason to touch it before holding the lock.
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(Refusal::Unavailable)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(Refusal::Held(Error::InUse {
                    path: workspace.to_owned(),
                }))
            }
            Err(TryLockError::Error(source)) => return Err(Refusal::Unavailable(source)),
        }
        // The note is a courtesy for whoever looks at the file; failing to write it changes nothing.
        let _ = file.set_len(0).and_then(|()| write!(file, "{}", std::process::id()));
        Ok(Self {
            _file: file,
            created: (!existed).then_some(path),
        })
    }

    /// The lock of an accepted workspace: its file stays when the lock is released.
    pub(crate) fn kept(mut self) -> Self {
        self.created = None;
        self
    }
}

impl Drop for WorkspaceLock {
    fn drop(&mut self) {
        if let Some(path) = self.created.take() {
            // Still held here, so no other process can be using it; failing leaves a stray file.
            let _ = std::fs::remove_file(path);
        }
    }
}

/// `<workspace>.lock`, beside the workspace.
pub fn lock_path(workspace: &Path) -> PathBuf {
    let mut name = workspace.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    workspace.with_file_name(name)
}

impl Refusal {
    pub(crate) fn into_error(self, workspace: &Path) -> Error {
        match self {
            Refusal::Held(error) => error,
            Refusal::Unavailable(source) => Error::Io {
                context: format!("cannot lock {}", workspace.display()),
                source,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let workspace = dir.path().join("w.symbio");
        let first = WorkspaceLock::acquire(&workspace).ok().unwrap();
        match WorkspaceLock::acquire(&workspace) {
            Err(Refusal::Held(Error::InUse { path })) => assert_eq!(path, workspace),
            _ => panic!("a second lock must be refused as in use"),
        }
        drop(first);
        assert!(!lock_path(&workspace).exists(), "a lock not kept leaves no file");
        let kept = WorkspaceLock::acquire(&workspace).ok().unwrap().kept();
        drop(kept);
        assert!(lock_path(&workspace).ends_with("w.symbio.lock"));
        assert!(
            lock_path(&workspace).exists(),
            "the lock file of an accepted workspace stays"
        );
        assert!(WorkspaceLock::acquire(&workspace).is_ok());
    }
}
