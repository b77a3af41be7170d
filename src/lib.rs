//! Symbio's core: the key-account domain, its rules and its storage.
//!
//! Everything a user can do is a method on [`Db`], usable and tested without any window.
//! The desktop shell only adapts these methods to commands.

pub mod account;
pub mod assessment;
mod db;
pub mod error;
pub mod journal;
pub mod map;
pub mod org_unit;
pub mod person;
pub mod sample;
pub mod storage;
pub mod tie;
mod validate;
pub mod vocabulary;

pub use db::Db;
pub use error::{Error, ErrorKind, Result};
