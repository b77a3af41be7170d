//! Backups through IPC on the mock runtime: a backup taken from the UI's command lands in the
//! backups folder the shell was given, a restore of it takes back a later account, reports its
//! progress and tells the UI that every table changed; a name that is not a backup reaches no
//! file (nothing is revealed).

use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};
use symbio::account::NewAccount;
use symbio::storage::backup::BackupSettings;
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
fn a_backup_taken_and_restored_through_the_commands_takes_back_a_later_account() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("app-data").join("backups");
    let workspace = Workspace::open_with_backups(
        dir.path().join("workspace.symbio"),
        dir.path().join("exports"),
        BackupSettings::in_folder(&root),
    );
    workspace
        .db()
        .unwrap()
        .create_account(NewAccount::named("Harbour Foods"))
        .unwrap();

    let builder = symbio_desktop::bindings::builder::<MockRuntime>();
    let app = mock_builder()
        .invoke_handler(builder.invoke_handler())
        .build(mock_context(noop_assets()))
        .unwrap();
    builder.mount_events(&app);
    symbio_desktop::serve(app.handle(), workspace);
    let (changed, changes) = mpsc::channel::<Value>();
    app.listen_any("workspace-changed", move |event| {
        let _ = changed.send(serde_json::from_str(event.payload()).unwrap());
    });
    let (progressed, progress) = mpsc::channel::<Value>();
    app.listen_any("backup-progress", move |event| {
        let _ = progressed.send(serde_json::from_str(event.payload()).unwrap());
    });
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();

    let taken = invoke(&webview, "back_up_now", json!({})).unwrap();
    assert_eq!((&taken["reason"], &taken["accounts"]), (&json!("manual"), &json!(1)));
    let list = invoke(&webview, "list_backups", json!({})).unwrap();
    assert!(
        list["folder"].as_str().unwrap().starts_with(root.to_str().unwrap()),
        "{list}"
    );
    assert_eq!(list["backups"].as_array().unwrap().len(), 1);

    invoke(
        &webview,
        "create_account",
        json!({ "input": { "name": "Northfield Steel" } }),
    )
    .unwrap();
    while changes.try_recv().is_ok() {}
    let restored = invoke(&webview, "restore_backup", json!({ "name": taken["name"] })).unwrap();
    assert_eq!(restored["label"], json!({ "key": "restore_backup" }));
    let event = changes.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(event["label"], json!({ "key": "restore_backup" }));
    let tables = event["changes"].as_array().unwrap();
    assert!(tables.iter().any(|c| c["table"] == "account") && tables.iter().any(|c| c["table"] == "person"));
    let last = progress.try_iter().last().expect("the restore told its progress");
    assert_eq!(last["done"], last["total"]);
    let accounts = invoke(&webview, "list_accounts", json!({})).unwrap();
    assert_eq!(accounts.as_array().unwrap().len(), 1);
    // The state before the restore is a backup of its own.
    let list = invoke(&webview, "list_backups", json!({})).unwrap();
    assert_eq!(list["backups"].as_array().unwrap().len(), 2);

    // Only a backup of this workspace can be restored or revealed.
    for name in ["../workspace.symbio", "elsewhere.symbio"] {
        assert!(invoke(&webview, "restore_backup", json!({ "name": name })).is_err());
        assert!(invoke(&webview, "reveal_backup", json!({ "name": name })).is_err());
    }
}
