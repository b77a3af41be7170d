//! `cargo xtask e2e`: end-to-end tests of the real app, driven over WebDriver.
//!
//! Contract (Linux): installs missing test prerequisites (`setup`), builds ui/dist with the
//! test hooks and the app (`app::build_for_tests`), checks that ports 4444 and 4445 are
//! free, empties `target/e2e/` of old screenshots, then runs, always under
//! `xvfb-run -a -s "-screen 0 1280x800x24"` (even with a display, so screenshots are the
//! same everywhere), a bash script that
//! starts `tauri-driver --port 4444 --native-port 4445`, waits until it listens, runs
//! `node tests/e2e/run.mjs` with `SYMBIO_APP=<abs path of the app>`, and stops the driver.
//! tauri-driver's and the app's own output go to `target/e2e/tauri-driver.log`, whose
//! tail is printed when the run fails. Fails when any test fails. Other platforms: error.

use crate::cmd::{self, Cmd};
use crate::{app, driver, setup};
use anyhow::{bail, Context, Result};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

const PORT: u16 = 4444;
const NATIVE_PORT: u16 = 4445;
const SCREEN: &str = "-screen 0 1280x800x24";

/// Starts the driver, waits for it, runs the suite, stops the driver; keeps node's status.
const SCRIPT: &str = r#"
"$TAURI_DRIVER" --port "$WD_PORT" --native-port "$WD_NATIVE_PORT" >"$DRIVER_LOG" 2>&1 &
driver=$!
stop_driver() { kill "$driver" 2>/dev/null; wait "$driver" 2>/dev/null; }
trap 'stop_driver; exit 130' INT TERM
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$WD_PORT") 2>/dev/null; }
tries=0
until listening; do
  if ! kill -0 "$driver" 2>/dev/null; then
    echo "tauri-driver exited before listening on port $WD_PORT" >&2
    exit 1
  fi
  tries=$((tries + 1))
  if [ "$tries" -ge 150 ]; then
    echo "tauri-driver did not listen on port $WD_PORT within 15 s" >&2
    stop_driver
    exit 1
  fi
  sleep 0.1
done
node "$NODE_SCRIPT"
status=$?
stop_driver
exit "$status"
"#;

pub fn run() -> Result<()> {
    if !cfg!(target_os = "linux") {
        bail!("the e2e suite runs on Linux only (WebKitWebDriver under Xvfb)");
    }
    cmd::timed("e2e: prerequisites", || setup::run(setup::Needs::Test))?;
    driver::find().context("tauri-driver is not installed even after setup")?;
    for tool in ["xvfb-run", "xauth", "WebKitWebDriver"] {
        if cmd::which(tool).is_none() {
            bail!("`{tool}` is not on PATH even after setup");
        }
    }
    let built = cmd::timed("e2e: build UI and app", app::build_for_tests)?;
    let out = cmd::target_dir().join("e2e");
    fresh_out_dir(&out)?;
    // Test a copy: any later `cargo build` without the custom-protocol feature (a test run,
    // an editor) rewrites target/debug/symbio as a dev build that loads the Vite server.
    let binary = out.join(built.file_name().unwrap_or_default());
    std::fs::copy(&built, &binary)
        .with_context(|| format!("cannot copy {} to {}", built.display(), binary.display()))?;
    let result = cmd::timed("e2e: tests", || {
        drive(
            Path::new("tests/e2e/run.mjs"),
            &out,
            &[("SYMBIO_APP", binary.as_os_str()), ("SYMBIO_E2E_OUT", out.as_os_str())],
        )
    });
    result.context("end-to-end tests failed")
}

/// Runs `node <script>` under Xvfb with tauri-driver listening (see the module doc), with
/// `envs` and `WEBDRIVER_URL` set; the driver's log goes to `<out>/tauri-driver.log`, whose
/// tail is printed when the script fails. Checks the tools and ports first.
pub(crate) fn drive(script: &Path, out: &Path, envs: &[(&str, &std::ffi::OsStr)]) -> Result<()> {
    let tauri_driver = driver::find().context("tauri-driver is not installed even after setup")?;
    ports_free()?;
    let log = out.join("tauri-driver.log");
    let mut command = Cmd::new("xvfb-run")
        .args(["-a", "-s", SCREEN, "bash", "-c", SCRIPT])
        .env("TAURI_DRIVER", &tauri_driver)
        .env("WD_PORT", PORT.to_string())
        .env("WD_NATIVE_PORT", NATIVE_PORT.to_string())
        .env("DRIVER_LOG", &log)
        .env("NODE_SCRIPT", script)
        // The webview keeps its storage under the XDG data folder: a fresh one per run,
        // so nothing from the developer's own use of the app leaks into the tests.
        .env("XDG_DATA_HOME", out.join("xdg-data"))
        .env("WEBDRIVER_URL", format!("http://127.0.0.1:{PORT}"));
    for (name, value) in envs {
        command = command.env(name, value);
    }
    let result = command.run();
    if result.is_err() {
        print_tail(&log, 40);
    }
    result
}

/// Creates `out` and removes screenshots of earlier runs from it.
fn fresh_out_dir(out: &Path) -> Result<()> {
    std::fs::create_dir_all(out).with_context(|| format!("could not create {}", out.display()))?;
    let entries = std::fs::read_dir(out).with_context(|| format!("could not list {}", out.display()))?;
    for entry in entries {
        let path = entry
            .with_context(|| format!("could not list {}", out.display()))?
            .path();
        if path.extension().is_some_and(|ext| ext == "png") {
            std::fs::remove_file(&path).with_context(|| format!("could not remove {}", path.display()))?;
        }
    }
    Ok(())
}

/// A stale driver on our ports would answer instead of ours: refuse to start then.
fn ports_free() -> Result<()> {
    for port in [PORT, NATIVE_PORT] {
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        if TcpStream::connect_timeout(&addr, Duration::from_millis(300)).is_ok() {
            bail!(
                "port {port} is already in use (a tauri-driver or WebKitWebDriver left running?); \
                 stop that process and run again"
            );
        }
    }
    Ok(())
}

fn print_tail(path: &Path, lines: usize) {
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    eprintln!("\n--- last {} lines of {} ---", all.len() - start, cmd::show(path));
    for line in &all[start..] {
        eprintln!("{line}");
    }
    eprintln!("--- end of {} ---", cmd::show(path));
}
