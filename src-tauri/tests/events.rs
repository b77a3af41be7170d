//! The shell end to end without a window: a command invoked through IPC on the mock runtime
//! writes through the core, answers, and emits the `workspace-changed` event the UI's store
//! refetches from.

use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};
use symbio_desktop::state::Workspace;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Listener, WebviewWindow};

fn invoke(webview: &WebviewWindow<MockRuntime>, cmd: &str, body: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(body),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(webview, request).map(|body| body.deserialize::<Value>().unwrap())
}

#[test]
fn a_command_writes_answers_and_emits_its_change_set() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(dir.path().join("workspace.symbio"), dir.path().join("exports"));
    let builder = symbio_desktop::bindings::builder::<MockRuntime>();
    let app = mock_builder()
        .invoke_handler(builder.invoke_handler())
        .build(mock_context(noop_assets()))
        .unwrap();
    // As the app's setup does (the mock runtime runs no setup before the first invoke).
    builder.mount_events(&app);
    symbio_desktop::serve(app.handle(), workspace);
    let (sent, received) = mpsc::channel::<Value>();
    app.listen_any("workspace-changed", move |event| {
        let _ = sent.send(serde_json::from_str(event.payload()).unwrap());
    });
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();

    let account = invoke(
        &webview,
        "create_account",
        json!({ "input": { "name": "Harbour Foods" } }),
    )
    .unwrap();
    assert_eq!(account["name"], "Harbour Foods");
    let change = received
        .recv_timeout(Duration::from_secs(5))
        .expect("workspace-changed was emitted");
    let changes = change["changes"].as_array().unwrap();
    assert!(changes
        .iter()
        .any(|c| c["table"] == "account" && c["id"] == account["id"] && c["op"] == "inserted"));

    // A refused write answers with the error's code and emits nothing.
    let refused = invoke(&webview, "create_account", json!({ "input": { "name": "  " } })).unwrap_err();
    assert_eq!(refused["kind"], "invalid");
    assert_eq!(refused["field"], "name");
    assert!(received.recv_timeout(Duration::from_millis(300)).is_err());

    // Undo is a change too.
    invoke(&webview, "undo", json!({})).unwrap();
    let undone = received
        .recv_timeout(Duration::from_secs(5))
        .expect("undo emitted its change set");
    assert!(undone["changes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["op"] == "deleted"));
}
