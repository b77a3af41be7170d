//! Fails when the committed TypeScript bindings differ from what the Rust commands generate.
//! Regenerate both the bindings and the capability's allow-list with:
//! SYMBIO_UPDATE_BINDINGS=1 cargo test -p symbio-desktop --test bindings

use std::path::Path;

#[test]
fn committed_bindings_match_the_rust_commands() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join(symbio_desktop::bindings::BINDINGS_PATH);
    if std::env::var_os("SYMBIO_UPDATE_BINDINGS").is_some() {
        symbio_desktop::bindings::export(&committed).unwrap();
        return;
    }
    let fresh = std::env::temp_dir().join(format!("symbio-bindings-{}.ts", std::process::id()));
    symbio_desktop::bindings::export(&fresh).unwrap();
    let expected = std::fs::read_to_string(&fresh).unwrap();
    let _ = std::fs::remove_file(&fresh);
    let actual = std::fs::read_to_string(&committed).unwrap_or_default();
    assert!(
        actual == expected,
        "ui/src/api/bindings.ts is out of date with the Rust commands; regenerate it with \
         SYMBIO_UPDATE_BINDINGS=1 cargo test -p symbio-desktop --test bindings"
    );
}

/// Every registered command must be allowed for the main window, and nothing else of the app's.
#[test]
fn the_capability_allows_exactly_the_registered_commands() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(dir.join("src/bindings.rs")).unwrap();
    let body = source
        .split("collect_commands![")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    let mut expected: Vec<String> = body
        .split(',')
        .filter_map(|p| p.trim().rsplit("::").next().filter(|n| !n.is_empty()))
        .map(|n| format!("allow-{}", n.replace('_', "-")))
        .collect();
    let capability: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("capabilities/default.json")).unwrap()).unwrap();
    let mut allowed: Vec<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| p.starts_with("allow-"))
        .map(str::to_owned)
        .collect();
    if std::env::var_os("SYMBIO_UPDATE_BINDINGS").is_some() {
        // Rewrite the allow-list in registration order, keeping the other permissions.
        let others = capability["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| !p.as_str().is_some_and(|p| p.starts_with("allow-")))
            .cloned();
        let mut updated = capability.clone();
        updated["permissions"] = expected.iter().map(|p| serde_json::json!(p)).chain(others).collect();
        let text = serde_json::to_string_pretty(&updated).unwrap() + "\n";
        std::fs::write(dir.join("capabilities/default.json"), text).unwrap();
        return;
    }
    expected.sort();
    allowed.sort();
    assert_eq!(
        allowed, expected,
        "capabilities/default.json must allow exactly the commands of src/bindings.rs"
    );
}
