//! The shell's error: what every command returns to the UI as `{ kind, message, field }`.

use serde::Serialize;
use symbio::ErrorKind;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CommandError {
    pub kind: ErrorKind,
    pub message: String,
    /// The input field a validation error is about.
    pub field: Option<String>,
}

impl From<symbio::Error> for CommandError {
    fn from(error: symbio::Error) -> Self {
        Self {
            kind: error.kind(),
            message: error.to_string(),
            field: error.field().map(str::to_owned),
        }
    }
}

pub type CommandResult<T> = Result<T, CommandError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_to_the_shape_the_ui_reads() {
        let error: CommandError = symbio::Error::invalid("attitude", "must be between -3 and 3, got 7").into();
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "invalid",
                "message": "attitude: must be between -3 and 3, got 7",
                "field": "attitude"
            })
        );
        let error: CommandError = symbio::Error::NotFound {
            entity: "person",
            id: 9,
        }
        .into();
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            serde_json::json!({ "kind": "not_found", "message": "person 9 does not exist", "field": null })
        );
    }
}
