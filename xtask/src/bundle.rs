//! `cargo xtask bundle`: build an installer with the Tauri CLI.
//!
//! Contract: installs the build prerequisites, then runs `tauri build` from ui/ with
//! `TAURI_APP_PATH=src-tauri` (the CLI from ui/node_modules when the UI lists
//! `@tauri-apps/cli`, else `npx --yes @tauri-apps/cli@2`). The CLI runs the config's
//! `beforeBuildCommand` (`npm run build`) in ui/ and makes a release build. On Linux it
//! builds only the .deb and prints its path; elsewhere it builds the platform's bundles
//! listed in tauri.conf.json and prints where they are.

use crate::cmd::{self, Cmd};
use crate::{setup, ui};
use anyhow::{Context, Result};
use std::path::PathBuf;
use std::time::SystemTime;

pub fn run() -> Result<()> {
    cmd::timed("setup (build prerequisites)", || setup::run(setup::Needs::Build))?;
    let linux = cfg!(target_os = "linux");
    cmd::timed("tauri build (release)", || {
        let ui = ui::dir();
        let local_cli = ui
            .join("node_modules")
            .join(".bin")
            .join(if cfg!(windows) { "tauri.cmd" } else { "tauri" })
            .is_file();
        let mut tauri = Cmd::new(cmd::npx()).dir(&ui);
        tauri = if local_cli {
            tauri.arg("tauri")
        } else {
            println!("ui does not list @tauri-apps/cli yet: using npx @tauri-apps/cli@2");
            tauri.args(["--yes", "@tauri-apps/cli@2"])
        };
        tauri = tauri.arg("build");
        if linux {
            tauri = tauri.args(["--bundles", "deb"]);
        }
        if cmd::ci() {
            tauri = tauri.arg("--ci");
        }
        tauri
            .env("TAURI_APP_PATH", cmd::root().join("src-tauri"))
            .env("TAURI_FRONTEND_PATH", &ui)
            .run()
    })?;
    let bundle_dir = cmd::target_dir().join("release").join("bundle");
    if linux {
        let deb = newest_deb(&bundle_dir.join("deb"))?;
        println!("\n.deb package: {}", deb.display());
    } else {
        println!("\nbundles are in {}", bundle_dir.display());
    }
    Ok(())
}

/// The most recently written `.deb` in `dir`.
fn newest_deb(dir: &std::path::Path) -> Result<PathBuf> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("tauri build made no {}", dir.display()))?;
    let mut best: Option<(SystemTime, PathBuf)> = None;
    for entry in entries {
        let entry = entry.with_context(|| format!("could not list {}", dir.display()))?;
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "deb") {
            let modified = entry
                .metadata()
                .and_then(|m| m.modified())
                .with_context(|| format!("could not read {}", path.display()))?;
            let newer = match &best {
                Some((newest, _)) => modified > *newest,
                None => true,
            };
            if newer {
                best = Some((modified, path));
            }
        }
    }
    best.map(|(_, path)| path)
        .with_context(|| format!("no .deb in {}", dir.display()))
}
