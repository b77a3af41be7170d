//! Tauri commands: each a one-statement adapter onto a core method. No rules live here.

pub mod account_exports;
pub mod account_strategy;
pub mod accounts;
pub mod assessments;
pub mod backups;
pub mod brain;
pub mod channels;
pub mod competitors;
pub mod documents;
pub mod encryption;
pub mod exports;
pub mod forgetting;
pub mod import;
pub mod initiatives;
pub mod interactions;
pub mod issues;
pub mod journal;
pub mod key_dates;
pub mod opportunities;
pub mod org_units;
pub mod people;
pub mod plan_actions;
pub mod plans;
pub mod portfolio;
pub mod profiles;
pub mod team;
pub mod tier_rules;
pub mod ties;
pub mod value;
pub mod views;
pub mod voice;
pub mod workspace;
pub mod workspace_files;

use tauri::State;

use crate::state::Workspace;

pub type Ws<'a> = State<'a, Workspace>;
