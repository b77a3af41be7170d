//! The web UI in `ui/`: its node_modules and its npm scripts.
//!
//! Contract: `ensure_deps()` runs `npm ci` only when `ui/node_modules` is missing or
//! older than `ui/package-lock.json` (`npm install` when there is no lockfile yet);
//! `script(name)` runs `npm run <name>` in `ui/` and fails if the script fails.

use crate::cmd::{self, Cmd};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

pub fn dir() -> PathBuf {
    cmd::root().join("ui")
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Node and npm must be on PATH; Node 20 or newer.
pub fn check_node() -> Result<()> {
    let version = Cmd::new("node").arg("--version").output().context(
        "Node.js is not installed: install Node 20 or newer (with npm) from nodejs.org \
         or your package manager, then run again",
    )?;
    let major: u32 = version
        .trim()
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .with_context(|| format!("unexpected `node --version` output: {version:?}"))?;
    if major < 20 {
        bail!("Node.js {} is too old: install Node 20 or newer", version.trim());
    }
    Cmd::new(cmd::npm())
        .arg("--version")
        .output()
        .context("npm is not installed (it normally comes with Node.js)")?;
    println!("node: {} (with npm)", version.trim());
    Ok(())
}

/// Installs ui/node_modules when missing or stale.
pub fn ensure_deps() -> Result<()> {
    let ui = dir();
    if !ui.join("package.json").is_file() {
        println!("ui: no ui/package.json yet, skipping npm install");
        return Ok(());
    }
    let lock = ui.join("package-lock.json");
    let modules = ui.join("node_modules");
    // npm writes node_modules/.package-lock.json on every install: the best install time.
    let installed_at = modified(&modules.join(".package-lock.json")).or_else(|| modified(&modules));
    if !lock.is_file() {
        println!("ui: no package-lock.json, running npm install to create it");
        return Cmd::new(cmd::npm()).arg("install").dir(&ui).run();
    }
    let stale = match (installed_at, modified(&lock)) {
        (None, _) => Some("ui/node_modules is missing"),
        (Some(installed), Some(locked)) if installed < locked => {
            Some("ui/node_modules is older than ui/package-lock.json")
        }
        _ => None,
    };
    match stale {
        Some(reason) => {
            println!("ui: {reason}, running npm ci");
            Cmd::new(cmd::npm())
                .args(["ci", "--no-audit", "--no-fund"])
                .dir(&ui)
                .run()
        }
        None => {
            println!("ui: node_modules up to date");
            Ok(())
        }
    }
}

/// `npm run <name>` in ui/.
pub fn script(name: &str) -> Result<()> {
    Cmd::new(cmd::npm()).args(["run", name]).dir(dir()).run()
}

/// `npm run build` in ui/, checking that it produced ui/dist/index.html.
pub fn build() -> Result<()> {
    build_with("build")
}

/// `npm run build:e2e` in ui/: the build the end-to-end tests drive, which adds their
/// hooks into the page (`window.symbioMap`); a release build never has them.
pub fn build_for_tests() -> Result<()> {
    build_with("build:e2e")
}

fn build_with(script_name: &str) -> Result<()> {
    script(script_name)?;
    let index = dir().join("dist").join("index.html");
    if !index.is_file() {
        bail!("`npm run {script_name}` did not produce {}", cmd::show(&index));
    }
    Ok(())
}
