//! Account exports and workspace files through IPC on the mock runtime: the workbook and a CSV
//! land in the export folder; a copy of the workspace is saved, opened while the app runs (the
//! commands then read it, and its edits reach the UI as events), and a refused file leaves the
//! open workspace as it was.

use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};
use symbio::account::NewAccount;
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
fn exports_a_workbook_and_a_csv_then_switches_to_a_saved_copy() {
    let dir = tempfile::tempdir().unwrap();
    let exports = dir.path().join("exports");
    let workspace = Workspace::open(dir.path().join("workspace.symbio"), exports.clone());
    let account = workspace
        .db()
        .unwrap()
        .create_account(NewAccount::named("华东精密机械"))
        .unwrap()
        .id;

    let builder = symbio_desktop::bindings::builder::<MockRuntime>();
    let app = mock_builder()
        .invoke_handler(builder.invoke_handler())
        .build(mock_context(noop_assets()))
        .unwrap();
    builder.mount_events(&app);
    symbio_desktop::serve(app.handle(), workspace);
    let (sent, received) = mpsc::channel::<Value>();
    app.listen_any("workspace-changed", move |event| {
        let _ = sent.send(serde_json::from_str(event.payload()).unwrap());
    });
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();

    let request = json!({ "name": "华东", "format": "xlsx", "language": "zh-CN", "hide_private": true });
    let outcome = invoke(
        &webview,
        "export_account_document",
        json!({ "accountId": account, "request": request, "job": 3 }),
    )
    .unwrap();
    assert_eq!(outcome["outcome"], "saved", "{outcome}");
    assert!(std::fs::read(exports.join("华东.xlsx")).unwrap().starts_with(b"PK"));
    let request = json!({ "name": "华东 人员", "table": "people", "language": "zh-CN", "hide_private": true });
    let outcome = invoke(
        &webview,
        "export_account_csv",
        json!({ "accountId": account, "request": request, "job": 4 }),
    )
    .unwrap();
    assert_eq!(outcome["outcome"], "saved", "{outcome}");
    let csv = std::fs::read(exports.join("华东 人员.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    assert!(String::from_utf8(csv).unwrap().contains("姓名"));

    // Save a copy, add an account to the open workspace, then open the copy: it has one account.
    let copy = dir.path().join("copy.symbio");
    let saved = invoke(&webview, "save_workspace_copy", json!({ "path": copy })).unwrap();
    assert_eq!(saved, json!(copy.display().to_string()));
    invoke(
        &webview,
        "create_account",
        json!({ "input": { "name": "Harbor Foods" } }),
    )
    .unwrap();
    let count = |webview: &WebviewWindow<MockRuntime>| {
        invoke(webview, "list_accounts", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count(&webview), 2);
    let info = invoke(&webview, "open_workspace", json!({ "path": copy })).unwrap();
    assert_eq!(info["path"], copy.display().to_string());
    assert_eq!(count(&webview), 1);
    let info = invoke(&webview, "workspace_info", json!({})).unwrap();
    assert_eq!(info["path"], copy.display().to_string());

    // Edits to the opened file reach the UI as events.
    while received.try_recv().is_ok() {}
    invoke(&webview, "create_account", json!({ "input": { "name": "Pinecrest" } })).unwrap();
    assert!(received.recv_timeout(Duration::from_secs(2)).is_ok());

    // A file that is not a workspace is refused; the copy stays open.
    let junk = dir.path().join("junk.symbio");
    std::fs::write(&junk, b"not a workspace").unwrap();
    assert!(invoke(&webview, "open_workspace", json!({ "path": junk })).is_err());
    assert_eq!(count(&webview), 2);
    // Without a config folder (tests) the recent list is empty, not an error.
    assert_eq!(invoke(&webview, "recent_workspaces", json!({})).unwrap(), json!([]));
}
