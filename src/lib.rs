//! Symbio's core: the key-account domain, its rules and its storage.
//!
//! Everything a user can do is a method on [`Db`], usable and tested without any window.
//! The desktop shell only adapts these methods to commands.

pub mod account;
pub mod action_label;
pub mod assessment;
pub mod brain;
pub mod channel;
pub mod competitor;
mod db;
pub mod document;
pub mod error;
pub mod export;
pub mod forget;
pub mod import;
pub mod journal;
pub mod map;
pub mod org_unit;
pub mod person;
pub mod plan;
pub mod problem;
pub mod profile;
pub mod quick_add;
pub mod sample;
pub mod selection;
pub mod storage;
pub mod team;
pub mod tie;
mod validate;
pub mod view;
pub mod vocabulary;

// The account area lives in src/account/; its modules keep their older paths here too.
pub use account::strategy as account_strategy;
pub use account::{interaction, key_date, opportunity, tier_rule, value};

pub use db::Db;
pub use error::{Error, ErrorKind, Problem, Result};
