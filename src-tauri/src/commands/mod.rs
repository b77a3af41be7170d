//! Tauri commands: each a one-statement adapter onto a core method. No rules live here.

pub mod accounts;
pub mod assessments;
pub mod journal;
pub mod org_units;
pub mod people;
pub mod ties;
pub mod workspace;

use tauri::State;

use crate::state::Workspace;

pub type Ws<'a> = State<'a, Workspace>;
