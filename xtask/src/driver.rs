//! tauri-driver: the WebDriver intermediary that launches the app for the e2e tests.
//!
//! Contract: `find()` returns the binary from PATH or `$CARGO_HOME/bin` (default
//! `~/.cargo/bin`); `ensure()` returns it, first running
//! `cargo install tauri-driver --locked --version 2.1.0` when it is in neither place.

use crate::cmd::{self, Cmd};
use anyhow::{Context, Result};
use std::path::PathBuf;

pub const VERSION: &str = "2.1.0";

fn cargo_bin_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("CARGO_HOME").filter(|h| !h.is_empty()) {
        return Some(PathBuf::from(home).join("bin"));
    }
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"))?;
    Some(PathBuf::from(home).join(".cargo").join("bin"))
}

/// The installed tauri-driver, if any.
pub fn find() -> Option<PathBuf> {
    cmd::which("tauri-driver").or_else(|| {
        let candidate = cargo_bin_dir()?.join(cmd::exe("tauri-driver"));
        candidate.is_file().then_some(candidate)
    })
}

/// The tauri-driver binary, installed with cargo first if missing (about a minute).
pub fn ensure() -> Result<PathBuf> {
    if let Some(path) = find() {
        println!("tauri-driver: present ({})", path.display());
        return Ok(path);
    }
    println!("tauri-driver: installing {VERSION} with cargo install (about a minute)");
    Cmd::new(cmd::cargo())
        .args(["install", "tauri-driver", "--locked", "--version", VERSION])
        .run()
        .context("could not install tauri-driver")?;
    find().context("`cargo install tauri-driver` succeeded but the binary is on neither PATH nor in ~/.cargo/bin")
}
