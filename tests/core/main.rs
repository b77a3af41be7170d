//! Integration tests of the core, one module per core module, on real workspace files
//! and on the realistic sample account.

mod account;
mod accounts;
mod backups;
mod document;
mod encryption;
mod forget;
mod import;
mod inspection;
mod journal;
mod map;
mod one_writer;
mod person;
mod plan;
mod plan_work;
mod properties;
mod sample;
mod storage;
mod support;
mod tie;
