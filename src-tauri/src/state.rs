//! The app's managed state: the open workspace, or why it could not be opened.

use std::path::PathBuf;

use symbio::Db;

use crate::error::CommandError;

pub struct Workspace {
    pub path: PathBuf,
    /// Where exports of maps and rosters are saved.
    pub export_dir: PathBuf,
    opened: Result<Db, CommandError>,
}

impl Workspace {
    /// Opens the workspace. A file that cannot be opened is kept as an error, shown by the UI;
    /// the file itself is untouched. Nothing is added to it: a new workspace opens on the
    /// welcome screen, which offers the sample account.
    pub fn open(path: PathBuf, export_dir: PathBuf) -> Self {
        let opened = Db::open(&path).map_err(CommandError::from);
        Self {
            path,
            export_dir,
            opened,
        }
    }

    pub fn db(&self) -> Result<&Db, CommandError> {
        self.opened.as_ref().map_err(Clone::clone)
    }
}

/// The value of `--NAME VALUE` or `--NAME=VALUE` on the command line, if given.
fn argument(args: impl Iterator<Item = String>, name: &str) -> Option<PathBuf> {
    let flag = format!("--{name}");
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == flag {
            return args.next().map(PathBuf::from);
        }
        if let Some(value) = arg.strip_prefix(&flag).and_then(|rest| rest.strip_prefix('=')) {
            return Some(PathBuf::from(value));
        }
    }
    None
}

fn environment(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).filter(|p| !p.is_empty()).map(PathBuf::from)
}

/// `--db PATH`, then `SYMBIO_DB`, then the default file in the OS app-data folder.
pub fn workspace_path(args: impl Iterator<Item = String>, app_data: Option<PathBuf>) -> PathBuf {
    argument(args, "db")
        .or_else(|| environment("SYMBIO_DB"))
        .unwrap_or_else(|| app_data.unwrap_or_else(|| PathBuf::from(".")).join("workspace.symbio"))
}

/// `--exports DIR`, then `SYMBIO_EXPORTS`, then a "Symbio" folder in the user's documents.
pub fn export_dir(args: impl Iterator<Item = String>, documents: Option<PathBuf>) -> PathBuf {
    argument(args, "exports")
        .or_else(|| environment("SYMBIO_EXPORTS"))
        .unwrap_or_else(|| documents.unwrap_or_else(|| PathBuf::from(".")).join("Symbio"))
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
