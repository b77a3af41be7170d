//! Building the desktop app with the UI embedded.
//!
//! Contract: `build()` runs `npm run build` in ui/ and then
//! `cargo build -p symbio-desktop --features custom-protocol` (which embeds ui/dist),
//! and returns the absolute path of the debug binary `target/debug/symbio`.
//! `build_for_tests()` does the same with `npm run build:e2e` (the UI with its test hooks).

use crate::cmd::{self, Cmd};
use crate::ui;
use anyhow::{bail, Result};
use std::path::PathBuf;

pub const PACKAGE: &str = "symbio-desktop";
pub const BINARY: &str = "symbio";

/// Where `cargo build -p symbio-desktop` puts the app.
pub fn binary() -> PathBuf {
    cmd::target_dir().join("debug").join(cmd::exe(BINARY))
}

/// Builds ui/dist, then the app embedding it; returns the app's path.
pub fn build() -> Result<PathBuf> {
    ui::build()?;
    build_app()
}

/// Like [`build`], with the UI's end-to-end test hooks.
pub fn build_for_tests() -> Result<PathBuf> {
    ui::build_for_tests()?;
    build_app()
}

fn build_app() -> Result<PathBuf> {
    Cmd::new(cmd::cargo())
        .args(["build", "-p", PACKAGE, "--features", "custom-protocol"])
        .run()?;
    let binary = binary();
    if !binary.is_file() {
        bail!("the build succeeded but {} is not there", binary.display());
    }
    Ok(binary)
}
