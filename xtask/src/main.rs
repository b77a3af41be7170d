//! `cargo xtask <task>`: the project's build, run, test and packaging entry point.
//!
//! Contract: every task is a module with a `run` function returning `anyhow::Result`;
//! `main` dispatches on the first argument, prints the error chain on failure and exits
//! with status 1 (2 for a usage error). Tasks install what they need themselves (see
//! `setup`), so each one works on a fresh machine, and none reads standard input when
//! `CI` is set.

mod app;
mod apt;
mod bundle;
mod cmd;
mod crash;
mod driver;
mod e2e;
mod run;
mod setup;
mod startup;
mod test;
mod ui;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <task> [args]

tasks:
  setup    check prerequisites and install what is missing (system packages, ui/node_modules,
           tauri-driver); a second run does nothing
  run      build the UI and the app, then start it; extra args go to the app (e.g. --db PATH)
  test     everything CI runs, in order, stopping at the first failure: fmt, clippy,
           cargo test, UI check/lint/unit tests, end-to-end tests of the real app
  e2e      only the end-to-end tests (real app under Xvfb, driven over WebDriver)
  bundle   build the Linux .deb installer (local proof that bundling works)
  crash-trials [N]
           the storage's kill -9 trial N times (default 200): a writer killed at random moments,
           the workspace reopened and checked, no acknowledged write lost
  bench-startup
           Symbio's start-up time and memory against a bare Tauri window (release builds)
";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(task) = args.next() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest: Vec<String> = args.collect();
    let result = match task.as_str() {
        "setup" => no_args(&task, &rest).and_then(|()| setup::run(setup::Needs::Test)),
        "run" => run::run(&rest),
        "test" => no_args(&task, &rest).and_then(|()| test::run()),
        "e2e" => no_args(&task, &rest).and_then(|()| e2e::run()),
        "bundle" => no_args(&task, &rest).and_then(|()| bundle::run()),
        "crash-trials" => crash::run(&rest),
        "bench-startup" => no_args(&task, &rest).and_then(|()| startup::run()),
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => {
            eprintln!("unknown task `{other}`\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("\nxtask {task}: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn no_args(task: &str, rest: &[String]) -> anyhow::Result<()> {
    if rest.is_empty() {
        Ok(())
    } else {
        anyhow::bail!("`cargo xtask {task}` takes no arguments (got {rest:?})")
    }
}
