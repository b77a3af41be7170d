//! A plan exported as a workbook through IPC on the mock runtime: the file lands in the export
//! folder, progress arrives as `export-progress` events, and a cancel for a finished job says so.

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
fn a_plan_is_exported_with_progress_events() {
    let dir = tempfile::tempdir().unwrap();
    let exports = dir.path().join("exports");
    let workspace = Workspace::open(dir.path().join("workspace.symbio"), exports.clone());
    let db = workspace.db().unwrap();
    let account = db.create_account(NewAccount::named("华东精密机械")).unwrap().id;
    let plan = db.create_plan(account, 2027).unwrap().id;

    let builder = symbio_desktop::bindings::builder::<MockRuntime>();
    let app = mock_builder()
        .invoke_handler(builder.invoke_handler())
        .build(mock_context(noop_assets()))
        .unwrap();
    builder.mount_events(&app);
    symbio_desktop::serve(app.handle(), workspace);
    let (sent, received) = mpsc::channel::<Value>();
    app.listen_any("export-progress", move |event| {
        let _ = sent.send(serde_json::from_str(event.payload()).unwrap());
    });
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();

    let request = json!({ "name": "华东 2027", "format": "xlsx", "language": "zh-CN", "hide_private": true });
    let outcome = invoke(
        &webview,
        "export_plan_document",
        json!({ "planId": plan, "request": request, "job": 7 }),
    )
    .unwrap();
    assert_eq!(outcome["outcome"], "saved", "{outcome}");
    let path = exports.join("华东 2027.xlsx");
    assert_eq!(outcome["path"], path.display().to_string());
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK"));
    let mut events = Vec::new();
    while let Ok(event) = received.recv_timeout(Duration::from_millis(500)) {
        events.push(event);
    }
    assert_eq!(
        events.last(),
        // One step per sheet: About, Plan, Targets, Actions, Customer.
        Some(&json!({ "job": 7, "done": 5, "total": 5 })),
        "{events:?}"
    );

    // The job has ended: nothing is left to cancel.
    assert_eq!(
        invoke(&webview, "cancel_export", json!({ "job": 7 })).unwrap(),
        json!(false)
    );
    // A bad file name is refused before anything runs.
    let bad = json!({ "name": "../x", "format": "pdf", "language": "en", "hide_private": false });
    let refused = invoke(
        &webview,
        "export_plan_document",
        json!({ "planId": plan, "request": bad, "job": 8 }),
    )
    .unwrap_err();
    assert_eq!(refused["field"], "name");
}
