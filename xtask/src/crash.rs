//! `cargo xtask crash-trials [N]`: the kill -9 trial of the core's storage, N times (default 200).
//!
//! Contract: runs the test `crash::kill_nine_trials` of tests/safety/ with
//! `SYMBIO_CRASH_TRIALS=N`: a writer process doing real workspace writes is killed at random
//! moments (some while it migrates an old-version workspace); after each kill the workspace is
//! reopened, checked (`integrity_check`, `foreign_key_check`) and every acknowledged write must
//! be there. Prints the test's summary line (trials, writes checked, seed); fails on the first
//! trial that finds damage or a lost write. `SYMBIO_CRASH_SEED` from the environment replays a run.

use crate::cmd::{self, Cmd};
use anyhow::{bail, Context, Result};

const DEFAULT_TRIALS: usize = 200;

pub fn run(args: &[String]) -> Result<()> {
    let trials = match args {
        [] => DEFAULT_TRIALS,
        [n] => n.parse().with_context(|| format!("`{n}` is not a number of trials"))?,
        _ => bail!("usage: cargo xtask crash-trials [N]"),
    };
    if trials == 0 {
        bail!("at least one trial");
    }
    Cmd::new(cmd::cargo())
        .args([
            "test",
            "-p",
            "symbio",
            "--test",
            "safety",
            "--",
            "--exact",
            "crash::kill_nine_trials",
        ])
        .args(["--nocapture"])
        .env("SYMBIO_CRASH_TRIALS", trials.to_string())
        .run()
}
