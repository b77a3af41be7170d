//! `cargo xtask setup`: check prerequisites and install what is missing.
//!
//! Contract: with `Needs::Build`, makes sure the app can be built (system libraries,
//! Node 20+, ui/node_modules); with `Needs::Test` also what the tests need (Xvfb,
//! xauth, WebKitWebDriver, ImageMagick, tauri-driver, rustfmt, clippy). On Debian/Ubuntu
//! it installs missing apt packages itself; on macOS and Windows it prints exactly what
//! to install and carries on. A second run on a ready machine installs nothing.

use crate::cmd::{self, Cmd};
use crate::{apt, driver, ui};
use anyhow::{bail, Result};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Needs {
    /// Building and running the app.
    Build,
    /// Building, plus everything `cargo xtask test` runs.
    Test,
}

pub fn run(needs: Needs) -> Result<()> {
    system_packages(needs)?;
    ui::check_node()?;
    ui::ensure_deps()?;
    if needs == Needs::Test {
        rust_components()?;
        if cfg!(target_os = "linux") {
            driver::ensure()?;
        }
    }
    Ok(())
}

fn system_packages(needs: Needs) -> Result<()> {
    if cfg!(target_os = "macos") {
        macos();
        return Ok(());
    }
    if cfg!(windows) {
        windows();
        return Ok(());
    }
    let mut wanted: Vec<&str> = apt::BUILD.to_vec();
    if needs == Needs::Test {
        wanted.extend_from_slice(apt::TEST);
    }
    if cfg!(target_os = "linux") && apt::is_debian_like() {
        return apt::ensure(&wanted);
    }
    println!(
        "system packages: not a Debian/Ubuntu system, so not installing anything.\n  \
         Install the equivalents of these Debian packages with your package manager:\n    {}\n  \
         (WebKitGTK 4.1 development files, pkg-config{})",
        wanted.join(" "),
        if needs == Needs::Test {
            "; for tests Xvfb, xauth, WebKitWebDriver, ImageMagick"
        } else {
            ""
        }
    );
    Ok(())
}

fn macos() {
    let clt = Cmd::new("xcode-select").arg("-p").succeeds();
    if clt {
        println!("system packages: Xcode Command Line Tools present (WebKit ships with macOS)");
    } else {
        println!(
            "system packages: install the Xcode Command Line Tools:\n    xcode-select --install\n  \
             (the system WebKit is used; nothing else is needed to build)"
        );
    }
}

fn windows() {
    println!(
        "system packages: on Windows install, if not present:\n  \
         - Microsoft C++ Build Tools (Visual Studio Build Tools, workload \
         \"Desktop development with C++\": MSVC and the Windows SDK)\n  \
         - Microsoft Edge WebView2 Runtime (preinstalled on Windows 10 1803+ and 11; \
         otherwise the Evergreen Bootstrapper from Microsoft)\n  \
         - Perl (Strawberry Perl), which builds the OpenSSL compiled into the workspace encryption"
    );
}

/// rustfmt and clippy, which `cargo xtask test` runs.
fn rust_components() -> Result<()> {
    let cargo = cmd::cargo();
    let fmt = Cmd::new(&cargo).args(["fmt", "--version"]).succeeds();
    let clippy = Cmd::new(&cargo).args(["clippy", "--version"]).succeeds();
    if fmt && clippy {
        println!("rust: rustfmt and clippy present");
        return Ok(());
    }
    let missing: Vec<&str> = [("rustfmt", fmt), ("clippy", clippy)]
        .iter()
        .filter(|(_, present)| !present)
        .map(|(name, _)| *name)
        .collect();
    println!("rust: installing missing components: {}", missing.join(" "));
    if cmd::which("rustup").is_none() {
        bail!(
            "{} missing and no rustup to add them: install them with your Rust toolchain",
            missing.join(" and ")
        );
    }
    Cmd::new("rustup").args(["component", "add"]).args(&missing).run()
}
