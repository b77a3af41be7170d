//! The recently opened workspace files, kept in the app's config folder as JSON.
//!
//! Contract: newest first, each file once, at most [`MAX`]; files that no longer exist are
//! dropped when the list is read. The list is saved atomically; a missing or unreadable list
//! reads as empty (it is a convenience, never a reason to fail).

use std::path::{Path, PathBuf};

/// How many files the list keeps.
pub const MAX: usize = 8;

const FILE: &str = "recent-workspaces.json";

fn stored(config_dir: &Path) -> Vec<String> {
    std::fs::read(config_dir.join(FILE))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Vec<String>>(&bytes).ok())
        .unwrap_or_default()
}

/// The list, newest first, without files that are gone.
pub fn list(config_dir: &Path) -> Vec<String> {
    stored(config_dir)
        .into_iter()
        .filter(|p| Path::new(p).is_file())
        .take(MAX)
        .collect()
}

/// Puts `path` first in the list and saves it; returns the list.
pub fn remember(config_dir: &Path, path: &Path) -> symbio::Result<Vec<String>> {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| PathBuf::from(path));
    let path = path.display().to_string();
    let mut list = vec![path.clone()];
    list.extend(list_without(config_dir, &path));
    list.truncate(MAX);
    let bytes = serde_json::to_vec_pretty(&list).map_err(|e| symbio::Error::Io {
        context: "cannot save the recent workspaces".to_owned(),
        source: std::io::Error::other(e.to_string()),
    })?;
    symbio::document::file::write_atomically(&config_dir.join(FILE), &bytes)?;
    Ok(list)
}

fn list_without(config_dir: &Path, path: &str) -> Vec<String> {
    list(config_dir).into_iter().filter(|p| p != path).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_once_each_at_most_eight_and_missing_files_dropped() {
        let config = tempfile::tempdir().unwrap();
        let files = tempfile::tempdir().unwrap();
        let file = |n: usize| {
            let p = files.path().join(format!("w{n}.symbio"));
            std::fs::write(&p, b"x").unwrap();
            p
        };
        assert!(list(config.path()).is_empty());
        for n in 0..10 {
            remember(config.path(), &file(n)).unwrap();
        }
        let names = |l: Vec<String>| -> Vec<String> {
            l.iter()
                .map(|p| Path::new(p).file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(
            names(list(config.path())),
            ["w9", "w8", "w7", "w6", "w5", "w4", "w3", "w2"].map(|n| format!("{n}.symbio"))
        );
        remember(config.path(), &file(5)).unwrap();
        assert_eq!(names(list(config.path()))[..2], ["w5.symbio", "w9.symbio"]);
        assert_eq!(list(config.path()).len(), MAX);
        std::fs::remove_file(files.path().join("w9.symbio")).unwrap();
        assert_eq!(names(list(config.path()))[..2], ["w5.symbio", "w8.symbio"]);
        std::fs::write(config.path().join(FILE), b"{not json").unwrap();
        assert!(list(config.path()).is_empty());
    }
}
