//! `cargo xtask run [app args]`: build and start the desktop app.
//!
//! Contract: on Linux, fails at once (before building) when there is neither `DISPLAY`
//! nor `WAYLAND_DISPLAY`; otherwise installs the build prerequisites, builds the UI and
//! the app (`app::build`), starts `target/debug/symbio` with the given arguments (e.g.
//! `--db PATH`) and returns when it exits, failing if it exits with an error.

use crate::cmd::{self, Cmd};
use crate::{app, setup};
use anyhow::{bail, Result};

pub fn run(app_args: &[String]) -> Result<()> {
    // `cargo xtask run -- --db x` and `cargo xtask run --db x` mean the same.
    let app_args = match app_args.split_first() {
        Some((first, rest)) if first == "--" => rest,
        _ => app_args,
    };
    if cfg!(target_os = "linux") && !has_display() {
        bail!(
            "no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the app has nowhere \
             to open its window.\n  Run it from a desktop session, or under a virtual X \
             server: `xvfb-run -a cargo xtask run`. For automated checks use `cargo xtask e2e`."
        );
    }
    cmd::timed("setup (build prerequisites)", || setup::run(setup::Needs::Build))?;
    let binary = cmd::timed("build UI and app", app::build)?;
    println!("\nstarting {}", cmd::show(&binary));
    Cmd::new(&binary).args(app_args).run()
}

fn has_display() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|var| std::env::var_os(var).is_some_and(|v| !v.is_empty()))
}
