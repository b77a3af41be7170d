//! The app's managed state: the open workspace, or why it could not be opened.

use std::path::PathBuf;

use symbio::Db;

use crate::error::CommandError;

pub struct Workspace {
    pub path: PathBuf,
    opened: Result<Db, CommandError>,
}

impl Workspace {
    /// Opens the workspace and seeds the sample account into an empty one. A file that
    /// cannot be opened is kept as an error, shown by the UI; the file itself is untouched.
    pub fn open(path: PathBuf) -> Self {
        let opened = Db::open(&path)
            .and_then(|db| db.ensure_sample().map(|_| db))
            .map_err(CommandError::from);
        Self { path, opened }
    }

    pub fn db(&self) -> Result<&Db, CommandError> {
        self.opened.as_ref().map_err(Clone::clone)
    }
}

/// `--db PATH`, then `SYMBIO_DB`, then the default file in the OS app-data folder.
pub fn workspace_path(args: impl Iterator<Item = String>, app_data: Option<PathBuf>) -> PathBuf {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == "--db" {
            if let Some(path) = args.next() {
                return PathBuf::from(path);
            }
        } else if let Some(path) = arg.strip_prefix("--db=") {
            return PathBuf::from(path);
        }
    }
    if let Some(path) = std::env::var_os("SYMBIO_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    app_data.unwrap_or_else(|| PathBuf::from(".")).join("workspace.symbio")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter().map(|s| s.to_string()).collect::<Vec<_>>().into_iter()
    }

    #[test]
    fn db_argument_wins_over_the_default() {
        let default = Some(PathBuf::from("/data"));
        assert_eq!(
            workspace_path(args(&["symbio", "--db", "/tmp/a.symbio"]), default.clone()),
            PathBuf::from("/tmp/a.symbio")
        );
        assert_eq!(
            workspace_path(args(&["symbio", "--db=/tmp/b.symbio"]), default),
            PathBuf::from("/tmp/b.symbio")
        );
    }
}
