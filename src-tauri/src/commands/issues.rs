//! Customer issues of an account, tracked to closure (`symbio::account::issue`).
//! Each command is a one-statement adapter onto the core method of the same name.

use symbio::account::issue::{CustomerIssue, IssueInput};

use super::Ws;
use crate::error::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_customer_issues(ws: Ws<'_>, account_id: i64, open_only: bool) -> CommandResult<Vec<CustomerIssue>> {
    Ok(ws.db()?.list_customer_issues(account_id, open_only)?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_customer_issue(ws: Ws<'_>, account_id: i64, input: IssueInput) -> CommandResult<CustomerIssue> {
    Ok(ws.db()?.create_customer_issue(account_id, input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_customer_issue(ws: Ws<'_>, id: i64, input: IssueInput) -> CommandResult<CustomerIssue> {
    Ok(ws.db()?.update_customer_issue(id, input)?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_customer_issue(ws: Ws<'_>, id: i64) -> CommandResult<()> {
    Ok(ws.db()?.delete_customer_issue(id)?)
}
