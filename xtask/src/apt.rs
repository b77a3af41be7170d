//! System packages on Debian/Ubuntu, through apt.
//!
//! Contract: `ensure(packages)` asks `dpkg-query` which of `packages` are not installed
//! and, only if some are missing, prints exactly those, runs `apt-get update` and
//! `apt-get install -y --no-install-recommends <missing>` (with `-q`, through `sudo -n` under CI,
//! `sudo` otherwise, when not root). A warm machine gets no apt call at all.

use crate::cmd::{self, Cmd};
use anyhow::{bail, Context, Result};

/// Needed to compile the Tauri shell (WebKitGTK 4.1 pulls GTK 3, libsoup 3, JSC), and a CJK
/// font, without which a fresh Linux machine draws the zh-CN UI and its exports as empty boxes.
/// Perl and make build the OpenSSL that SQLCipher's encryption is compiled with (vendored: no
/// system OpenSSL is linked).
pub const BUILD: &[&str] = &[
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "fonts-wqy-microhei",
    "perl",
    "make",
];

/// Needed by the end-to-end tests: a virtual X server, the WebKit WebDriver,
/// ImageMagick for whole-screen captures when a test needs one, and poppler's pdftotext and
/// pdftoppm, with which the core's tests read back the text and pages of the PDFs it writes.
pub const TEST: &[&str] = &["xvfb", "xauth", "webkit2gtk-driver", "imagemagick", "poppler-utils"];

/// True on Debian, Ubuntu and their derivatives (by /etc/os-release, else by apt-get).
pub fn is_debian_like() -> bool {
    if let Ok(release) = std::fs::read_to_string("/etc/os-release") {
        let like = release.lines().any(|line| {
            let Some((key, value)) = line.split_once('=') else {
                return false;
            };
            (key == "ID" || key == "ID_LIKE")
                && value
                    .trim_matches('"')
                    .split_whitespace()
                    .any(|id| id == "debian" || id == "ubuntu")
        });
        if like {
            return true;
        }
    }
    cmd::which("apt-get").is_some() && cmd::which("dpkg-query").is_some()
}

/// True when dpkg reports `pkg` as installed.
fn installed(pkg: &str) -> bool {
    Cmd::new("dpkg-query")
        .args(["-W", "-f=${Status}", pkg])
        .output()
        .is_ok_and(|status| status.trim() == "install ok installed")
}

/// The packages of `wanted` that are not installed, in order.
pub fn missing(wanted: &[&str]) -> Vec<String> {
    wanted
        .iter()
        .filter(|pkg| !installed(pkg))
        .map(|pkg| pkg.to_string())
        .collect()
}

fn is_root() -> bool {
    Cmd::new("id").arg("-u").output().is_ok_and(|uid| uid.trim() == "0")
}

/// Builds an apt-get command, through sudo when we are not root.
fn apt_get(args: &[&str]) -> Result<Cmd> {
    let base = if is_root() {
        Cmd::new("apt-get")
    } else if cmd::which("sudo").is_some() {
        // `-n`: never ask for a password under CI, fail instead.
        let sudo_args: &[&str] = if cmd::ci() { &["-n"] } else { &[] };
        Cmd::new("sudo")
            .args(sudo_args)
            .args(["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"])
    } else {
        bail!("not root and no `sudo`: install the packages above as root, then run again");
    };
    // `-q`: no progress bars in logs.
    Ok(base.arg("-q").args(args).env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Installs whichever of `wanted` is missing; does nothing when all are installed.
pub fn ensure(wanted: &[&str]) -> Result<()> {
    let missing = missing(wanted);
    if missing.is_empty() {
        println!("system packages: all present ({})", wanted.join(" "));
        return Ok(());
    }
    println!(
        "system packages: installing {} missing: {}",
        missing.len(),
        missing.join(" ")
    );
    apt_get(&["update"])?.run().context("apt-get update failed")?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend(missing.iter().map(String::as_str));
    apt_get(&args)?
        .run()
        .with_context(|| format!("could not install {}", missing.join(" ")))?;
    let still = self::missing(wanted);
    if !still.is_empty() {
        bail!(
            "apt-get finished but these are still not installed: {}",
            still.join(" ")
        );
    }
    Ok(())
}
