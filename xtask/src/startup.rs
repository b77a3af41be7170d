//! `cargo xtask bench-startup`: Symbio's start-up time and memory against a bare Tauri window.
//!
//! Contract (Linux): installs the test prerequisites, builds ui/dist (the release UI, no test
//! hooks), then in release with the UI embedded both Symbio and the baseline
//! `benches/bare-window` (Tauri 2's window with a one-line page), in this same run so that
//! both meet the same compiler, libraries and machine. It then runs
//! `benches/startup/measure.mjs` under Xvfb with tauri-driver (see `e2e::drive`): the sample
//! account is created in a fresh workspace once, then each app is started 5 times,
//! alternately, and timed from the WebDriver session request to its first interactive screen
//! (Symbio: the sample's map drawn; baseline: its page loaded), and its memory (PSS of the
//! app and its WebKit processes) read after the same settling time. Prints the medians and the ratios and
//! writes them to `target/bench/startup.json`. A benchmark, not a test: it fails only when
//! something cannot be built or started.

use crate::cmd::{self, Cmd};
use crate::{e2e, setup, ui};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

const BASELINE: &str = "bare-window";

fn release_binary(name: &str) -> PathBuf {
    cmd::target_dir().join("release").join(cmd::exe(name))
}

fn build_release(package: &str, binary: &str) -> Result<PathBuf> {
    Cmd::new(cmd::cargo())
        .args(["build", "--release", "-p", package, "--features", "custom-protocol"])
        .run()?;
    let path = release_binary(binary);
    if !path.is_file() {
        bail!("the build succeeded but {} is not there", path.display());
    }
    Ok(path)
}

pub fn run() -> Result<()> {
    if !cfg!(target_os = "linux") {
        bail!("the start-up benchmark runs on Linux only (WebKitWebDriver under Xvfb)");
    }
    cmd::timed("bench: prerequisites", || setup::run(setup::Needs::Test))?;
    cmd::timed("bench: release UI", ui::build)?;
    let symbio = cmd::timed("bench: Symbio (release)", || {
        build_release(crate::app::PACKAGE, crate::app::BINARY)
    })?;
    let baseline = cmd::timed("bench: baseline window (release)", || build_release(BASELINE, BASELINE))?;
    let out = cmd::target_dir().join("bench");
    std::fs::create_dir_all(&out).with_context(|| format!("could not create {}", out.display()))?;
    cmd::timed("bench: start-up", || {
        e2e::drive(
            Path::new("benches/startup/measure.mjs"),
            &out,
            &[
                ("SYMBIO_APP", symbio.as_os_str()),
                ("BASELINE_APP", baseline.as_os_str()),
                ("SYMBIO_BENCH_OUT", out.as_os_str()),
            ],
        )
    })
}
