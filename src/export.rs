//! Saving exports (PNG, SVG, PDF) of a map or roster view.
//!
//! Contract: the UI renders the picture; the core only stores it, in the workspace's export
//! folder, under a plain file name it checks (no folder parts, one of the known extensions,
//! content that starts like that format). The file is written to a new temporary file (create-new,
//! never through an existing name or link) and renamed, so a failed export never leaves a
//! half-written file behind. An existing file of the same
//! name gets a numbered sibling instead of being overwritten.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Problem, Result};

crate::vocabulary::vocabulary!(
    ExportFormat { Png = "png", Svg = "svg", Pdf = "pdf" }
);

/// What was saved, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct SavedExport {
    pub path: String,
    pub bytes: u32,
}

fn check_content(format: ExportFormat, bytes: &[u8]) -> Result<()> {
    let ok = match format {
        ExportFormat::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        ExportFormat::Pdf => bytes.starts_with(b"%PDF-"),
        ExportFormat::Svg => {
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
            head.contains("<svg")
        }
    };
    if ok {
        Ok(())
    } else {
        Err(Error::problem(
            "bytes",
            Problem::WrongContent {
                format: format.as_str().to_owned(),
            },
        ))
    }
}

/// A file name without folder parts or characters that Windows or macOS refuse.
fn check_name(stem: &str) -> Result<String> {
    let stem = stem.trim();
    if stem.is_empty() {
        return Err(Error::problem("name", Problem::Empty));
    }
    if stem
        .chars()
        .any(|c| matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control())
        || stem.starts_with('.')
    {
        return Err(Error::problem("name", Problem::NotAFileName { value: stem.to_owned() }));
    }
    Ok(stem.chars().take(120).collect())
}

fn free_path(dir: &Path, stem: &str, extension: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{extension}"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}).{extension}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// Where a new export called `name` goes in `dir`: a checked file name with `extension`, numbered
/// when a file of that name exists (long exports write there themselves, see `crate::document`).
pub fn export_path(dir: &Path, name: &str, extension: &str) -> Result<PathBuf> {
    Ok(free_path(dir, &check_name(name)?, extension))
}

/// Saves `bytes` as `<dir>/<name>.<format>` and returns the path it used.
pub fn save_export(dir: &Path, name: &str, format: ExportFormat, bytes: &[u8]) -> Result<SavedExport> {
    let stem = check_name(name)?;
    check_content(format, bytes)?;
    let io = |context: String| move |source| Error::Io { context, source };
    std::fs::create_dir_all(dir).map_err(io(format!("cannot create the export folder {}", dir.display())))?;
    // Its temporary file is created new under an unpredictable name: a planted
    // `<name>.partial` (a link out of the folder) is never opened, let alone followed.
    crate::document::file::write_atomically(&free_path(dir, &stem, format.as_str()), bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n....";

    #[test]
    fn saves_without_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        let first = save_export(dir.path(), "Lakeshore map", ExportFormat::Png, PNG).unwrap();
        let second = save_export(dir.path(), "Lakeshore map", ExportFormat::Png, PNG).unwrap();
        assert!(first.path.ends_with("Lakeshore map.png"));
        assert!(second.path.ends_with("Lakeshore map (2).png"));
        assert_eq!(std::fs::read(&second.path).unwrap(), PNG);
    }

    #[test]
    fn refuses_bad_names_and_content_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["", "../escape", "a/b", "..hidden", "what?"] {
            assert_eq!(
                save_export(dir.path(), name, ExportFormat::Png, PNG)
                    .unwrap_err()
                    .field(),
                Some("name"),
                "{name}"
            );
        }
        let error = save_export(dir.path(), "map", ExportFormat::Pdf, PNG).unwrap_err();
        assert_eq!(error.field(), Some("bytes"));
        assert!(save_export(dir.path(), "map", ExportFormat::Svg, b"<?xml version='1.0'?><svg/>").is_ok());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn an_export_path_is_checked_and_never_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let first = export_path(dir.path(), " Plan 2027 ", "pdf").unwrap();
        assert_eq!(first, dir.path().join("Plan 2027.pdf"));
        std::fs::write(&first, b"%PDF-").unwrap();
        assert_eq!(
            export_path(dir.path(), "Plan 2027", "pdf").unwrap(),
            dir.path().join("Plan 2027 (2).pdf")
        );
        assert_eq!(
            export_path(dir.path(), "../up", "pdf").unwrap_err().field(),
            Some("name")
        );
    }
}
