//! The shell's error: what every command returns to the UI as `{ kind, problem, field, message }`.
//!
//! `problem` is the stable code with its values (`{ code: "out_of_range", min, max, got }`) that
//! the UI words in the user's language; `message` is the core's English text, for logs only.

use serde::Serialize;
use symbio::{ErrorKind, Problem};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CommandError {
    pub kind: ErrorKind,
    pub problem: Problem,
    /// The input field a validation error is about.
    pub field: Option<String>,
    /// The core's English text, for logs.
    pub message: String,
}

impl From<symbio::Error> for CommandError {
    fn from(error: symbio::Error) -> Self {
        Self {
            kind: error.kind(),
            problem: error.to_problem(),
            field: error.field().map(str::to_owned),
            message: error.to_string(),
        }
    }
}

pub type CommandResult<T> = Result<T, CommandError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_to_the_shape_the_ui_reads() {
        let error: CommandError = symbio::Error::problem("attitude", Problem::out_of_range(-3.0, 3.0, 7.0)).into();
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "invalid",
                "problem": { "code": "out_of_range", "min": -3.0, "max": 3.0, "got": 7.0 },
                "field": "attitude",
                "message": "attitude: must be between -3 and 3, got 7"
            })
        );
        let error: CommandError = symbio::Error::NotFound {
            entity: "person",
            id: 9,
        }
        .into();
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            serde_json::json!({
                "kind": "not_found",
                "problem": { "code": "not_found", "entity": "person", "id": 9 },
                "field": null,
                "message": "person 9 does not exist"
            })
        );
        let error: CommandError = symbio::Error::NothingToUndo.into();
        assert_eq!(
            serde_json::to_value(&error).unwrap()["problem"],
            serde_json::json!({ "code": "nothing_to_undo" })
        );
    }
}
