//! `cargo xtask test`: everything CI runs, in order, stopping at the first failure.
//!
//! Contract: runs the steps below one after another, printing each step's wall time;
//! stops at the first failing step and prints a summary naming it (later steps shown as
//! not run), then fails. Steps: install test prerequisites; `cargo fmt --all --check`;
//! `cargo clippy --workspace --all-targets -- -D warnings`; `cargo test --workspace`;
//! in ui/ `npm run check`, `npm run lint`, `npm run test`; the e2e suite (Linux only:
//! elsewhere it is reported as skipped). Nothing prompts; under `CI` children get no stdin.

use crate::cmd::{self, Cmd};
use crate::{e2e, setup, ui};
use anyhow::{bail, Result};
use std::time::{Duration, Instant};

struct Step {
    name: &'static str,
    run: fn() -> Result<()>,
    linux_only: bool,
}

const fn step(name: &'static str, run: fn() -> Result<()>) -> Step {
    Step {
        name,
        run,
        linux_only: false,
    }
}

const STEPS: &[Step] = &[
    step("prerequisites (cargo xtask setup)", prerequisites),
    step("cargo fmt --all --check", fmt),
    step("cargo clippy --workspace --all-targets -- -D warnings", clippy),
    step("cargo test --workspace", cargo_test),
    step("ui: npm run check", ui_check),
    step("ui: npm run lint", ui_lint),
    step("ui: npm run test", ui_test),
    Step {
        name: "e2e: the real app over WebDriver",
        run: e2e_suite,
        linux_only: true,
    },
];

enum Outcome {
    Passed(Duration),
    Skipped(&'static str),
    Failed(Duration),
    NotRun,
}

pub fn run() -> Result<()> {
    let start = Instant::now();
    let mut outcomes: Vec<Outcome> = Vec::with_capacity(STEPS.len());
    let mut failure = None;
    for (index, step) in STEPS.iter().enumerate() {
        let name = step.name;
        if failure.is_some() {
            outcomes.push(Outcome::NotRun);
            continue;
        }
        if step.linux_only && !cfg!(target_os = "linux") {
            outcomes.push(Outcome::Skipped("Linux only"));
            continue;
        }
        println!("\n==> [{}/{}] {name}", index + 1, STEPS.len());
        let began = Instant::now();
        let result = (step.run)();
        let took = began.elapsed();
        match result {
            Ok(()) => {
                println!("<== {name}: ok in {}", cmd::secs(took));
                outcomes.push(Outcome::Passed(took));
            }
            Err(error) => {
                println!("<== {name}: FAILED in {}", cmd::secs(took));
                outcomes.push(Outcome::Failed(took));
                failure = Some((name, error));
            }
        }
    }
    summary(&outcomes);
    let total = cmd::secs(start.elapsed());
    match failure {
        None => {
            println!("xtask test: every step succeeded in {total}");
            Ok(())
        }
        Some((name, error)) => {
            bail!("step `{name}` failed after {total} total: {error:#}")
        }
    }
}

fn summary(outcomes: &[Outcome]) {
    println!("\n==> summary");
    let width = STEPS.iter().map(|s| s.name.len()).max().unwrap_or(0);
    for (step, outcome) in STEPS.iter().zip(outcomes) {
        let name = step.name;
        let (verdict, time) = match outcome {
            Outcome::Passed(took) => ("ok", cmd::secs(*took)),
            Outcome::Failed(took) => ("FAILED", cmd::secs(*took)),
            Outcome::Skipped(why) => ("skipped", why.to_string()),
            Outcome::NotRun => ("not run", String::new()),
        };
        let line = format!("  {verdict:<8} {name:<width$}  {time}");
        println!("{}", line.trim_end());
    }
}

fn prerequisites() -> Result<()> {
    setup::run(setup::Needs::Test)
}

fn cargo(args: &[&str]) -> Result<()> {
    Cmd::new(cmd::cargo()).args(args).run()
}

fn fmt() -> Result<()> {
    cargo(&["fmt", "--all", "--check"])
}

fn clippy() -> Result<()> {
    cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])
}

fn cargo_test() -> Result<()> {
    cargo(&["test", "--workspace"])
}

fn ui_check() -> Result<()> {
    ui::script("check")
}

fn ui_lint() -> Result<()> {
    ui::script("lint")
}

fn ui_test() -> Result<()> {
    ui::script("test")
}

fn e2e_suite() -> Result<()> {
    e2e::run()
}
