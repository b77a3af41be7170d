//! Process and path helpers shared by every task.
//!
//! Contract: `Cmd::run` echoes the command line (`$ ...`), streams the child's output,
//! and fails with an error naming the command, its directory and its exit status;
//! `Cmd::output` captures stdout instead. When `CI` is set, children get no standard
//! input, so nothing can wait on a prompt. Paths are absolute, rooted at the repository.

use anyhow::{bail, Context, Result};
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| manifest_dir.to_path_buf())
}

/// Cargo's target directory (`CARGO_TARGET_DIR`, else `<root>/target`).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                root().join(dir)
            }
        }
        _ => root().join("target"),
    }
}

/// True when running under CI (`CI` set to anything but `false`/`0`/empty).
pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The cargo that runs us (so `+toolchain` choices carry over), else `cargo` on PATH.
pub fn cargo() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// `npm` / `npx` under their platform names (`npm.cmd` on Windows).
pub fn npm() -> &'static str {
    if cfg!(windows) {
        "npm.cmd"
    } else {
        "npm"
    }
}

pub fn npx() -> &'static str {
    if cfg!(windows) {
        "npx.cmd"
    } else {
        "npx"
    }
}

/// A file name with the platform's executable suffix.
pub fn exe(name: &str) -> String {
    format!("{name}{}", std::env::consts::EXE_SUFFIX)
}

/// Finds an executable on PATH.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    let names = [exe(name), format!("{name}.cmd"), name.to_string()];
    std::env::split_paths(&path).find_map(|dir| names.iter().map(|n| dir.join(n)).find(|candidate| candidate.is_file()))
}

/// `path` relative to the repository root when inside it, for messages.
pub fn show(path: &Path) -> String {
    let root = root();
    match path.strip_prefix(&root) {
        Ok(rel) if rel.as_os_str().is_empty() => ".".to_string(),
        Ok(rel) => rel.display().to_string(),
        Err(_) => path.display().to_string(),
    }
}

/// A command line to run, with its working directory and extra environment.
pub struct Cmd {
    program: OsString,
    args: Vec<OsString>,
    dir: PathBuf,
    envs: Vec<(OsString, OsString)>,
}

impl Cmd {
    /// A command run from the repository root.
    pub fn new(program: impl AsRef<OsStr>) -> Self {
        Cmd {
            program: program.as_ref().to_owned(),
            args: Vec::new(),
            dir: root(),
            envs: Vec::new(),
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.args.extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    pub fn dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.dir = dir.into();
        self
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.envs.push((key.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    /// The command line as a person would type it.
    pub fn line(&self) -> String {
        let program = Path::new(&self.program)
            .file_name()
            .unwrap_or(&self.program)
            .to_string_lossy()
            .into_owned();
        let mut line = program;
        for arg in &self.args {
            let arg = arg.to_string_lossy();
            if arg.is_empty() || arg.contains([' ', '"', '\'', '$', '\n']) {
                line.push_str(&format!(" '{}'", arg.replace('\'', r"'\''")));
            } else {
                line.push(' ');
                line.push_str(&arg);
            }
        }
        line
    }

    fn where_(&self) -> String {
        let dir = show(&self.dir);
        if dir == "." {
            String::new()
        } else {
            format!(" (in {dir})")
        }
    }

    fn command(&self) -> Command {
        let mut command = Command::new(&self.program);
        command.args(&self.args).current_dir(&self.dir);
        for (key, value) in &self.envs {
            command.env(key, value);
        }
        if ci() {
            command.stdin(Stdio::null());
        }
        command
    }

    /// Runs the command with inherited stdout/stderr; fails unless it exits with 0.
    pub fn run(&self) -> Result<()> {
        println!("$ {}{}", self.line(), self.where_());
        let status = self
            .command()
            .status()
            .with_context(|| format!("could not start `{}`{}", self.line(), self.where_()))?;
        if !status.success() {
            bail!("`{}`{} failed ({status})", self.line(), self.where_());
        }
        Ok(())
    }

    /// Runs the command quietly and returns its stdout; fails unless it exits with 0.
    pub fn output(&self) -> Result<String> {
        let output = self
            .command()
            .stderr(Stdio::piped())
            .output()
            .with_context(|| format!("could not start `{}`{}", self.line(), self.where_()))?;
        if !output.status.success() {
            bail!(
                "`{}`{} failed ({}): {}",
                self.line(),
                self.where_(),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// True when the command starts and exits with 0 (output discarded).
    pub fn succeeds(&self) -> bool {
        self.command()
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }
}

/// Seconds with one decimal, e.g. `12.3 s`.
pub fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

/// Runs `f`, printing a header before and the wall time after.
pub fn timed<T>(label: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    println!("\n==> {label}");
    let start = Instant::now();
    let result = f();
    let verdict = if result.is_ok() { "done" } else { "FAILED" };
    println!("<== {label}: {verdict} in {}", secs(start.elapsed()));
    result
}
