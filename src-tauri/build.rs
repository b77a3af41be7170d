//! Build script of the desktop shell: runs `tauri_build` (config, icons, ACL).
//!
//! App commands are deny-by-default: declaring them in `AppManifest::commands` makes
//! tauri-build generate an `allow-<command>` permission for each, and once the app has such
//! a manifest, Tauri rejects any app command that no capability allows.
//! `capabilities/default.json` then allows them for the `main` window.
//!
//! The command names are read from `collect_commands![...]` in `src/bindings.rs`, the one
//! list of commands, so that registering a command also declares it here.

fn command_names(source: &str) -> Vec<String> {
    let Some(start) = source.find("collect_commands![") else {
        return Vec::new();
    };
    let body = &source[start + "collect_commands![".len()..];
    let body = &body[..body.find(']').unwrap_or(body.len())];
    body.split(',')
        .filter_map(|path| path.trim().rsplit("::").next().map(str::to_owned))
        .filter(|name| !name.is_empty())
        .collect()
}

fn main() {
    println!("cargo:rerun-if-changed=src/bindings.rs");
    let source = std::fs::read_to_string("src/bindings.rs").unwrap_or_default();
    let names = command_names(&source);
    if names.is_empty() {
        panic!("no commands found in collect_commands![...] of src/bindings.rs");
    }
    let commands: Vec<&'static str> = names.into_iter().map(|n| &*Box::leak(n.into_boxed_str())).collect();
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(Box::leak(commands.into_boxed_slice())));
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script reports failure by panicking; this keeps tauri-build's message.
        panic!("tauri-build failed: {error:#}");
    }
}
